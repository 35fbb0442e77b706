#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

// What the benchmarks report of their runs.
inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

inline double worst(const std::vector<double> &values)
{
    return *std::max_element(values.begin(), values.end());
}

inline double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
