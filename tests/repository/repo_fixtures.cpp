// SPDX-License-Identifier: Apache-2.0
#include "repo_fixtures.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <unistd.h>

namespace lastmile::test {

std::string freshDatabase()
{
    static std::atomic<int> counter{0};
    const std::string name = "repo_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
    REQUIRE(sharedPgServer().psql("postgres", "CREATE DATABASE " + name) == 0);
    return name;
}

std::string initializedRepository()
{
    const std::string database = freshDatabase();
    auto admin = connectAs(database);
    const repository::Result<int> before = admin->initialize();
    REQUIRE(before.ok());
    REQUIRE(*before == 0);
    const std::string roles = R"SQL(
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alice') THEN CREATE ROLE alice LOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bob') THEN CREATE ROLE bob LOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rita') THEN CREATE ROLE rita LOGIN; END IF;
END
$$;
GRANT lastmile_consultant TO alice, bob;
GRANT lastmile_reviewer TO rita;
)SQL";
    REQUIRE(sharedPgServer().psql(database, roles) == 0);
    return database;
}

std::unique_ptr<repository::Repository> connectAs(const std::string& database, const std::string& user)
{
    auto connected = repository::Repository::connect(sharedPgServer().uri(database, user));
    if (!connected.ok()) {
        FAIL("cannot connect as " << user << ": " << connected.error().detail);
    }
    return std::move(*connected);
}

SharedEngagement sharedEngagement(const repository::EngagementContent& content)
{
    SharedEngagement shared;
    shared.database = initializedRepository();
    shared.alice = connectAs(shared.database, kAlice);
    shared.bob = connectAs(shared.database, kBob);
    const auto id = shared.alice->addEngagement(content);
    REQUIRE(id.ok());
    shared.id = *id;
    REQUIRE(shared.alice->addMember(shared.id, kBob).ok());
    auto alicesCopy = shared.alice->pull(shared.id);
    auto bobsCopy = shared.bob->pull(shared.id);
    REQUIRE(alicesCopy.ok());
    REQUIRE(bobsCopy.ok());
    shared.alicesCopy = std::move(*alicesCopy);
    shared.bobsCopy = std::move(*bobsCopy);
    return shared;
}

std::string psqlAs(const std::string& database, const std::string& user, const std::string& sql, int* status)
{
    std::string output;
    const int exit = sharedPgServer().psql(database, sql, user, &output);
    if (status) {
        *status = exit;
    }
    return output;
}

} // namespace lastmile::test
