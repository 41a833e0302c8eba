// SPDX-License-Identifier: Apache-2.0
// Repository: the conflicts a merge kept, listed and resolved by a person.
#include "repository_internal.h"

namespace lastmile::repository {

namespace {

// A timestamp column as UTC ISO 8601, "" when NULL.
constexpr const char* kUtc = "YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"";

std::string text(const pqxx::field& field)
{
    return field.is_null() ? std::string() : field.as<std::string>();
}

} // namespace

Result<std::vector<OpenConflict>> Repository::conflicts(const std::string& id)
{
    using Conflicts = std::vector<OpenConflict>;
    return guarded<Conflicts>(address(), [&]() -> Result<Conflicts> {
        pqxx::read_transaction transaction(m_connection->db);
        if (auto problem = versionProblem(transaction, address())) {
            return *problem;
        }
        if (transaction.exec_params("SELECT 1 FROM lastmile.engagement WHERE id = $1::uuid", id).empty()) {
            return RepoError{ErrorCode::UnknownEngagement, address(), id};
        }
        const std::string utc = kUtc;
        const pqxx::result rows = transaction.exec_params(
            "SELECT id, kind, tbl, row_key, local_value::text, remote_value::text, kept, local_by,"
            " to_char(detected_at AT TIME ZONE 'UTC', '" +
                utc + "'), remote_by, to_char(remote_at AT TIME ZONE 'UTC', '" + utc +
                "') FROM lastmile.conflict WHERE engagement_id = $1::uuid AND resolved_at IS NULL ORDER BY id",
            id);
        Conflicts found;
        found.reserve(rows.size());
        for (const pqxx::row& row : rows) {
            found.push_back({row[0].as<std::int64_t>(), text(row[1]), text(row[2]), text(row[3]), text(row[4]),
                             text(row[5]), text(row[6]), text(row[7]), text(row[8]), text(row[9]), text(row[10])});
        }
        return found;
    });
}

Result<std::vector<std::pair<std::string, std::int64_t>>> Repository::openConflictCounts()
{
    using Counts = std::vector<std::pair<std::string, std::int64_t>>;
    return guarded<Counts>(address(), [&]() -> Result<Counts> {
        pqxx::read_transaction transaction(m_connection->db);
        if (auto problem = versionProblem(transaction, address())) {
            return *problem;
        }
        const pqxx::result rows = transaction.exec("SELECT engagement_id, count(*) FROM lastmile.conflict"
                                                   " WHERE resolved_at IS NULL GROUP BY engagement_id");
        Counts counts;
        counts.reserve(rows.size());
        for (const pqxx::row& row : rows) {
            counts.emplace_back(row[0].as<std::string>(), row[1].as<std::int64_t>());
        }
        return counts;
    });
}

Status Repository::resolveConflict(const std::string& id, std::int64_t conflictId, ConflictSide side)
{
    return guarded<storage::Done>(address(), [&]() -> Status {
        pqxx::work transaction(m_connection->db);
        if (auto problem = versionProblem(transaction, address())) {
            return *problem;
        }
        const pqxx::result updated = transaction.exec_params(
            "UPDATE lastmile.conflict SET kept = $3, resolved_by = coalesce(resolved_by, current_user),"
            " resolved_at = coalesce(resolved_at, now())"
            " WHERE engagement_id = $1::uuid AND id = $2 AND (resolved_at IS NULL OR resolved_by = current_user)"
            " RETURNING id",
            id, conflictId, side == ConflictSide::Local ? "local" : "remote");
        if (updated.empty()) {
            return RepoError{ErrorCode::UnknownConflict, address(), std::to_string(conflictId)};
        }
        transaction.commit();
        return storage::Done{};
    });
}

} // namespace lastmile::repository
