// Cairo PDF surface, pango text in boxes with shrink-to-fit, and the temp-file-then-rename write.
#include "io/pdf_document.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "io/file_bytes.h"

namespace plumb {

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

struct LayoutDeleter {
    void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutDeleter>;

// A layout of the text at `size` points, wrapped to `width` when the style wraps.
Layout make_layout(PangoContext* ctx, const std::string& text, double width, double size,
                   const TextStyle& s) {
    Layout layout(pango_layout_new(ctx));
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, s.font.c_str());
    pango_font_description_set_weight(font, s.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    if (s.markup)
        pango_layout_set_markup(layout.get(), text.c_str(), -1);
    else
        pango_layout_set_text(layout.get(), text.c_str(), -1);
    if (s.letter_spacing != 0) {
        PangoAttrList* old = pango_layout_get_attributes(layout.get());
        PangoAttrList* attrs = old ? pango_attr_list_copy(old) : pango_attr_list_new();
        pango_attr_list_insert(
            attrs, pango_attr_letter_spacing_new(static_cast<int>(s.letter_spacing * PANGO_SCALE)));
        pango_layout_set_attributes(layout.get(), attrs);
        pango_attr_list_unref(attrs);
    }
    if (s.line_spacing != 1) pango_layout_set_line_spacing(layout.get(), float(s.line_spacing));
    if (s.wrap) {
        pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_indent(layout.get(), static_cast<int>(s.indent_em * size * PANGO_SCALE));
        pango_layout_set_alignment(layout.get(), s.align == Align::Centre  ? PANGO_ALIGN_CENTER
                                                 : s.align == Align::Right ? PANGO_ALIGN_RIGHT
                                                                           : PANGO_ALIGN_LEFT);
    }
    return layout;
}

void extent(PangoLayout* layout, double& w, double& h) {
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    w = double(logical.width) / PANGO_SCALE;
    h = double(logical.height) / PANGO_SCALE;
}

}  // namespace

Rgb Rgb::parse(const std::string& hex) {
    if (hex.size() != 7 || hex[0] != '#')
        throw std::invalid_argument("colour '" + hex + "' is not #RRGGBB");
    double v[3];
    for (int i = 0; i < 3; ++i) {
        const int hi = hex_digit(hex[1 + 2 * i]), lo = hex_digit(hex[2 + 2 * i]);
        if (hi < 0 || lo < 0) throw std::invalid_argument("colour '" + hex + "' is not #RRGGBB");
        v[i] = (hi * 16 + lo) / 255.0;
    }
    return {v[0], v[1], v[2]};
}

std::string escape_markup(const std::string& text) {
    gchar* escaped = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
    std::string out = escaped;
    g_free(escaped);
    return out;
}

// Layouts already fitted to a box, by text, style and box: certificates and score sheets repeat
// most of their text on every page, and shaping CJK text is the bulk of the work.
struct PdfDocument::Layouts {
    struct Fitted {
        Layout layout;
        double size = 0, w = 0, h = 0;
    };
    std::unordered_map<std::string, Fitted> fitted;
    std::unordered_map<std::string, Fitted> watermarks;

    static std::string key(const std::string& text, double width, double height,
                           const TextStyle& s) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "|%.3f|%.3f|%.3f|%d%d%d%d%d|%.3f|%.3f|%.3f|%d|", width,
                      height, s.size, s.bold, s.markup, s.wrap, s.shrink, s.middle, s.line_spacing,
                      s.indent_em, s.letter_spacing, static_cast<int>(s.align));
        return text + buf + s.font;
    }
};

PdfDocument::PdfDocument(std::filesystem::path file, double width, double height)
    : own_(std::make_unique<TempOutput>(std::move(file))),
      out_(own_.get()),
      width_(width),
      height_(height),
      layouts_(std::make_unique<Layouts>()) {
    open();
}

PdfDocument::PdfDocument(TempOutput& out, double width, double height)
    : out_(&out), width_(width), height_(height), layouts_(std::make_unique<Layouts>()) {
    open();
}

void PdfDocument::open() {
    surface_ = cairo_pdf_surface_create(out_->path().c_str(), width_, height_);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface_);
        throw cannot_write(out_->file());
    }
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Plumbline");
    cr_ = cairo_create(surface_);
    pango_ = pango_cairo_create_context(cr_);
    pango_rotated_ = pango_cairo_create_context(cr_);
}

PdfDocument::~PdfDocument() {
    layouts_.reset();  // the layouts hold their contexts
    if (pango_rotated_) g_object_unref(pango_rotated_);
    if (pango_) g_object_unref(pango_);
    if (cr_) cairo_destroy(cr_);
    if (surface_) cairo_surface_destroy(surface_);
}

void PdfDocument::next_page() {
    cairo_show_page(cr_);
    ++pages_;
}

double PdfDocument::measure(const std::string& text, double width, const TextStyle& style) {
    Layout layout = make_layout(pango_, text, width, style.size, style);
    double w = 0, h = 0;
    extent(layout.get(), w, h);
    return h;
}

double PdfDocument::text(const std::string& text, const Box& box, const TextStyle& style) {
    if (layouts_->fitted.size() > 4000) layouts_->fitted.clear();  // names: one-offs
    const std::string key = Layouts::key(text, box.width, box.height, style);
    auto it = layouts_->fitted.find(key);
    if (it == layouts_->fitted.end()) {
        Layouts::Fitted f;
        f.size = style.size;
        f.layout = make_layout(pango_, text, box.width, f.size, style);
        extent(f.layout.get(), f.w, f.h);
        // Shrink in 4% steps: long names and competition names stay inside their box.
        while (style.shrink && f.size > 4 &&
               (f.h > box.height + 0.01 || (!style.wrap && f.w > box.width))) {
            f.size *= 0.96;
            f.layout = make_layout(pango_, text, box.width, f.size, style);
            extent(f.layout.get(), f.w, f.h);
        }
        if (!style.wrap && !style.shrink && f.w > box.width) {
            pango_layout_set_width(f.layout.get(), static_cast<int>(box.width * PANGO_SCALE));
            pango_layout_set_ellipsize(f.layout.get(), PANGO_ELLIPSIZE_END);
            extent(f.layout.get(), f.w, f.h);
        }
        it = layouts_->fitted.emplace(key, std::move(f)).first;
    }
    const Layouts::Fitted& f = it->second;
    double x = box.x;
    if (!style.wrap) {
        if (style.align == Align::Centre) x += (box.width - f.w) / 2;
        if (style.align == Align::Right) x += box.width - f.w;
    }
    const double y = style.middle ? box.y + (box.height - f.h) / 2 : box.y;
    cairo_set_source_rgb(cr_, style.colour.r, style.colour.g, style.colour.b);
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, f.layout.get());
    return f.size;
}

void PdfDocument::rule(double x1, double y1, double x2, double y2, double width_pt, Rgb colour) {
    cairo_set_source_rgb(cr_, colour.r, colour.g, colour.b);
    cairo_set_line_width(cr_, width_pt);
    cairo_move_to(cr_, x1, y1);
    cairo_line_to(cr_, x2, y2);
    cairo_stroke(cr_);
}

void PdfDocument::rectangle(const Box& box, double width_pt, Rgb colour) {
    cairo_set_source_rgb(cr_, colour.r, colour.g, colour.b);
    cairo_set_line_width(cr_, width_pt);
    cairo_rectangle(cr_, box.x, box.y, box.width, box.height);
    cairo_stroke(cr_);
}

void PdfDocument::fill(const Box& box, Rgb colour) {
    cairo_set_source_rgb(cr_, colour.r, colour.g, colour.b);
    cairo_rectangle(cr_, box.x, box.y, box.width, box.height);
    cairo_fill(cr_);
}

void PdfDocument::watermark(const std::string& text, const std::string& font, Rgb colour) {
    cairo_save(cr_);
    cairo_translate(cr_, width_ / 2, height_ / 2);
    cairo_rotate(cr_, -std::atan2(height_, width_));
    auto it = layouts_->watermarks.find(text + "|" + font);
    if (it == layouts_->watermarks.end()) {
        pango_cairo_update_context(cr_, pango_rotated_);
        TextStyle s;
        s.font = font;
        s.bold = true;
        s.size = 100;
        s.wrap = false;
        // Sized to run along about half the diagonal, whatever the page and the text.
        Layouts::Fitted f;
        extent(make_layout(pango_rotated_, text, 0, s.size, s).get(), f.w, f.h);
        f.size = s.size * (std::hypot(width_, height_) * 0.55 / std::max(f.w, 1.0));
        f.layout = make_layout(pango_rotated_, text, 0, f.size, s);
        extent(f.layout.get(), f.w, f.h);
        it = layouts_->watermarks.emplace(text + "|" + font, std::move(f)).first;
    }
    const Layouts::Fitted& f = it->second;
    cairo_set_source_rgba(cr_, colour.r, colour.g, colour.b, 0.16);
    cairo_move_to(cr_, -f.w / 2, -f.h / 2);
    pango_cairo_show_layout(cr_, f.layout.get());
    cairo_restore(cr_);
}

void PdfDocument::image(const std::filesystem::path& png, const Box& box) {
    cairo_surface_t* img = cairo_image_surface_create_from_png(png.c_str());
    if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(img);
        throw std::runtime_error(png.string() + ": not a readable PNG image");
    }
    const double iw = cairo_image_surface_get_width(img);
    const double ih = cairo_image_surface_get_height(img);
    const double scale = std::min(box.width / iw, box.height / ih);
    cairo_save(cr_);
    cairo_translate(cr_, box.x + (box.width - iw * scale) / 2,
                    box.y + (box.height - ih * scale) / 2);
    cairo_scale(cr_, scale, scale);
    cairo_set_source_surface(cr_, img, 0, 0);
    cairo_paint(cr_);
    cairo_restore(cr_);
    cairo_surface_destroy(img);
}

void PdfDocument::finish() {
    cairo_show_page(cr_);
    layouts_->fitted.clear();
    layouts_->watermarks.clear();
    g_object_unref(pango_rotated_);
    pango_rotated_ = nullptr;
    g_object_unref(pango_);
    pango_ = nullptr;
    cairo_destroy(cr_);
    cr_ = nullptr;
    cairo_surface_finish(surface_);
    const cairo_status_t status = cairo_surface_status(surface_);
    cairo_surface_destroy(surface_);
    surface_ = nullptr;
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(out_->file().string() + ": writing the PDF failed (" +
                                 cairo_status_to_string(status) + ")");
    if (own_)
        own_->commit();
    else
        out_->flush();
}

}  // namespace plumb
