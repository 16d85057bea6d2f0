// plumb export results|certificates|hr|sheets|verify, plumb certificate verify, plumb lock.
#include <iostream>
#include <optional>

#include "cli/commands.h"
#include "cli/login.h"
#include "core/translate.h"
#include "services/export_certificates.h"
#include "services/export_hr.h"
#include "services/export_manifest.h"
#include "services/hr_file_state.h"
#include "services/export_results.h"
#include "services/export_sheets.h"
#include "services/result_state.h"

namespace plumb::cli {

namespace {

using Text = std::shared_ptr<std::string>;

Text text() {
    return std::make_shared<std::string>();
}

// "open", "locked", "revealed" in the language spoken.
std::string state_word(const EventState& state) {
    if (state.revealed) return tr("revealed");
    if (state.locked) return tr("locked");
    return tr("open");
}

void add_db(CLI::App* cmd, const Text& db) {
    cmd->add_option("DB", *db, tr("The competition database"))
        ->required()
        ->check(CLI::ExistingFile);
}

// --event CODE or --all; the chosen events in competition order.
struct EventChoice {
    Text event = text();
    std::shared_ptr<bool> all = std::make_shared<bool>(false);
    void add_to(CLI::App* cmd) {
        auto* ev = cmd->add_option("--event", *event, tr("Event code or trade name"));
        auto* al = cmd->add_flag("--all", *all, tr("Every event"));
        ev->excludes(al);
    }
    std::vector<std::string> codes(const CompetitionSession& s) const {
        if (event->empty() && !*all) throw std::runtime_error(tr("give --event CODE or --all"));
        if (!*all) return {s.event(event_code(s, *event)).code};
        std::vector<std::string> out;
        for (const Event& e : s.competition().events) out.push_back(e.code);
        return out;
    }
};

void add_export_results(CLI::App* exp) {
    auto* cmd = exp->add_subcommand("results", tr("Ranked results of one or all events"));
    auto db = text(), format = text(), out = text();
    EventChoice choice;
    add_db(cmd, db);
    choice.add_to(cmd);
    cmd->add_option("--format", *format, tr("csv | json | pdf | xlsx"))
        ->required()
        ->check(CLI::IsMember({"csv", "json", "pdf", "xlsx"}));
    cmd->add_option("-o,--output", *out, tr("Output file ('-' for stdout: csv and json only)"))
        ->required();
    LoginOptions login;  // names of events not revealed yet: the organiser's only
    login.add_to(cmd);
    cmd->callback([db, choice, format, out, login] {
        auto s = CompetitionSession::open(*db);
        const auto events = choice.codes(s);
        if (*out == "-" && (*format == "pdf" || *format == "xlsx"))
            throw std::runtime_error(
                plumb::format(tr("%s is written to a file: give -o FILE"), {*format}));
        const Login by = login.reader(s);
        if (*out == "-") {
            std::cout << results_text(s, by, events, *format);
            return;
        }
        const int pages = export_results(s, by, events, *format, *out);
        std::cout << (*format == "pdf"
                          ? plumb::format(tr("wrote %s (%s pages)"), {*out, std::to_string(pages)})
                          : plumb::format(tr("wrote %s"), {*out}))
                  << "\n";
    });
}

void add_export_certificates(CLI::App* exp) {
    auto* cmd = exp->add_subcommand(
        "certificates", tr("Certificates (PDF) for every contestant with a prize or a title"));
    auto db = text(), out = text(), layout = text();
    EventChoice choice;
    add_db(cmd, db);
    choice.add_to(cmd);
    cmd->add_option("-o,--output", *out, tr("The PDF file to write"))->required();
    cmd->add_option("--template", *layout, tr("Certificate template (TOML)"))
        ->check(CLI::ExistingFile);
    LoginOptions login;
    login.add_to(cmd);
    cmd->callback([db, choice, out, layout, login] {
        auto s = CompetitionSession::open(*db);
        const CertificateExport r =
            export_certificates(s, login.reader(s), choice.codes(s), *out, *layout);
        std::cout << plumb::format(
            r.pages == 1 ? tr("wrote %s: %s certificate") : tr("wrote %s: %s certificates"),
            {*out, std::to_string(r.pages)});
        if (r.drafts > 0)
            std::cout << plumb::format(tr(", %s marked 草稿 DRAFT (event not locked)"),
                                       {std::to_string(r.drafts)});
        std::cout << "\n";
    });
}

void add_export_hr(CLI::App* exp) {
    auto* cmd = exp->add_subcommand(
        "hr",
        tr("One row per contestant per event for HR records (XLSX or CSV), signed (FILE.sig)"));
    auto db = text(), out = text(), headers = std::make_shared<std::string>("zh");
    auto draft = std::make_shared<bool>(false);
    auto events = std::make_shared<std::vector<std::string>>();
    add_db(cmd, db);
    cmd->add_option("-o,--output", *out, tr("FILE.xlsx or FILE.csv"))->required();
    cmd->add_option("--event", *events, tr("Only this event (repeat for several; default: all)"));
    cmd->add_option("--headers", *headers, tr("Column names: zh (default) | en"))
        ->check(CLI::IsMember({"zh", "en"}));
    cmd->add_flag("--draft", *draft, tr("Include events that are not locked (marked 草稿)"));
    LoginOptions login;
    login.add_to(cmd);
    cmd->callback([db, out, headers, draft, events, login] {
        auto s = CompetitionSession::open(*db);
        HrOptions options;
        options.allow_draft = *draft;
        for (const std::string& e : *events) options.events.push_back(event_code(s, e));
        options.headers = *headers == "en" ? HrHeaders::English : HrHeaders::Chinese;
        const HrExport r = export_hr(s, login.reader(s), *out, options);
        std::cout << plumb::format(tr("wrote %s: %s rows; signed manifest %s"),
                                   {*out, std::to_string(r.rows), r.manifest.string()})
                  << "\n";
        // What the receiver checks the signer against (plumb export verify --fingerprint).
        std::cout << "  "
                  << plumb::format(tr("signing key fingerprint: %s (announce it to whoever "
                                      "receives the file)"),
                                   {r.fingerprint})
                  << "\n";
    });
}

void add_export_sheets(CLI::App* exp) {
    auto* cmd =
        exp->add_subcommand("sheets", tr("Paper score sheets (PDF), one per workstation, blinded"));
    auto db = text(), event = text(), out = text();
    add_db(cmd, db);
    cmd->add_option("--event", *event, tr("Event code or trade name"))->required();
    cmd->add_option("-o,--output", *out, tr("The PDF file to write"))->required();
    cmd->callback([db, event, out] {
        const auto s = CompetitionSession::open(*db);
        *event = event_code(s, *event);
        const int pages = export_score_sheets(s, *event, *out);
        std::cout << plumb::format(tr("wrote %s: %s workstations, %s pages"),
                                   {*out, std::to_string(sheet_workstations(s, *event).size()),
                                    std::to_string(pages)})
                  << "\n";
    });
}

void add_export_verify(CLI::App* exp) {
    auto* cmd = exp->add_subcommand(
        "verify",
        tr("Check an exported file against its signed manifest FILE.sig and a trusted signer; "
           "exits 4 if not verified"));
    auto file = text(), db = text(), key = text(), fingerprint = text();
    cmd->add_option("FILE", *file, tr("The exported file"))->required()->check(CLI::ExistingFile);
    auto* dbo =
        cmd->add_option("--db", *db, tr("Trust this database's key (the organiser's side)"))
            ->check(CLI::ExistingFile);
    auto* keyo = cmd->add_option("--public-key", *key, tr("Trust this public key (hex)"));
    auto* fpo = cmd->add_option("--fingerprint", *fingerprint,
                                tr("Trust the key with this fingerprint, as the organiser "
                                   "announced it (e.g. \"9721 326e 3adb 21bd\")"));
    dbo->excludes(keyo)->excludes(fpo);
    keyo->excludes(fpo);
    cmd->callback([file, db, key, fingerprint] {
        TrustedSigner trusted;
        trusted.public_hex = *key;
        std::optional<CompetitionSession> s;  // with --db, a file older than its results is said
        if (!db->empty()) {
            s.emplace(CompetitionSession::open(*db));
            const auto k = existing_device_key(s->store());
            if (!k)
                throw std::runtime_error(
                    plumb::format(tr("%s has no signing key: it never signed a file"), {*db}));
            trusted.public_hex = k->public_hex;
        }
        if (!fingerprint->empty()) {
            const auto fp = fingerprint_from_text(*fingerprint);
            if (!fp)
                throw std::runtime_error(
                    plumb::format(tr("'%s' is not a key fingerprint (16 hex digits, e.g. "
                                     "9721 326e 3adb 21bd)"),
                                  {*fingerprint}));
            trusted.fingerprint = *fp;
        }
        const ManifestCheck r = verify_manifest(*file, trusted);
        if (!r.ok) {
            std::cout << tr("NOT VERIFIED:") << " " << r.reason << "\n";
            if (r.intact)
                std::cout << "  "
                          << plumb::format(tr("compare %s with the fingerprint the organiser "
                                              "announced, then run again with --fingerprint "
                                              "\"%s\" (or --db DB, --public-key HEX)"),
                                           {r.fingerprint, r.fingerprint})
                          << "\n";
            throw CLI::RuntimeError(4);
        }
        std::cout << plumb::format(tr("verified: %s is unchanged since %s"), {*file, r.signed_at})
                  << "\n  " << plumb::format(tr("competition: %s"), {r.competition}) << "\n  "
                  << plumb::format(tr("signed by key %s (the trusted key)"), {r.fingerprint})
                  << "\n";
        if (!s) return;
        const auto moved = hr_results_moved(*s, r.results);
        if (moved.empty()) return;
        std::cout << tr("OUT OF DATE: its results have changed since it was made; export it again")
                  << "\n";
        for (const ResultsMoved& m : moved)
            std::cout << "  "
                      << plumb::format(
                             tr("%s: revision %s (%s) in the file, now revision %s (%s)"),
                             {m.event, std::to_string(m.file_revision),
                              m.file_final ? tr("locked") : tr("draft"), std::to_string(m.revision),
                              m.final ? tr("locked") : tr("draft")})
                      << "\n";
        throw CLI::RuntimeError(4);
    });
}

void add_certificate_verify(CLI::App& app) {
    auto* cert = app.add_subcommand("certificate", tr("Certificates already printed"));
    cert->require_subcommand(1);
    auto* cmd = cert->add_subcommand(
        "verify", tr("Is this certificate genuine? Exits 0 when it is, 4 when it is not"));
    auto db = text(), number = text(), code = text();
    add_db(cmd, db);
    cmd->add_option("NUMBER", *number, tr("Certificate number, e.g. 2019-BRICKLAYING-ZY045-1A"))
        ->required();
    cmd->add_option("CODE", *code, tr("Verification code printed beside it, e.g. 7KQ4-M2XD"))
        ->required();
    cmd->callback([db, number, code] {
        const auto s = CompetitionSession::open(*db);
        const CertificateCheck r = verify_certificate(s, *number, *code);
        std::string what;
        if (r.certificate) {
            const Certificate& c = *r.certificate;
            std::string titles;
            for (const std::string& t : c.titles) titles += (titles.empty() ? "" : "、") + t;
            what = c.number + ": " + c.name + " (" + c.registration_no + ", " + c.employer + "), " +
                   c.trade + " (" + c.event + ")" +
                   (c.rank ? plumb::format(tr(", rank %s"), {std::to_string(*c.rank)})
                           : std::string()) +
                   (c.award.empty() ? "" : plumb::format(tr(", %s"), {award_phrase(c.award)})) +
                   (titles.empty() ? "" : plumb::format(tr(", title %s"), {titles})) +
                   plumb::format(tr("; results revision %s (%s)"),
                                 {std::to_string(c.state.revision), state_word(c.state)});
        }
        if (!r.genuine) {
            std::cout << (r.withdrawn ? tr("VOID:") : tr("NOT GENUINE:")) << " " << r.reason
                      << "\n";
            if (!what.empty())
                std::cout << "  " << plumb::format(tr("the number belongs to %s"), {what}) << "\n";
            throw CLI::RuntimeError(4);
        }
        std::cout << plumb::format(tr("genuine: certificate %s"), {what}) << "\n";
    });
}

void add_lock(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "lock", tr("Lock an event's results (refused while any contestant is incomplete)"));
    auto db = text(), event = text(), reason = text();
    add_db(cmd, db);
    cmd->add_option("--event", *event, tr("Event code or trade name"))->required();
    cmd->add_option("--reason", *reason, tr("Why, e.g. \"all sheets signed\""))->required();
    LoginOptions login;  // the chief judge's, when roles are on
    login.add_to(cmd);
    cmd->callback([db, event, reason, login] {
        auto s = CompetitionSession::open(*db);
        *event = event_code(s, *event);
        lock_results(s, login.log_in(s), *event, *reason);
        std::cout << plumb::format(tr("%s locked"), {s.competition().event_words(*event)}) << "\n";
    });
}

}  // namespace

std::string award_phrase(const std::string& award) {
    if (award == "first") return tr("first prize");
    if (award == "second") return tr("second prize");
    if (award == "third") return tr("third prize");
    if (award == "merit") return tr("merit prize");
    return award;
}

void add_export_commands(CLI::App& app) {
    auto* exp =
        app.add_subcommand("export", tr("Write results, certificates, HR files, score sheets"));
    exp->require_subcommand(1);
    add_export_results(exp);
    add_export_certificates(exp);
    add_export_hr(exp);
    add_export_sheets(exp);
    add_export_verify(exp);
    add_certificate_verify(app);
    add_lock(app);
}

}  // namespace plumb::cli
