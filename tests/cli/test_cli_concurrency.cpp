// Two programs writing one database at once through the real plumb binary: every mark lands,
// and "database is locked" never reaches the user.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "run_plumb.h"

using namespace plumb::test;

namespace {

// Runs `count` plumb mark commands one after another in a child process (judge `judge`,
// aspects B1..), appending their stderr to `err`; returns the child's pid.
pid_t writer(const std::string& db, const std::string& judge, const std::string& aspect, int count,
             const std::string& err) {
    const pid_t pid = fork();
    if (pid != 0) return pid;
    int failures = 0;
    for (int i = 1; i <= count; ++i) {
        std::string ws(i < 10 ? "0" : "");  // "01".."20"
        ws += std::to_string(i);
        const std::string cmd = std::string(PLUMB_BINARY) + " mark " + quote(db) +
                                " --event bricklaying --workstation " + ws + " --judge " + judge +
                                " --aspect " + aspect + " --value 2 >/dev/null 2>>" + quote(err);
        if (std::system(cmd.c_str()) != 0) ++failures;
    }
    _exit(failures > 255 ? 255 : failures);
}

}  // namespace

TEST_CASE("two processes entering marks into one file at once: all kept, no locked error") {
    Scratch s;
    const std::string db = (s / "shared.plumb").string();
    REQUIRE(run_plumb("demo " + quote(db) + " --contestants 80 --seed 3").code == 0);
    // Each writer corrects a judgement aspect of 20 workstations, as two judges on one laptop.
    const std::string err1 = (s / "err1").string(), err2 = (s / "err2").string();
    const int n = 20;
    const std::string reason = " --reason " + quote("re-marked");
    const pid_t a = writer(db, "J01", "C3" + reason, n, err1);
    const pid_t b = writer(db, "J02", "C3" + reason, n, err2);
    int status_a = 0, status_b = 0;
    REQUIRE(waitpid(a, &status_a, 0) == a);
    REQUIRE(waitpid(b, &status_b, 0) == b);
    CHECK(WIFEXITED(status_a));
    CHECK(WEXITSTATUS(status_a) == 0);
    CHECK(WEXITSTATUS(status_b) == 0);
    CHECK(slurp(err1).empty());
    CHECK(slurp(err2).empty());
    CHECK(slurp(err1).find("locked") == std::string::npos);

    // 40 new entries, each the current value of its cell, and the chain intact.
    const Run log = run_plumb("audit verify " + quote(db));
    CHECK_MESSAGE(log.code == 0, log.err);
    for (const char* judge : {"J01", "J02"}) {
        for (const char* ws : {"01", "10", "20"}) {
            const Run r = run_plumb("mark " + quote(db) + " --event bricklaying --workstation " +
                                    ws + " --judge " + judge + " --aspect C3 --value 2");
            CHECK(r.out.find("unchanged") != std::string::npos);
        }
    }
}
