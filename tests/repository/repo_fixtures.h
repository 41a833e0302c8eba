// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository/repository.h"
#include "support/pg_server.h"

#include <memory>
#include <string>

namespace lastmile::test {

// Login roles the tests connect as: two consultants and a reviewer (created once per server).
inline constexpr const char* kAlice = "alice";
inline constexpr const char* kBob = "bob";
inline constexpr const char* kRita = "rita";

// A new, empty database on the shared server; its name.
std::string freshDatabase();

// A new database initialized as a repository by the superuser, with alice and bob granted the
// consultant role and rita the reviewer role; its name.
std::string initializedRepository();

// A connection to `database` as `user` (the superuser when empty); the test fails if it cannot.
std::unique_ptr<repository::Repository> connectAs(const std::string& database, const std::string& user = "");

// An engagement alice added with `content` and shared with bob, and a working copy of it each.
struct SharedEngagement
{
    std::string database;
    std::unique_ptr<repository::Repository> alice;
    std::unique_ptr<repository::Repository> bob;
    std::string id;
    repository::PulledEngagement alicesCopy;
    repository::PulledEngagement bobsCopy;
};
SharedEngagement sharedEngagement(const repository::EngagementContent& content);

// Runs one SQL statement as `user` with psql and returns its output; "ERROR" and the exit status
// when it fails.
std::string psqlAs(const std::string& database, const std::string& user, const std::string& sql, int* status = nullptr);

} // namespace lastmile::test
