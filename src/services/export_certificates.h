// Printing certificates: the events' certificates laid out by a template into one PDF.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "services/certificates.h"
#include "services/roles.h"

namespace plumb {

struct CertificateExport {
    int pages = 0;
    int drafts = 0;  // pages of events not locked yet (watermarked)
};

// The template used when none is given: data/certificates/default.toml.
std::filesystem::path default_certificate_template();

// Writes one page per certificate of the events (in the given order) to `pdf`; creates the
// signing key on first use. Refused when none of the events has a certificate to print.
// Refused for an event whose names `by` may not see yet (services/viewing.h).
CertificateExport export_certificates(CompetitionSession& session, const Login& by,
                                      const std::vector<std::string>& events,
                                      const std::filesystem::path& pdf,
                                      const std::filesystem::path& layout = {});

// What a certificate's QR code holds: "PLUMBLINE-CERT;NO=<number>;CODE=<code>".
std::string certificate_qr_text(const Certificate& c);

}  // namespace plumb
