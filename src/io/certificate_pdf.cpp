// Draws certificates: background, frames, text blocks, seal, QR code, draft watermark.
#include "io/certificate_pdf.h"

#include <stdexcept>

#include "io/qr_code.h"

namespace plumb {

namespace {

void draw_page(PdfDocument& pdf, const CertificateTemplate& t, const CertificatePage& page) {
    if (t.background) pdf.image(*t.background, {0, 0, t.width, t.height});
    for (const CertificateFrame& f : t.frames)
        pdf.rectangle({f.inset, f.inset, t.width - 2 * f.inset, t.height - 2 * f.inset},
                      f.line_width, f.colour);
    for (const CertificateBlock& b : t.blocks)
        pdf.text(fill_placeholders(b.text, page.fields, b.style.markup), b.box, b.style);
    if (t.seal) pdf.image(t.seal->png, t.seal->box);
    if (t.qr && !page.qr_text.empty()) draw_qr(pdf, page.qr_text, *t.qr, t.qr_colour);
    if (page.draft) pdf.watermark(t.watermark, t.watermark_font, t.watermark_colour);
}

}  // namespace

int write_certificates_pdf(const std::filesystem::path& file, const CertificateTemplate& layout,
                           const std::vector<CertificatePage>& pages) {
    TempOutput out(file);
    const int n = write_certificates_pdf(out, layout, pages);
    out.commit();
    return n;
}

int write_certificates_pdf(TempOutput& out, const CertificateTemplate& layout,
                           const std::vector<CertificatePage>& pages) {
    if (pages.empty()) throw std::runtime_error("no certificates to write");
    PdfDocument pdf(out, layout.width, layout.height);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0) pdf.next_page();
        draw_page(pdf, layout, pages[i]);
    }
    pdf.finish();
    return pdf.pages();
}

}  // namespace plumb
