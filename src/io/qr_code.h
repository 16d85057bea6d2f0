// QR codes (libqrencode) drawn as vector squares on a PDF page.
#pragma once

#include <string>

#include "io/pdf_document.h"

namespace plumb {

// Draws `text` as a QR code (error correction M, quiet zone inside the box) filling the box.
void draw_qr(PdfDocument& pdf, const std::string& text, const Box& box, Rgb colour = {});

}  // namespace plumb
