// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>

namespace lastmile::session {

// Counts wrong join codes per client address: after kMaxFailures within kWindowMs the address
// is locked out for kLockoutMs, so guessing a 54-bit code from one address is hopeless.
// Times are milliseconds on any monotonic clock the caller uses consistently.
class JoinGuard
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kWindowMs = 60'000;
    static constexpr qint64 kLockoutMs = 60'000;

    bool isLocked(const QString& address, qint64 nowMs) const;
    void fail(const QString& address, qint64 nowMs);
    void succeed(const QString& address);

private:
    struct Record
    {
        int failures = 0;
        qint64 firstFailureMs = 0;
        qint64 lockedUntilMs = 0;
    };
    QHash<QString, Record> m_records;
};

} // namespace lastmile::session
