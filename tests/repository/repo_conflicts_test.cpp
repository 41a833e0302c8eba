// SPDX-License-Identifier: Apache-2.0
// Conflicts listed and resolved by a person: the repository's API and lastmile-cli repo conflicts
// and repo resolve, against a real PostgreSQL server.
#include "cli/run_cli.h"
#include "repo_fixtures.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::test;

namespace {

// Alice's office copy and bob's workshop copy of one engagement, with two conflicting answers
// (respondents 1 and 2) recorded by bob's sync; the engagement's id.
struct TwoCopies
{
    std::string database = initializedRepository();
    TempDir folder;
    std::string office = writeDemoFile(folder.file("office.lastmile"));
    std::string workshop = folder.file("workshop.lastmile");
    std::string id;

    TwoCopies()
    {
        const CliRun pushed = runCli({"repo", "push", office, cliAddress(database, kAlice)});
        REQUIRE(pushed.exitCode == 0);
        id = pushed.out.substr(pushed.out.find("as engagement ") + 14, 36);
        REQUIRE(psqlAs(database, kAlice, "SELECT lastmile.add_member('" + id + "', 'bob')").size() > 0);
        REQUIRE(runCli({"repo", "pull", cliAddress(database, kBob), id, "--output", workshop}).exitCode == 0);
        answerWithCli(workshop, "1", "0", "workshop one");
        answerWithCli(workshop, "2", "1", "workshop two");
        answerWithCli(office, "1", "4", "office one");
        answerWithCli(office, "2", "3", "office two");
        REQUIRE(runCli({"repo", "sync", office}).exitCode == 0);
        REQUIRE(runCli({"repo", "sync", workshop}).exitCode == 5);
        REQUIRE(runCli({"repo", "sync", office}).exitCode == 0);
    }

    std::string note(int respondent) const
    {
        return psqlAs(database, kAlice,
                      "SELECT note FROM lastmile.answer WHERE round_id = 1 AND initiative_id = 1 AND question_id = "
                      "'ac_data_quality' AND respondent_id = " +
                          std::to_string(respondent));
    }

    std::int64_t conflictId(int respondent) const
    {
        return std::stoll(psqlAs(database, kAlice,
                                 "SELECT id FROM lastmile.conflict WHERE row_key = '1/1/ac_data_quality/" +
                                     std::to_string(respondent) + "'"));
    }
};

} // namespace

TEST_CASE("the repository lists open conflicts with both values and who made them, and counts them")
{
    TwoCopies copies;
    auto bob = connectAs(copies.database, kBob);
    const auto open = bob->conflicts(copies.id);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 2);
    const repository::OpenConflict& first = open->front();
    CHECK(first.kind == "both_changed");
    CHECK(first.table == "answer");
    CHECK(first.key == "1/1/ac_data_quality/1");
    CHECK(first.local.find("workshop one") != std::string::npos);
    CHECK(first.remote.find("office one") != std::string::npos);
    CHECK(first.kept == "remote");
    CHECK(first.localBy == "bob");
    CHECK(first.remoteBy == "alice");
    CHECK(first.localAt.size() == 20);
    CHECK(first.remoteAt.size() == 20);

    const auto counts = connectAs(copies.database, kRita)->openConflictCounts();
    REQUIRE(counts.ok());
    REQUIRE(counts->size() == 1);
    CHECK(counts->front() == std::pair<std::string, std::int64_t>(copies.id, 2));

    // A reviewer sees them but cannot resolve one; an unknown number is refused.
    auto rita = connectAs(copies.database, kRita);
    const auto refused = rita->resolveConflict(copies.id, first.id, repository::ConflictSide::Local);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == repository::ErrorCode::Denied);
    const auto unknown = bob->resolveConflict(copies.id, 999999, repository::ConflictSide::Local);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == repository::ErrorCode::UnknownConflict);
    CHECK(bob->conflicts(copies.id)->size() == 2);
}

TEST_CASE("repo conflicts lists each open conflict in words; repo resolve keeps the chosen value on both sides")
{
    TwoCopies copies;
    const CliRun listed = runCli({"repo", "conflicts", copies.workshop});
    INFO(listed.err);
    CHECK(listed.exitCode == 5);
    const std::string one = std::to_string(copies.conflictId(1));
    CHECK(listed.out.find(one + "  answer of “") != std::string::npos);
    CHECK(listed.out.find("    mine (--mine, bob at ") != std::string::npos);
    CHECK(listed.out.find("level 0; note: workshop one") != std::string::npos);
    CHECK(listed.out.find("    the repository's (--theirs, alice at ") != std::string::npos);
    CHECK(listed.out.find("level 4; note: office one") != std::string::npos);

    // Bob keeps his value for respondent 1 and the repository's for respondent 2.
    const CliRun mine = runCli({"repo", "resolve", copies.workshop, one, "--mine"});
    INFO(mine.err);
    CHECK(mine.exitCode == 0);
    CHECK(mine.out.find("conflict " + one + " resolved: your value was kept") != std::string::npos);
    const std::string two = std::to_string(copies.conflictId(2));
    CHECK(runCli({"repo", "resolve", copies.workshop, two, "--theirs"}).exitCode == 0);
    REQUIRE(runCli({"repo", "sync", copies.office}).exitCode == 0);

    CHECK(copies.note(1) == "workshop one\n");
    CHECK(copies.note(2) == "office two\n");
    CHECK(exportedJson(copies.folder.path().string(), copies.office) ==
          exportedJson(copies.folder.path().string(), copies.workshop));
    CHECK(psqlAs(copies.database, kAlice, "SELECT kept || ' ' || resolved_by FROM lastmile.conflict ORDER BY id") ==
          "local bob\nremote bob\n");
    const CliRun none = runCli({"repo", "conflicts", copies.office});
    CHECK(none.exitCode == 0);
    CHECK(none.out.empty());
}

TEST_CASE("repo resolve refuses what it cannot do and changes nothing")
{
    TwoCopies copies;
    const std::string before = exportedJson(copies.folder.path().string(), copies.workshop);
    const std::string one = std::to_string(copies.conflictId(1));
    CHECK(runCli({"repo", "resolve", copies.workshop, one}).exitCode == 2);
    CHECK(runCli({"repo", "resolve", copies.workshop, one, "--mine", "--theirs"}).exitCode == 2);
    CHECK(runCli({"repo", "resolve", copies.workshop, "first", "--mine"}).exitCode == 2);
    CHECK(runCli({"repo", "conflicts", copies.workshop, "--mine"}).exitCode == 2);
    const CliRun unknown = runCli({"repo", "resolve", copies.workshop, "999999", "--mine"});
    CHECK(unknown.exitCode == 4);
    CHECK(unknown.err.find("the engagement has no open conflict 999999") != std::string::npos);
    CHECK(exportedJson(copies.folder.path().string(), copies.workshop) == before);
    CHECK(copies.note(1) == "office one\n");
    CHECK(psqlAs(copies.database, kAlice, "SELECT count(*) FROM lastmile.conflict WHERE resolved_at IS NULL") == "2\n");

    const std::string plain = writeDemoFile(copies.folder.file("plain.lastmile"));
    const CliRun notCopy = runCli({"repo", "conflicts", plain});
    CHECK(notCopy.exitCode == 3);
    CHECK(notCopy.err.find("the file is not a working copy") != std::string::npos);
}
