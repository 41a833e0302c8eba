// SPDX-License-Identifier: Apache-2.0
#include "repository.h"

#include "repository_internal.h"
#include "repository_schema.h"

#include <regex>

namespace lastmile::repository {

RepoError currentError(const std::string& address)
{
    try {
        throw;
    } catch (const OperationCancelled&) {
        return {ErrorCode::Cancelled, address, {}};
    } catch (const pqxx::insufficient_privilege& error) {
        return {ErrorCode::Denied, address, error.what()};
    } catch (const pqxx::undefined_table& error) {
        return {ErrorCode::NotInitialized, address, error.what()};
    } catch (const pqxx::integrity_constraint_violation& error) {
        return {ErrorCode::Invalid, address, error.what()};
    } catch (const pqxx::data_exception& error) {
        return {ErrorCode::Invalid, address, error.what()};
    } catch (const pqxx::broken_connection& error) {
        return {ErrorCode::Lost, address, error.what()};
    } catch (const pqxx::in_doubt_error& error) {
        return {ErrorCode::Lost, address, error.what()};
    } catch (const pqxx::sql_error& error) {
        // Admin shutdown (57P01) and friends: the server went away in the middle.
        if (error.sqlstate().rfind("57P", 0) == 0 || error.sqlstate().rfind("08", 0) == 0) {
            return {ErrorCode::Lost, address, error.what()};
        }
        return {ErrorCode::Server, address, error.what()};
    } catch (const std::exception& error) {
        return {ErrorCode::Server, address, error.what()};
    }
}

std::optional<RepoError> versionProblem(pqxx::transaction_base& transaction, const std::string& address)
{
    const pqxx::result found = transaction.exec("SELECT to_regclass('lastmile.schema_version') IS NOT NULL");
    if (!found[0][0].as<bool>()) {
        return RepoError{ErrorCode::NotInitialized, address, {}};
    }
    const int version =
        transaction.exec("SELECT coalesce(max(version), 0) FROM lastmile.schema_version")[0][0].as<int>();
    if (version > kRepositorySchemaVersion) {
        return RepoError{ErrorCode::NewerVersion, address, std::to_string(version)};
    }
    if (version < kRepositorySchemaVersion) {
        return RepoError{version == 0 ? ErrorCode::NotInitialized : ErrorCode::OlderVersion, address,
                         std::to_string(version)};
    }
    return std::nullopt;
}

std::string answerKindId(const Answer& answer)
{
    switch (answer.kind) {
    case Answer::Kind::Level:
        return "level";
    case Answer::Kind::NotApplicable:
        return "na";
    case Answer::Kind::DontKnow:
        break;
    }
    return "dk";
}

Answer answerFromColumns(const std::string& kind, int level, const std::string& reason)
{
    if (kind == "level") {
        return Answer::atLevel(level);
    }
    if (kind == "na") {
        return Answer::notApplicable(reason);
    }
    return Answer::dontKnow();
}

Repository::Repository(std::unique_ptr<Connection> connection) : m_connection(std::move(connection)) {}

Repository::~Repository() = default;

Result<std::unique_ptr<Repository>> Repository::connect(const std::string& address)
{
    const std::string shown = displayAddress(address);
    try {
        auto connection = std::make_unique<Connection>(address, shown);
        return std::unique_ptr<Repository>(new Repository(std::move(connection)));
    } catch (const pqxx::broken_connection& error) {
        return RepoError{ErrorCode::Connect, shown, error.what()};
    } catch (...) {
        RepoError error = currentError(shown);
        error.code = ErrorCode::Connect;
        return error;
    }
}

const std::string& Repository::address() const
{
    return m_connection->address;
}

Result<std::string> Repository::role()
{
    return guarded<std::string>(address(), [&]() -> Result<std::string> {
        pqxx::read_transaction transaction(m_connection->db);
        return transaction.exec("SELECT current_user")[0][0].as<std::string>();
    });
}

Result<int> Repository::initialize()
{
    return guarded<int>(address(), [&]() -> Result<int> {
        pqxx::work transaction(m_connection->db);
        // One initializer at a time; a second waits and then finds the work done.
        transaction.exec("SELECT pg_advisory_xact_lock(1280136020)");
        transaction.exec("CREATE SCHEMA IF NOT EXISTS lastmile");
        transaction.exec("CREATE TABLE IF NOT EXISTS lastmile.schema_version ("
                         " version integer PRIMARY KEY,"
                         " applied_by name NOT NULL DEFAULT current_user,"
                         " applied_at timestamptz NOT NULL DEFAULT now())");
        const int before =
            transaction.exec("SELECT coalesce(max(version), 0) FROM lastmile.schema_version")[0][0].as<int>();
        if (before > kRepositorySchemaVersion) {
            return RepoError{ErrorCode::NewerVersion, address(), std::to_string(before)};
        }
        int current = before;
        for (const RepositoryMigration& step : repositoryMigrations()) {
            if (step.fromVersion == current) {
                transaction.exec(std::string(step.sql));
                ++current;
                transaction.exec_params("INSERT INTO lastmile.schema_version (version) VALUES ($1)", current);
            }
        }
        transaction.commit();
        return before;
    });
}

Result<std::vector<EngagementSummary>> Repository::list()
{
    using Summaries = std::vector<EngagementSummary>;
    return guarded<Summaries>(address(), [&]() -> Result<Summaries> {
        pqxx::read_transaction transaction(m_connection->db);
        if (auto problem = versionProblem(transaction, address())) {
            return *problem;
        }
        // One pass over the rounds, grouped, rather than a count per engagement: row-level
        // security's membership test then runs once. Answers are not counted, which would read
        // every answer of every engagement.
        const pqxx::result rows = transaction.exec(
            "SELECT e.id, e.name, e.sector, e.created_by,"
            " to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
            " e.rev, e.rev_by, to_char(e.rev_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
            " coalesce(r.rounds, 0)"
            " FROM lastmile.engagement e"
            " LEFT JOIN (SELECT engagement_id, count(*) AS rounds FROM lastmile.round GROUP BY engagement_id) r"
            " ON r.engagement_id = e.id ORDER BY e.name, e.id");
        Summaries summaries;
        summaries.reserve(rows.size());
        for (const pqxx::row& row : rows) {
            summaries.push_back({row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
                                 row[3].as<std::string>(), row[4].as<std::string>(), row[5].as<std::int64_t>(),
                                 row[6].as<std::string>(), row[7].as<std::string>(), row[8].as<std::int64_t>()});
        }
        return summaries;
    });
}

Result<std::string> Repository::resolve(const std::string& idOrName)
{
    return guarded<std::string>(address(), [&]() -> Result<std::string> {
        pqxx::read_transaction transaction(m_connection->db);
        if (auto problem = versionProblem(transaction, address())) {
            return *problem;
        }
        static const std::regex uuidShape(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
        const pqxx::result rows =
            std::regex_match(idOrName, uuidShape)
                ? transaction.exec_params("SELECT id FROM lastmile.engagement WHERE id = $1::uuid", idOrName)
                : transaction.exec_params("SELECT id FROM lastmile.engagement WHERE name = $1", idOrName);
        if (rows.empty()) {
            return RepoError{ErrorCode::UnknownEngagement, address(), idOrName};
        }
        if (rows.size() > 1) {
            return RepoError{ErrorCode::AmbiguousEngagement, address(), idOrName};
        }
        return rows[0][0].as<std::string>();
    });
}

Status Repository::addMember(const std::string& id, const std::string& member)
{
    return guarded<storage::Done>(address(), [&]() -> Status {
        pqxx::work transaction(m_connection->db);
        if (auto problem = versionProblem(transaction, address())) {
            return *problem;
        }
        transaction.exec_params("SELECT lastmile.add_member($1::uuid, $2)", id, member);
        transaction.commit();
        return storage::Done{};
    });
}

} // namespace lastmile::repository
