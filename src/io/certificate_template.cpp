// Reading certificate templates (TOML) and filling their placeholders.
#include "io/certificate_template.h"

#include <algorithm>

#include "core/identifier.h"
#include "core/translate.h"
#include "io/file_bytes.h"
#include "io/toml_fields.h"

namespace plumb {

namespace {

// What keeps a template printable: pango and cairo fail on a page kilometres wide, and a box or
// type of next to nothing prints nothing. Lengths in mm, type and lines in points.
constexpr Decimal whole(std::int64_t n) {
    return Decimal::from_int(n);
}
constexpr Decimal tenths(std::int64_t n) {
    return Decimal::from_units(n * (Decimal::kUnit / 10));
}
constexpr Decimal kPageMin = whole(50), kPageMax = whole(1000);
constexpr Decimal kBoxMin = whole(1);  // a block's or a seal's side
constexpr Decimal kQrMin = whole(10);  // smaller, a phone cannot read the code
constexpr Decimal kSizeMin = whole(4), kSizeMax = whole(300);  // 4 pt is as far as shrinking goes
constexpr Decimal kLineMin = tenths(1), kLineMax = whole(20);
constexpr Decimal kSpacingMin = tenths(5), kSpacingMax = whole(5);
constexpr Decimal kIndentMax = whole(20);
constexpr Decimal kLetterSpacingMin = whole(-10), kLetterSpacingMax = whole(100);

struct PageMm {
    Decimal width = whole(297);
    Decimal height = whole(210);
};

double pt(Decimal mm) {
    return mm.to_double() * kPointsPerMm;
}

Rgb colour(const TomlTable& t, const std::string& key, Rgb fallback) {
    const auto text = t.optional_text(key);
    if (!text) return fallback;
    try {
        return Rgb::parse(*text);
    } catch (const std::invalid_argument&) {
        t.fail(key, format(tr("'%s' is not a colour written #RRGGBB"), {shown_value(*text)}));
    }
}

// A block's box, inside the page and at least kBoxMin on each side.
Box block_box(const TomlTable& t, const PageMm& page) {
    const Decimal x = t.between("x_mm", Decimal(), page.width - kBoxMin);
    const Decimal y = t.between("y_mm", Decimal(), page.height - kBoxMin);
    const Decimal w = t.between("width_mm", kBoxMin, page.width - x);
    const Decimal h = t.between("height_mm", kBoxMin, page.height - y);
    return {pt(x), pt(y), pt(w), pt(h)};
}

// The square of the QR code or the seal, inside the page and at least `least` on a side.
Box square_box(const TomlTable& t, const PageMm& page, Decimal least) {
    const Decimal x = t.between("x_mm", Decimal(), page.width - least);
    const Decimal y = t.between("y_mm", Decimal(), page.height - least);
    const Decimal size = t.between("size_mm", least, min(page.width - x, page.height - y));
    return {pt(x), pt(y), pt(size), pt(size)};
}

std::filesystem::path image_path(const TomlTable& t, const std::string& key,
                                 const std::filesystem::path& dir) {
    const std::filesystem::path p = dir / t.text(key);
    if (!std::filesystem::is_regular_file(p))
        t.fail(key, format(tr("%s: no such file"), {p.string()}));
    return p;
}

void check_placeholders(const TomlTable& t, const std::string& text) {
    const auto& known = certificate_placeholders();
    for (std::size_t open = text.find('{'); open != std::string::npos;
         open = text.find('{', open + 1)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string::npos) t.fail("text", tr("a '{' without its '}'"));
        const std::string name = text.substr(open + 1, close - open - 1);
        if (std::find(known.begin(), known.end(), name) == known.end())
            t.fail("text", format(tr("unknown placeholder {%s}"), {name}));
    }
}

TextStyle style_of(const TomlTable& t) {
    TextStyle s;
    s.font = t.optional_text("font").value_or("Noto Serif CJK SC");
    if (auto size = t.optional_between("size_pt", kSizeMin, kSizeMax)) s.size = size->to_double();
    s.bold = t.optional_bool("bold").value_or(false);
    const std::string align = t.optional_text("align").value_or("centre");
    if (align == "left")
        s.align = Align::Left;
    else if (align == "centre" || align == "center")
        s.align = Align::Centre;
    else if (align == "right")
        s.align = Align::Right;
    else
        t.fail("align", format(tr("unknown alignment '%s'; expected left, centre or right"),
                               {shown_value(align)}));
    s.colour = colour(t, "colour", {});
    s.markup = t.optional_bool("markup").value_or(false);
    s.wrap = t.optional_bool("wrap").value_or(true);
    s.shrink = t.optional_bool("shrink").value_or(true);
    s.middle = t.optional_bool("middle").value_or(false);
    if (auto ls = t.optional_between("line_spacing", kSpacingMin, kSpacingMax))
        s.line_spacing = ls->to_double();
    if (auto ind = t.optional_between("indent_em", Decimal(), kIndentMax))
        s.indent_em = ind->to_double();
    if (auto sp = t.optional_between("letter_spacing_pt", kLetterSpacingMin, kLetterSpacingMax))
        s.letter_spacing = sp->to_double();
    return s;
}

}  // namespace

const std::vector<std::string>& certificate_placeholders() {
    static const std::vector<std::string> names = {
        "name",     "gender", "employer",    "registration_no", "trade",
        "trade_en", "event",  "competition", "organiser",       "organiser_lines",
        "venue",    "award",  "titles",      "honour",          "date",
        "date_cn",  "number", "code",        "revision",        "seal"};
    return names;
}

CertificateTemplate parse_certificate_template(const std::string& text, const std::string& label,
                                               const std::filesystem::path& dir) {
    const TomlDocument file(text, label);
    const TomlTable doc = file.root();
    CertificateTemplate out;
    PageMm size;
    if (auto page = doc.optional_table("page")) {
        if (auto w = page->optional_between("width_mm", kPageMin, kPageMax)) size.width = *w;
        if (auto h = page->optional_between("height_mm", kPageMin, kPageMax)) size.height = *h;
        out.width = pt(size.width);
        out.height = pt(size.height);
        if (page->has("background")) out.background = image_path(*page, "background", dir);
    }
    const Decimal half_side = Decimal::from_ratio(min(size.width, size.height).units(), 2, 9);
    for (const TomlTable& f : doc.tables("frame")) {
        CertificateFrame frame;
        frame.inset = pt(f.between("inset_mm", Decimal(), half_side));
        if (auto w = f.optional_between("line_pt", kLineMin, kLineMax))
            frame.line_width = w->to_double();
        frame.colour = colour(f, "colour", {});
        out.frames.push_back(frame);
    }
    for (const TomlTable& b : doc.tables("block")) {
        CertificateBlock block;
        block.text = b.text("text");
        check_placeholders(b, block.text);
        block.box = block_box(b, size);
        block.style = style_of(b);
        out.blocks.push_back(std::move(block));
    }
    if (out.blocks.empty()) doc.fail("block", tr("missing: a certificate needs text blocks"));
    if (auto qr = doc.optional_table("qr")) {
        out.qr = square_box(*qr, size, kQrMin);
        out.qr_colour = colour(*qr, "colour", {});
    }
    if (auto seal = doc.optional_table("seal")) {
        out.seal =
            CertificateImage{image_path(*seal, "image", dir), square_box(*seal, size, kBoxMin)};
    }
    if (auto wm = doc.optional_table("watermark")) {
        out.watermark = wm->optional_text("text").value_or(out.watermark);
        out.watermark_font = wm->optional_text("font").value_or(out.watermark_font);
        out.watermark_colour = colour(*wm, "colour", out.watermark_colour);
    }
    return out;
}

CertificateTemplate read_certificate_template(const std::filesystem::path& file) {
    return parse_certificate_template(read_file_bytes(file, kMaxDefinitionBytes), file.string(),
                                      file.parent_path());
}

std::string fill_placeholders(const std::string& text,
                              const std::map<std::string, std::string>& values, bool markup) {
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const std::size_t open = text.find('{', pos);
        const std::size_t close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) break;
        out.append(text, pos, open - pos);
        const auto it = values.find(text.substr(open + 1, close - open - 1));
        const std::string value = it == values.end() ? std::string() : it->second;
        out += markup ? escape_markup(value) : value;
        pos = close + 1;
    }
    out.append(text, pos, std::string::npos);
    return out;
}

}  // namespace plumb
