// Certificates to PDF: the placeholders of a template filled from a certificate.
#include "services/export_certificates.h"

#include "services/viewing.h"

#include "core/translate.h"
#include "io/certificate_pdf.h"
#include "services/data_dir.h"
#include "services/export_commit.h"
#include "services/seal.h"
#include "io/export_words.h"

namespace plumb {

namespace {

// "甲 乙" -> "甲\n乙": organisers written on one line are printed one per line.
std::string one_per_line(const std::string& text) {
    std::string out;
    bool gap = false;
    for (char c : text) {
        if (c == ' ') {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out += '\n';
        gap = false;
        out += c;
    }
    return out;
}

std::string honour(const Certificate& c) {
    const std::string prize = award_zh(c.award);
    const std::string titles = c.titles.empty() ? "" : quoted_titles(c.titles) + "称号";
    if (prize.empty()) return titles;
    return titles.empty() ? prize : prize + "，并被授予" + titles;
}

CertificatePage page_of(const Competition& comp, const Certificate& c, const std::string& seal) {
    const std::string date = !comp.ends.empty() ? comp.ends : comp.starts;
    CertificatePage page;
    page.fields = {{"name", c.name},
                   {"gender", c.gender},
                   {"employer", c.employer},
                   {"registration_no", c.registration_no},
                   {"trade", c.trade},
                   {"trade_en", c.trade_en},
                   {"event", c.event},
                   {"competition", comp.name},
                   {"organiser", comp.organiser},
                   {"organiser_lines", one_per_line(comp.organiser)},
                   {"venue", comp.venue},
                   {"award", award_zh(c.award)},
                   {"titles", quoted_titles(c.titles)},
                   {"honour", honour(c)},
                   {"date", date_zh(date)},
                   {"date_cn", date_cn(date)},
                   {"number", c.number},
                   {"code", c.code},
                   {"revision", std::to_string(c.state.revision)},
                   {"seal", seal}};
    page.qr_text = certificate_qr_text(c);
    page.draft = !c.state.locked;
    return page;
}

}  // namespace

std::filesystem::path default_certificate_template() {
    return data_dir() / "certificates" / "default.toml";
}

std::string certificate_qr_text(const Certificate& c) {
    return "PLUMBLINE-CERT;NO=" + c.number + ";CODE=" + c.code;
}

CertificateExport export_certificates(CompetitionSession& session, const Login& by,
                                      const std::vector<std::string>& events,
                                      const std::filesystem::path& pdf,
                                      const std::filesystem::path& layout) {
    const CertificateTemplate t =
        read_certificate_template(layout.empty() ? default_certificate_template() : layout);
    for (const std::string& e : events) {
        session.event(e);  // unknown events refused first
        require_names(session, by, e);
    }
    ExportSigningKey key(session);  // the codes' key: kept only if the PDF is written
    std::vector<CertificatePage> pages;
    CertificateExport out;
    const std::string seal = audit_seal(session.store());
    for (const std::string& e : events)
        for (const Certificate& c : event_certificates(session, session.results(e), key.key())) {
            pages.push_back(page_of(session.competition(), c, seal));
            if (pages.back().draft) ++out.drafts;
        }
    if (pages.empty()) throw ActionError(tr("nobody has a prize or a title yet: no certificates"));
    ExportFiles files;
    out.pages = write_certificates_pdf(files.add(pdf), t, pages);
    key.commit();
    files.place();
    return out;
}

}  // namespace plumb
