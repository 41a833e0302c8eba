// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository.h"
#include "row_set.h"

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
// one are left out).
std::vector<storage::BaseRow> readBase(pqxx::transaction_base& transaction, const std::string& id,
                                       const RowDigests& digests);

// The whole engagement `id` as `transaction` sees it; UnknownEngagement when it sees none.
Result<EngagementContent> readEngagement(pqxx::transaction_base& transaction, const std::string& address,
                                         const std::string& id);

} // namespace lastmile::repository
