// Crash test helpers: a scratch competition, the driver process started and killed with
// SIGKILL at a chosen moment, what it acknowledged before dying, and the final checks.
#pragma once

#include <doctest/doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/id_number.h"
#include "services/importing.h"

namespace plumb::crash {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// How many kills a test makes: PLUMB_CRASH_KILLS when set (for long runs), else `fallback`.
inline int kills(int fallback) {
    const char* env = std::getenv("PLUMB_CRASH_KILLS");
    return env && std::atoi(env) > 0 ? std::atoi(env) : fallback;
}

inline std::mt19937_64& rng() {
    static std::mt19937_64 r(std::random_device{}());
    return r;
}

inline int uniform(int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng());
}

struct Scratch {
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "plumb-crash-XXXXXX").string();
        dir = mkdtemp(pattern.data());
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    fs::path operator/(const std::string& name) const { return dir / name; }
    fs::path dir;
};

// A valid resident ID number for the n-th generated contestant (unique for n < 10,000,000).
inline std::string id_number(int n) {
    const int day = n / 1000;
    auto digits = [](int v, std::size_t width) {
        std::string s = std::to_string(v);
        return std::string(width - std::min(width, s.size()), '0') + s;
    };
    const std::string first17 = "410802" + digits(1960 + day / 336, 4) +
                                digits(day / 28 % 12 + 1, 2) + digits(day % 28 + 1, 2) +
                                digits(n % 1000, 3);
    return first17 + id_check_digit(first17);
}

// A roster CSV of `count` bricklaying contestants "PREFIX-i" at workstations first..first+count-1.
inline void write_roster(const fs::path& file, const std::string& prefix, int first, int count,
                         int id_base) {
    std::ofstream out(file);
    out << "报名号,姓名,身份证号,工种,工位号\n";
    for (int i = 0; i < count; ++i)
        out << prefix << "-" << i << ",选手" << i << "," << id_number(id_base + i) << ",砌筑工,"
            << first + i << "\n";
}

// The demo competition (Zhengyun Cup) with `count` bricklaying contestants at workstations
// 1..count, and nothing marked.
inline void create_competition(const fs::path& db, int count) {
    const Actor organiser{{}, "organiser", {}};
    CompetitionSession s = CompetitionSession::init(
        db, fs::path(PLUMB_DATA_DIR) / "demo/zhengyun-cup.toml", organiser);
    const fs::path roster = db.string() + ".roster.csv";
    write_roster(roster, "B", 1, count, 0);
    import_roster(s, unchecked_login("organiser"), roster);
}

// One run of the driver: its stdout lines as they arrive; killed, or waited for.
class Driver {
public:
#ifdef CRASH_DRIVER
    explicit Driver(const std::vector<std::string>& args) : Driver(CRASH_DRIVER, args) {}
#endif
    // `program` run with `args` (the GUI kill test runs the console driver).
    Driver(const std::string& program, const std::vector<std::string>& args) {
        int out[2];
        REQUIRE(pipe(out) == 0);
        err_file_ = fs::temp_directory_path() / ("plumb-crash-err-" + std::to_string(getpid()) +
                                                 "-" + std::to_string(++serial()));
        started_ = Clock::now();
        pid_ = fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            dup2(out[1], 1);
            const int err = open(err_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            dup2(err, 2);
            close(out[0]);
            close(out[1]);
            // Under ASan, a leak check cut short by SIGKILL would print noise on stderr;
            // leaks are the other suites' business.
            const char* asan = std::getenv("ASAN_OPTIONS");
            const std::string options = std::string(asan ? asan : "") + ":detect_leaks=0";
            setenv("ASAN_OPTIONS", options.c_str(), 1);
            std::vector<std::string> argv_s = {program};
            argv_s.insert(argv_s.end(), args.begin(), args.end());
            std::vector<char*> argv;
            for (auto& a : argv_s) argv.push_back(a.data());
            argv.push_back(nullptr);
            execv(argv[0], argv.data());
            _exit(127);
        }
        close(out[1]);
        fd_ = out[0];
    }
    ~Driver() {
        if (pid_ > 0 && !reaped_) kill_now();
        if (fd_ >= 0) close(fd_);
        std::error_code ec;
        fs::remove(err_file_, ec);
    }
    Driver(const Driver&) = delete;
    Driver& operator=(const Driver&) = delete;

    // Reads what it prints until `ms` after its start (or until it exits); true if it exited.
    bool read_until(int ms) {
        read_lines(std::numeric_limits<std::size_t>::max(), ms);
        return eof_;
    }

    // Reads until it has printed `n` lines, exited, or `ms` passed since its start; true if it
    // printed them.
    bool read_lines(std::size_t n, int ms) {
        const auto deadline = started_ + std::chrono::milliseconds(ms);
        while (!eof_ && lines_.size() < n) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now())
                    .count();
            if (left <= 0) break;
            pollfd p{fd_, POLLIN, 0};
            if (poll(&p, 1, static_cast<int>(left)) <= 0) continue;
            drain_once();
        }
        return lines_.size() >= n;
    }

    // Milliseconds from its start until now.
    int running_ms() const {
        return static_cast<int>(
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started_)
                .count());
    }

    // SIGKILL now, then everything it had printed before dying.
    void kill_now() {
        ::kill(pid_, SIGKILL);
        reap();
        while (!eof_) drain_once();
    }

    // Waits for it to end by itself; its exit code.
    int wait() {
        while (!eof_) drain_once();
        reap();
        return WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
    }

    bool killed() const { return WIFSIGNALED(status_) && WTERMSIG(status_) == SIGKILL; }
    double elapsed_ms() const {
        return std::chrono::duration<double, std::milli>(ended_ - started_).count();
    }
    // Complete lines only: a line cut by the kill was never acknowledged.
    const std::vector<std::string>& lines() const { return lines_; }
    std::string errors() const {
        std::ifstream in(err_file_);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }

private:
    static int& serial() {
        static int n = 0;
        return n;
    }
    void drain_once() {
        char buf[4096];
        const ssize_t n = read(fd_, buf, sizeof buf);
        if (n <= 0) {
            eof_ = true;
            return;
        }
        partial_.append(buf, static_cast<std::size_t>(n));
        std::size_t nl;
        while ((nl = partial_.find('\n')) != std::string::npos) {
            lines_.push_back(partial_.substr(0, nl));
            partial_.erase(0, nl + 1);
        }
    }
    void reap() {
        if (reaped_) return;
        waitpid(pid_, &status_, 0);
        ended_ = Clock::now();
        reaped_ = true;
    }

    pid_t pid_ = -1;
    int fd_ = -1;
    int status_ = 0;
    bool eof_ = false, reaped_ = false;
    std::string partial_;
    std::vector<std::string> lines_;
    fs::path err_file_;
    Clock::time_point started_, ended_;
};

// The uuids of "ack UUID" lines.
inline void collect_acks(const Driver& d, std::set<std::string>& acks) {
    for (const std::string& line : d.lines())
        if (line.rfind("ack ", 0) == 0) acks.insert(line.substr(4));
}

// What every test ends with: SQLite's integrity check and `plumb audit verify` pass.
inline void check_database(const fs::path& db) {
    {
        const Store store = Store::open(db.string());
        const auto integrity = store.integrity_check();
        REQUIRE(integrity.size() == 1);
        CHECK(integrity.front() == "ok");
    }
    const std::string cmd = std::string(PLUMB_BINARY) + " audit verify '" + db.string() + "' >'" +
                            db.string() + ".verify' 2>&1";
    const int status = std::system(cmd.c_str());
    std::ifstream in(db.string() + ".verify");
    std::stringstream text;
    text << in.rdbuf();
    INFO("plumb audit verify: " << text.str());
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
}

}  // namespace plumb::crash
