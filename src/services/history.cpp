// Reads a cell's history through the store's indexed query.
#include "services/history.h"

#include <algorithm>
#include <optional>

#include "core/translate.h"
#include "services/roles.h"

namespace plumb {

std::vector<MarkEntry> mark_history(const CompetitionSession& session,
                                    const std::string& registration_no, const std::string& aspect) {
    return session.store().mark_history(registration_no, aspect);
}

std::string said_reason(const std::string& stored) {
    const auto after = [&stored](const std::string& prefix) -> std::optional<std::string> {
        if (stored.rfind(prefix, 0) != 0) return std::nullopt;
        return stored.substr(prefix.size());
    };
    if (const auto typed = after("conflict settled: "))
        return format(tr("conflict settled: %s"), {*typed});
    // "appeal ID upheld: ..." and "entered twice, agreed (was V): ...": a word, then ": ".
    const std::size_t colon = stored.find(": ");
    if (colon == std::string::npos) return stored;
    const std::string head = stored.substr(0, colon), typed = stored.substr(colon + 2);
    if (head.rfind("appeal ", 0) == 0 && head.size() > 14 &&
        head.compare(head.size() - 7, 7, " upheld") == 0)
        return format(tr("appeal %s upheld: %s"), {head.substr(7, head.size() - 14), typed});
    if (head.rfind("entered twice, agreed (was ", 0) == 0 && head.back() == ')')
        return format(tr("entered twice, agreed (was %s): %s"),
                      {head.substr(27, head.size() - 28), typed});
    return stored;
}

std::string said_value(const std::string& stored) {
    return stored == "pass" || stored == "fail" ? tr(stored.c_str()) : stored;
}

std::vector<std::pair<std::string, std::string>> stored_values(const std::string& stored) {
    std::vector<std::pair<std::string, std::string>> out;
    std::size_t at = 0;
    while (at <= stored.size()) {
        const std::size_t end = std::min(stored.find("; ", at), stored.size());
        const std::string one = stored.substr(at, end - at);
        const std::size_t equals = one.find('=');
        if (equals == std::string::npos)
            out.emplace_back(std::string(), one);
        else
            out.emplace_back(one.substr(0, equals), one.substr(equals + 1));
        at = end + 2;
    }
    return out;
}

std::string said_values(const std::string& stored) {
    std::string out;
    for (const auto& [judge, value] : stored_values(stored))
        out += (out.empty() ? "" : "; ") + (judge.empty() ? "" : judge + "=") + said_value(value);
    return out;
}

std::string said_actor(const std::string& stored) {
    if (stored == kOrganiser) return tr("organiser");
    if (stored == "chief judge") return tr("chief judge");
    if (stored == "plumbline") return tr("plumbline");
    if (stored == "demo") return tr("demo");
    if (stored.rfind("cli:", 0) == 0) return format(tr("cli:%s"), {stored.substr(4)});
    return stored;
}

bool is_current(const std::vector<MarkEntry>& history, std::size_t i) {
    for (std::size_t j = i + 1; j < history.size(); ++j)
        if (history[j].judge == history.at(i).judge) return false;
    return i < history.size();
}

}  // namespace plumb
