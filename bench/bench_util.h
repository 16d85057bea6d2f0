// Shared by the benchmarks: timing, percentiles, peak memory and the JSON they write.
#pragma once

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#include <string>
#include <vector>

namespace plumb::bench {

using Clock = std::chrono::steady_clock;

inline double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// The p-th quantile (0..1) of the samples, nearest rank.
inline double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(p * static_cast<double>(v.size()) + 0.999999);
    return v[std::min(v.size(), std::max<std::size_t>(rank, 1)) - 1];
}

// Median of `runs` timings of f, in milliseconds.
inline double median_ms(int runs, const std::function<void()>& f) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        f();
        t.push_back(ms_since(t0));
    }
    return percentile(t, 0.5);
}

// Peak resident memory of this process (RUSAGE_SELF) or of its waited-for children, in MB.
inline long peak_rss_mb(int who = RUSAGE_SELF) {
    rusage u{};
    getrusage(who, &u);
    return u.ru_maxrss / 1024;
}

// What a run in a child process measured: its own time and its peak resident memory.
struct ChildRun {
    double ms = 0;
    long peak_mb = 0;
};

// Runs `f` in a forked child (so its memory is counted apart from this process's); `f` times
// the part that counts itself and returns milliseconds. Exits the benchmark if the child fails.
inline ChildRun in_child(const std::function<double()>& f) {
    int fds[2];
    if (pipe(fds) != 0) std::exit(1);
    const pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        double ms = -1;
        try {
            ms = f();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "benchmark: %s\n", e.what());
            _exit(1);
        }
        const bool sent = write(fds[1], &ms, sizeof ms) == static_cast<ssize_t>(sizeof ms);
        _exit(sent ? 0 : 1);
    }
    close(fds[1]);
    ChildRun r;
    const bool got = read(fds[0], &r.ms, sizeof r.ms) == static_cast<ssize_t>(sizeof r.ms);
    close(fds[0]);
    int status = 0;
    rusage u{};
    wait4(child, &status, 0, &u);
    if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "benchmark: a measured child process failed\n");
        std::exit(1);
    }
    r.peak_mb = u.ru_maxrss / 1024;
    return r;
}

// `runs` runs of `f` each in its own child: the median time and the largest peak memory.
inline ChildRun median_in_children(int runs, const std::function<double()>& f) {
    std::vector<double> t;
    ChildRun out;
    for (int i = 0; i < runs; ++i) {
        const ChildRun r = in_child(f);
        t.push_back(r.ms);
        out.peak_mb = std::max(out.peak_mb, r.peak_mb);
    }
    out.ms = percentile(t, 0.5);
    return out;
}

}  // namespace plumb::bench
