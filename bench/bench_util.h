// Shared by the benchmarks: timing, percentiles, peak memory and the JSON they write.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
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

}  // namespace plumb::bench
