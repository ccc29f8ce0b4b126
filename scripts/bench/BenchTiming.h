#pragma once
// What the benchmark programs share: timing a piece of work and reading percentiles of the times.

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace fazhi::bench {

// The milliseconds `work` takes.
template <typename F>
double timeMs(F &&work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

// The value below which the share `q` (0 … 1) of the values lie, by nearest rank: 0.5 the median,
// 1 the maximum. 0 without values.
inline double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(double(values.size()) * q))];
}

inline double median(std::vector<double> values) { return percentile(std::move(values), 0.5); }

// The median time of `runs` runs of `work`.
template <typename F>
double medianMs(int runs, F &&work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(timeMs(work));
    return median(std::move(times));
}

}  // namespace fazhi::bench
