// A PDF being written with cairo and pango: pages, text in boxes, written to a temporary file
// and renamed into place only when complete.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "io/temp_output.h"

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef struct _PangoContext PangoContext;

namespace plumb {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kA4ShortPt = 595.28;  // 210 mm
constexpr double kA4LongPt = 841.89;   // 297 mm

struct Rgb {
    double r = 0, g = 0, b = 0;
    // "#RRGGBB"; nullopt-like failure is reported by throwing std::invalid_argument.
    static Rgb parse(const std::string& hex);
};

struct Box {
    double x = 0, y = 0, width = 0, height = 0;  // points, origin top left
};

enum class Align { Left, Centre, Right };

struct TextStyle {
    std::string font = "Noto Sans CJK SC";
    double size = 10;  // points
    bool bold = false;
    Align align = Align::Left;
    Rgb colour;
    bool markup = false;        // text is Pango markup (values in it must be escaped)
    bool wrap = true;           // false: one line, shrunk (or cut with "…" when !shrink) to fit
    bool shrink = true;         // make the type smaller until the text fits the box
    bool middle = false;        // centre vertically in the box
    double line_spacing = 1;    // multiple of the font's line height
    double indent_em = 0;       // first-line indent (Chinese paragraphs: 2)
    double letter_spacing = 0;  // points between characters
};

// Pango markup for literal text: & < > ' " escaped.
std::string escape_markup(const std::string& text);

class PdfDocument {
public:
    // Starts a PDF whose pages are width x height points; nothing appears at `file` until
    // finish(). A document destroyed unfinished leaves no file behind.
    PdfDocument(std::filesystem::path file, double width, double height);
    // The same into `out`, which its owner places (TempOutput::commit) after finish().
    PdfDocument(TempOutput& out, double width, double height);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    cairo_t* cr() { return cr_; }
    double width() const { return width_; }
    double height() const { return height_; }
    int pages() const { return pages_; }

    // Ends the current page and starts the next.
    void next_page();
    // Draws text inside the box; returns the font size used (smaller than asked when shrunk).
    double text(const std::string& text, const Box& box, const TextStyle& style);
    // Height the text takes at the box's width (for tables whose rows grow with their text).
    double measure(const std::string& text, double width, const TextStyle& style);
    void rule(double x1, double y1, double x2, double y2, double width_pt, Rgb colour = {});
    void rectangle(const Box& box, double width_pt, Rgb colour = {});
    void fill(const Box& box, Rgb colour);
    // Large pale diagonal text across the page (the draft watermark).
    void watermark(const std::string& text, const std::string& font, Rgb colour);
    // A PNG scaled into the box keeping its proportions; throws when it cannot be read.
    void image(const std::filesystem::path& png, const Box& box);

    // Finishes the PDF and renames it into place (given a TempOutput: flushes it, for its owner
    // to place); throws std::runtime_error on failure.
    void finish();

private:
    void open();

    std::unique_ptr<TempOutput> own_;  // when the document places its own file
    TempOutput* out_;
    double width_, height_;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    PangoContext* pango_ = nullptr;          // never transformed: cached layouts stay valid
    PangoContext* pango_rotated_ = nullptr;  // the watermark's
    struct Layouts;                          // text fitted to boxes, reused across pages
    std::unique_ptr<Layouts> layouts_;
    int pages_ = 1;
};

}  // namespace plumb
