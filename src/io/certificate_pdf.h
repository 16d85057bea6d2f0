// Certificates (荣誉证书) as a PDF: one page per certificate, laid out by a template.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "io/certificate_template.h"
#include "io/temp_output.h"

namespace plumb {

struct CertificatePage {
    std::map<std::string, std::string> fields;  // placeholder name -> value
    std::string qr_text;                        // what the QR code holds
    bool draft = true;                          // the event is not locked: watermark
};

// Writes one page per certificate to `file` (temporary file renamed into place); returns the
// number of pages.
int write_certificates_pdf(const std::filesystem::path& file, const CertificateTemplate& layout,
                           const std::vector<CertificatePage>& pages);
// The same into `out`, flushed, for its owner to place (TempOutput::commit).
int write_certificates_pdf(TempOutput& out, const CertificateTemplate& layout,
                           const std::vector<CertificatePage>& pages);

}  // namespace plumb
