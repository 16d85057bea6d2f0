// The layout of a certificate (data/certificates/*.toml): page, frames, text blocks with
// placeholders, QR code, seal and watermark, so organisers restyle certificates without code.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "io/pdf_document.h"

namespace plumb {

struct CertificateFrame {
    double inset = 0;  // points from the page edge
    double line_width = 1;
    Rgb colour;
};

struct CertificateBlock {
    std::string text;  // with {placeholders}; Pango markup when style.markup
    Box box;           // points
    TextStyle style;
};

struct CertificateImage {
    std::filesystem::path png;
    Box box;
};

struct CertificateTemplate {
    double width = kA4LongPt;  // points
    double height = kA4ShortPt;
    std::optional<std::filesystem::path> background;
    std::vector<CertificateFrame> frames;
    std::vector<CertificateBlock> blocks;
    std::optional<Box> qr;
    Rgb qr_colour;
    std::optional<CertificateImage> seal;
    std::string watermark = "草稿 DRAFT";
    std::string watermark_font = "Noto Serif CJK SC";
    Rgb watermark_colour = {0.7, 0.1, 0.1};
};

// The placeholders a block may use, e.g. "name" for {name} (listed in docs/exports.md).
const std::vector<std::string>& certificate_placeholders();

// Reads a template; image paths are relative to its folder. Throws DefinitionError
// ("FILE:LINE: KEY: reason"), also for an unknown {placeholder}.
CertificateTemplate read_certificate_template(const std::filesystem::path& file);
CertificateTemplate parse_certificate_template(const std::string& text, const std::string& label,
                                               const std::filesystem::path& dir);

// The text with every {placeholder} replaced by its value (markup-escaped when `markup`).
std::string fill_placeholders(const std::string& text,
                              const std::map<std::string, std::string>& values, bool markup);

}  // namespace plumb
