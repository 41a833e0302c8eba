// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository.h"
#include "row_set.h"

#include <algorithm>
#include <pqxx/pqxx>
#include <string>

namespace lastmile::repository {

struct Repository::Connection
{
    Connection(const std::string& connectionString, std::string shownAddress)
        : db(connectionString), address(std::move(shownAddress))
    {
    }
    pqxx::connection db;
    std::string address;
};

// Thrown by ProgressMeter when the caller's Progress returns false; guarded() maps it to Cancelled.
struct OperationCancelled
{
};

// Reports the rows done to a caller's Progress (which may be empty): now and then, never more
// often than every kProgressStep rows unless a phase ends. The total may be an estimate that is
// corrected as the rows are read; done never passes a nonzero total. Throws OperationCancelled
// on a cancel, so the transaction in progress rolls back.
class ProgressMeter
{
public:
    explicit ProgressMeter(const Progress& progress, std::int64_t total = 0) : m_progress(progress), m_total(total) {}
    // More rows expected than said so far (a phase whose size is now known), or fewer (negative:
    // an estimate corrected).
    void expect(std::int64_t rows) { m_total = std::max<std::int64_t>(0, m_total + rows); }
    // `rows` more done; reports when kProgressStep rows went by since the last report.
    void advance(std::int64_t rows = 1)
    {
        m_done += rows;
        if (m_progress && m_done >= m_next) {
            report();
        }
    }
    // Reports now: the start or the end of a phase.
    void report()
    {
        if (!m_progress) {
            return;
        }
        if (m_total > 0 && m_done > m_total) {
            m_total = m_done; // more rows than expected: the total grows with them
        }
        m_next = m_done + kProgressStep;
        if (!m_progress(m_done, m_total)) {
            throw OperationCancelled{};
        }
    }

    // Reports every row done: the operation's work is over (what is left is its commit).
    void finish()
    {
        m_done = std::max(m_done, m_total);
        report();
    }

private:
    const Progress& m_progress;
    std::int64_t m_total = 0;
    std::int64_t m_done = 0;
    std::int64_t m_next = kProgressStep;
};

// Maps the exception being handled (inside a catch block) to a RepoError about `address`.
RepoError currentError(const std::string& address);

// Runs `body` and turns anything it throws into a RepoError; `body` returns a Result<T>.
template <typename T, typename Body> Result<T> guarded(const std::string& address, Body&& body)
{
    try {
        return body();
    } catch (...) {
        return currentError(address);
    }
}

// Null when the repository's schema is kRepositorySchemaVersion; otherwise the error saying
// what it is (NotInitialized, OlderVersion, NewerVersion).
std::optional<RepoError> versionProblem(pqxx::transaction_base& transaction, const std::string& address);

// Each row's uuid and revision in the repository, with its digest from `digests` (rows without
// one are left out); `meter`, when given, advances by each row read.
std::vector<storage::BaseRow> readBase(pqxx::transaction_base& transaction, const std::string& id,
                                       const RowDigests& digests, ProgressMeter* meter = nullptr);

// The whole engagement `id` with each row's base (its digest, uuid and revision), as
// `transaction` sees it, reading each table once; UnknownEngagement when it sees none.
// `meter`, when given, advances by each row read.
Result<PulledEngagement> readPulled(pqxx::transaction_base& transaction, const std::string& address,
                                    const std::string& id, ProgressMeter* meter = nullptr);

// The whole engagement `id` as `transaction` sees it; UnknownEngagement when it sees none.
// `meter`, when given, advances by each row read.
Result<EngagementContent> readEngagement(pqxx::transaction_base& transaction, const std::string& address,
                                         const std::string& id, ProgressMeter* meter = nullptr);

} // namespace lastmile::repository
