// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <algorithm>
#include <functional>
#include <vector>

namespace lastmile::bench {

// Runs the event loop until `done` holds (true) or `timeoutMs` milliseconds passed (false).
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

// n, p50_ms, p99_ms and max_ms of `values` (milliseconds, at least one) for the JSON the vote
// benchmarks print.
inline QJsonObject summary(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values.at(static_cast<std::size_t>(q * static_cast<double>(values.size() - 1)));
    };
    return {{QStringLiteral("n"), static_cast<int>(values.size())},
            {QStringLiteral("p50_ms"), at(0.5)},
            {QStringLiteral("p99_ms"), at(0.99)},
            {QStringLiteral("max_ms"), values.back()}};
}

} // namespace lastmile::bench
