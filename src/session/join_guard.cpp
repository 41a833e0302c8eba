// SPDX-License-Identifier: Apache-2.0
#include "join_guard.h"

namespace lastmile::session {

bool JoinGuard::isLocked(const QString& address, qint64 nowMs) const
{
    const auto record = m_records.constFind(address);
    return record != m_records.constEnd() && record->lockedUntilMs > nowMs;
}

void JoinGuard::fail(const QString& address, qint64 nowMs)
{
    Record& record = m_records[address];
    if (record.failures == 0 || nowMs - record.firstFailureMs > kWindowMs) {
        record.failures = 0;
        record.firstFailureMs = nowMs;
    }
    if (++record.failures >= kMaxFailures) {
        record.lockedUntilMs = nowMs + kLockoutMs;
        record.failures = 0;
    }
}

void JoinGuard::succeed(const QString& address)
{
    if (const auto record = m_records.find(address); record != m_records.end() && record->lockedUntilMs == 0) {
        m_records.erase(record);
    }
}

} // namespace lastmile::session
