// QR codes through libqrencode: one cairo rectangle per dark module, filled once.
#include "io/qr_code.h"

#include <cairo.h>
#include <qrencode.h>

#include <stdexcept>

namespace plumb {

void draw_qr(PdfDocument& pdf, const std::string& text, const Box& box, Rgb colour) {
    QRcode* qr = QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M);
    if (!qr) throw std::runtime_error("cannot make a QR code of '" + text + "'");
    constexpr int kQuiet = 2;  // modules of white margin; the page around adds more
    const int n = qr->width;
    const double module = std::min(box.width, box.height) / (n + 2 * kQuiet);
    cairo_t* cr = pdf.cr();
    cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (qr->data[y * n + x] & 1)
                cairo_rectangle(cr, box.x + (x + kQuiet) * module, box.y + (y + kQuiet) * module,
                                module, module);
    cairo_fill(cr);
    QRcode_free(qr);
}

}  // namespace plumb
