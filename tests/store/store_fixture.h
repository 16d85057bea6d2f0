// Store test helpers: temporary files, the sqlite3 command line, a small roster.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "store/store.h"

namespace plumb::test {

// "A" and 3 give "A3" (also sidesteps a GCC 12 -Wrestrict false alarm on "A" + std::string).
inline std::string numbered(std::string prefix, long long n) {
    prefix += std::to_string(n);
    return prefix;
}

// A fresh directory under /tmp, removed with everything in it.
struct TempDir {
    TempDir() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "plumb-store-XXXXXX").string();
        path = mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return path + "/" + name; }
    std::string path;
};

// Runs SQL through the sqlite3 command line, as someone editing the file behind the
// program's back would; returns what it printed (stdout and stderr).
inline std::string sqlite_cli(const std::string& db, const std::string& sql) {
    const std::string script = db + ".sql";
    const std::string out = db + ".out";
    std::ofstream(script) << sql << "\n";
    const std::string cmd = "sqlite3 -batch '" + db + "' < '" + script + "' > '" + out + "' 2>&1";
    const int status = std::system(cmd.c_str());
    std::ifstream in(out);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    std::remove(script.c_str());
    std::remove(out.c_str());
    if (status != 0) return "sqlite3 failed: " + text;
    return text;
}

inline Actor organiser(const std::string& reason = "") {
    return Actor{"", "organiser", reason};
}

// Judges J01..J03 for bricklaying and contestants B001..B00n registered in order.
inline void add_roster(Store& store, int contestants = 5) {
    Change c = store.begin(organiser("roster for tests"));
    for (int i = 1; i <= 3; ++i)
        c.add_judge(Judge{numbered("J0", i), numbered("Judge ", i), "Unit", {"bricklaying"}});
    for (int i = 1; i <= contestants; ++i) {
        Contestant k;
        k.registration_no = numbered("B00", i);
        k.name = numbered("Contestant ", i);
        k.event = "bricklaying";
        k.employer = "Zhengyun Group";
        c.add_contestant(k);
    }
    c.commit();
}

// A database file in `dir` with add_roster's judges and contestants, closed again: what tests of
// several connections, threads or processes on one file start from. Returns its path.
inline std::string rostered_file(const TempDir& dir, const std::string& name) {
    const std::string path = dir.file(name);
    Store s = Store::create(path);
    add_roster(s);
    return path;
}

inline MarkEntry mark(const std::string& judge, const std::string& reg, const std::string& aspect,
                      const std::string& value, const std::string& reason = "") {
    MarkEntry e;
    e.judge = judge;
    e.registration_no = reg;
    e.event = "bricklaying";
    e.aspect = aspect;
    e.value = value;
    e.reason = reason;
    return e;
}

// True when a problem names `table` row `seq` and its reason contains `text`.
inline bool reports(const std::vector<AuditProblem>& problems, const std::string& table,
                    std::int64_t seq, const std::string& text) {
    for (const AuditProblem& p : problems)
        if (p.table == table && p.seq == seq && p.reason.find(text) != std::string::npos)
            return true;
    return false;
}

inline std::string describe(const std::vector<AuditProblem>& problems) {
    std::string out;
    for (const AuditProblem& p : problems)
        out += p.table + numbered(" ", p.seq) + ": " + p.reason + "\n";
    return out;
}

}  // namespace plumb::test

// Checks that verify_audit() finds nothing, printing what it found otherwise.
#define CHECK_AUDIT_CLEAN(store)                            \
    do {                                                    \
        const auto found_problems = (store).verify_audit(); \
        INFO(plumb::test::describe(found_problems));        \
        CHECK(found_problems.empty());                      \
    } while (false)
