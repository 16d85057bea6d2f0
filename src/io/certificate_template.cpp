// Reading certificate templates (TOML) and filling their placeholders.
#include "io/certificate_template.h"

#include <algorithm>

#include "core/translate.h"
#include "io/file_bytes.h"
#include "io/toml_fields.h"

namespace plumb {

namespace {

double mm(const TomlTable& t, const std::string& key) {
    return t.decimal(key).to_double() * kPointsPerMm;
}

Rgb colour(const TomlTable& t, const std::string& key, Rgb fallback) {
    const auto text = t.optional_text(key);
    if (!text) return fallback;
    try {
        return Rgb::parse(*text);
    } catch (const std::invalid_argument&) {
        t.fail(key, format(tr("'%s' is not a colour written #RRGGBB"), {*text}));
    }
}

Box box_of(const TomlTable& t) {
    return {mm(t, "x_mm"), mm(t, "y_mm"), mm(t, "width_mm"), mm(t, "height_mm")};
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
    if (auto size = t.optional_positive("size_pt")) s.size = size->to_double();
    s.bold = t.optional_bool("bold").value_or(false);
    const std::string align = t.optional_text("align").value_or("centre");
    if (align == "left")
        s.align = Align::Left;
    else if (align == "centre" || align == "center")
        s.align = Align::Centre;
    else if (align == "right")
        s.align = Align::Right;
    else
        t.fail("align",
               format(tr("unknown alignment '%s'; expected left, centre or right"), {align}));
    s.colour = colour(t, "colour", {});
    s.markup = t.optional_bool("markup").value_or(false);
    s.wrap = t.optional_bool("wrap").value_or(true);
    s.shrink = t.optional_bool("shrink").value_or(true);
    s.middle = t.optional_bool("middle").value_or(false);
    if (auto ls = t.optional_positive("line_spacing")) s.line_spacing = ls->to_double();
    if (auto ind = t.optional_positive("indent_em", true)) s.indent_em = ind->to_double();
    if (auto sp = t.optional_decimal("letter_spacing_pt")) s.letter_spacing = sp->to_double();
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
    if (auto page = doc.optional_table("page")) {
        if (page->has("width_mm")) out.width = mm(*page, "width_mm");
        if (page->has("height_mm")) out.height = mm(*page, "height_mm");
        if (page->has("background")) out.background = image_path(*page, "background", dir);
    }
    for (const TomlTable& f : doc.tables("frame")) {
        CertificateFrame frame;
        frame.inset = mm(f, "inset_mm");
        if (auto w = f.optional_positive("line_pt")) frame.line_width = w->to_double();
        frame.colour = colour(f, "colour", {});
        out.frames.push_back(frame);
    }
    for (const TomlTable& b : doc.tables("block")) {
        CertificateBlock block;
        block.text = b.text("text");
        check_placeholders(b, block.text);
        block.box = box_of(b);
        block.style = style_of(b);
        out.blocks.push_back(std::move(block));
    }
    if (out.blocks.empty()) doc.fail("block", tr("missing: a certificate needs text blocks"));
    if (auto qr = doc.optional_table("qr")) {
        const double size = mm(*qr, "size_mm");
        out.qr = Box{mm(*qr, "x_mm"), mm(*qr, "y_mm"), size, size};
        out.qr_colour = colour(*qr, "colour", {});
    }
    if (auto seal = doc.optional_table("seal")) {
        const double size = mm(*seal, "size_mm");
        out.seal = CertificateImage{image_path(*seal, "image", dir),
                                    Box{mm(*seal, "x_mm"), mm(*seal, "y_mm"), size, size}};
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
