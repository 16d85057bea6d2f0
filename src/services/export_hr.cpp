// HR rows from the results, the roster and the certificate numbers.
#include "services/export_hr.h"

#include <algorithm>
#include <map>

#include "core/translate.h"
#include "io/export_words.h"
#include "io/file_bytes.h"
#include "services/certificates.h"
#include "services/export_commit.h"
#include "services/export_manifest.h"
#include "services/hr_file_state.h"
#include "services/signing.h"
#include "services/seal.h"
#include "services/viewing.h"

namespace plumb {

namespace {

std::string joined(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
    return out;
}

// The grade actions of the titles a contestant holds (the event's title rules define them).
std::string grade_action(const Event& e, const std::vector<std::string>& titles) {
    std::vector<std::string> actions;
    for (const TitleRule& rule : e.awards.titles)
        for (const std::string& t : titles)
            if (t == rule.name && !rule.grade_action.empty()) actions.push_back(rule.grade_action);
    return joined(actions, "；");
}

}  // namespace

std::vector<HrRow> hr_rows(const CompetitionSession& session, const Login& by,
                           const HrOptions& options) {
    const Competition& comp = session.competition();
    std::map<std::string, Contestant> people;
    for (Contestant& c : session.contestants()) people.emplace(c.registration_no, std::move(c));
    for (const std::string& code : options.events) session.event(code);  // unknown: refused
    const auto chosen = [&options](const std::string& code) {
        return options.events.empty() || std::find(options.events.begin(), options.events.end(),
                                                   code) != options.events.end();
    };
    std::vector<HrRow> rows;
    for (const Event& e : comp.events) {
        if (!chosen(e.code)) continue;
        const EventState state = session.store().event_state(e.code);
        if (!state.locked && !options.allow_draft)
            throw ActionError(format(tr("%s is not locked: HR gets final results only (or "
                                        "drafts, marked %s, when asked for)"),
                                     {e.code, "草稿"}));
        require_names(session, by, e.code);
        require_personal_data(session, by);  // the file carries ID numbers
        const EventResults results = session.results(e.code);
        for (const ResultRow& r : results.rows) {
            HrRow row;
            if (auto p = people.find(r.registration_no); p != people.end()) {
                row.id_number = p->second.id_number;
                row.gender = p->second.gender;
            }
            row.name = r.name;
            row.employer = r.employer;
            row.registration_no = r.registration_no;
            row.trade_code = e.code;
            row.trade = results.trade;
            row.competition = comp.name;
            row.date = !comp.ends.empty() ? comp.ends : comp.starts;
            row.precision = results.precision;
            row.theory = r.theory;
            row.practical = r.practical;
            row.total = r.total;
            row.rank = r.rank;
            row.ranked_of = results.ranked;
            row.status = status_zh(r.status);
            row.award = award_zh(r.award);
            row.titles = joined(r.titles, "、");
            row.certificate_no = certificate_number(comp, e, r);
            row.revision = state.revision;
            row.result_state = state.locked ? "已锁定" : "草稿";  // what HR needs: final or not
            row.grade_action = grade_action(e, r.titles);
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

HrExport export_hr(CompetitionSession& session, const Login& by,
                   const std::filesystem::path& file, const HrOptions& options) {
    const std::string ext = file.extension().string();
    if (ext != ".xlsx" && ext != ".csv")
        throw ActionError(format(tr("%s: the HR file is .xlsx or .csv"), {file.string()}));
    const std::vector<HrRow> rows = hr_rows(session, by, options);
    ExportSigningKey key(session);  // kept only if both files are written
    // No manifest of an earlier export may stand beside the new file, even if this one fails.
    std::error_code ec;
    std::filesystem::remove(manifest_path(file), ec);
    ExportFiles files;
    const TempOutput* out = nullptr;
    if (ext == ".xlsx") {
        TempOutput& book = files.add(file);
        write_hr_xlsx(book, rows, options.headers);
        out = &book;
    } else {
        out = &files.write(file, hr_csv(rows, options.headers));
    }
    files.write(
        manifest_path(file),
        manifest_text(file, read_file_bytes(out->path()), key.key(), session.competition().name,
                      audit_seal(session.store()), hr_results_line(rows)));
    key.commit();
    files.place();
    return {static_cast<int>(rows.size()), manifest_path(file),
            key_fingerprint(key.key().public_hex)};
}

}  // namespace plumb
