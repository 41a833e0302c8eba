// SPDX-License-Identifier: Apache-2.0
// lastmile-cli repo against a real PostgreSQL server, driven as a user's script would.
#include "cli/run_cli.h"
#include "repo_fixtures.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

using namespace lastmile;
using namespace lastmile::test;

namespace {

std::string address(const std::string& database, const std::string& user)
{
    return cliAddress(database, user);
}

std::string exported(const TempDir& folder, const std::string& file)
{
    return exportedJson(folder.path().string(), file);
}

void answer(const std::string& file, const std::string& respondent, const std::string& level, const std::string& note)
{
    answerWithCli(file, respondent, level, note);
}

// The engagement's id as `repo push` printed it.
std::string pushedId(const CliRun& run)
{
    const std::string marker = "as engagement ";
    const auto at = run.out.find(marker);
    REQUIRE(at != std::string::npos);
    return run.out.substr(at + marker.size(), 36);
}

} // namespace

TEST_CASE("repo push, pull and sync: the working copies export the same JSON as the original")
{
    const std::string database = initializedRepository();
    TempDir folder;
    const std::string original = writeDemoFile(folder.file("client.lastmile"));
    const std::string before = exported(folder, original);

    const CliRun pushed = runCli({"repo", "push", original, address(database, kAlice)});
    INFO(pushed.err);
    REQUIRE(pushed.exitCode == 0);
    CHECK(exported(folder, original) == before);

    const CliRun listed = runCli({"repo", "list", address(database, kAlice)});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.find(pushedId(pushed) + "  Northgate Distribution  (2 rounds; changed by alice") !=
          std::string::npos);

    const std::string copy = folder.file("copy.lastmile");
    const CliRun pulled =
        runCli({"repo", "pull", address(database, kAlice), "Northgate Distribution", "--output", copy});
    INFO(pulled.err);
    REQUIRE(pulled.exitCode == 0);
    CHECK(exported(folder, copy) == before);

    const CliRun synced = runCli({"repo", "sync", copy});
    REQUIRE(synced.exitCode == 0);
    CHECK(synced.out.find("0 changes sent, 0 changes received") != std::string::npos);
    CHECK(exported(folder, copy) == before);

    // A pull never replaces a file.
    const CliRun again = runCli({"repo", "pull", address(database, kAlice), pushedId(pushed), "--output", copy});
    CHECK(again.exitCode == 3);
    CHECK(exported(folder, copy) == before);
}

TEST_CASE("two consultants, one offline: after syncing both have every answer and the conflict is kept")
{
    const std::string database = initializedRepository();
    TempDir folder;
    const std::string office = writeDemoFile(folder.file("office.lastmile"));
    const CliRun pushed = runCli({"repo", "push", office, address(database, kAlice)});
    REQUIRE(pushed.exitCode == 0);
    const std::string id = pushedId(pushed);
    REQUIRE(psqlAs(database, kAlice, "SELECT lastmile.add_member('" + id + "', 'bob')").size() > 0);
    const std::string workshop = folder.file("workshop.lastmile");
    REQUIRE(runCli({"repo", "pull", address(database, kBob), id, "--output", workshop}).exitCode == 0);

    // Offline at the workshop, bob answers for respondents 1 and 2; in the office alice changes respondent 1 too.
    answer(workshop, "1", "0", "workshop");
    answer(workshop, "2", "3", "workshop");
    answer(office, "1", "4", "office");
    REQUIRE(runCli({"repo", "sync", office}).exitCode == 0);

    const CliRun bobSync = runCli({"repo", "sync", workshop});
    CHECK(bobSync.exitCode == 5);
    CHECK(bobSync.out.find("conflict: answer 1/1/ac_data_quality/1: changed here and in the repository; the "
                           "repository's value was kept; yours is kept with the conflict (the repository's value by "
                           "alice at ") != std::string::npos);
    REQUIRE(runCli({"repo", "sync", office}).exitCode == 0);
    CHECK(exported(folder, office) == exported(folder, workshop));
    CHECK(psqlAs(database, kBob,
                 "SELECT kind || ' ' || kept || ' ' || (local_value->>'note') || ' ' || (remote_value->>'note') || ' ' "
                 "|| local_by || ' ' || remote_by FROM lastmile.conflict") ==
          "both_changed remote workshop office bob alice\n");
    CHECK(psqlAs(database, kBob,
                 "SELECT note FROM lastmile.answer WHERE round_id = 1 AND initiative_id = 1 AND question_id = "
                 "'ac_data_quality' AND respondent_id IN (1, 2) ORDER BY respondent_id") == "office\nworkshop\n");

    // Changing the row again resolves the conflict.
    answer(workshop, "1", "2", "agreed");
    REQUIRE(runCli({"repo", "sync", workshop}).exitCode == 0);
    CHECK(psqlAs(database, kBob, "SELECT resolved_by FROM lastmile.conflict") == "bob\n");
}

TEST_CASE("a reviewer lists and pulls every engagement but cannot push or sync a change")
{
    const std::string database = initializedRepository();
    TempDir folder;
    const std::string file = writeDemoFile(folder.file("client.lastmile"));
    REQUIRE(runCli({"repo", "push", file, address(database, kAlice)}).exitCode == 0);

    const CliRun listed = runCli({"repo", "list", address(database, kRita)});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.find("Northgate Distribution") != std::string::npos);
    CHECK(runCli({"repo", "list", address(database, kBob)}).out.empty());

    const std::string other = writeDemoFile(folder.file("other.lastmile"));
    const CliRun refused = runCli({"repo", "push", other, address(database, kRita)});
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.find("your role may not do this in the repository") != std::string::npos);
    CHECK(readBytes(other).size() > 0);

    const std::string copy = folder.file("review.lastmile");
    REQUIRE(runCli({"repo", "pull", address(database, kRita), "Northgate Distribution", "--output", copy}).exitCode ==
            0);
    answer(copy, "1", "0", "reviewer");
    const std::string copyBytes = readBytes(copy);
    const CliRun sync = runCli({"repo", "sync", copy});
    CHECK(sync.exitCode == 4);
    CHECK(readBytes(copy) == copyBytes);
    CHECK(psqlAs(database, kAlice, "SELECT count(*) FROM lastmile.answer WHERE note = 'reviewer'") == "0\n");
}

TEST_CASE("a sync the server fails halfway leaves the working copy and the repository as they were")
{
    const std::string database = initializedRepository();
    TempDir folder;
    const std::string file = writeDemoFile(folder.file("client.lastmile"));
    REQUIRE(runCli({"repo", "push", file, address(database, kAlice)}).exitCode == 0);
    // The server refuses a row in the middle of the merge's writes.
    REQUIRE(sharedPgServer().psql(database, R"SQL(
CREATE FUNCTION lastmile.refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.note = 'poison' THEN RAISE EXCEPTION 'refused by the test'; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON lastmile.answer FOR EACH ROW EXECUTE FUNCTION lastmile.refuse();
)SQL") == 0);
    answer(file, "1", "4", "fine");
    answer(file, "2", "4", "poison");
    const std::string bytes = readBytes(file);
    const CliRun failed = runCli({"repo", "sync", file}); // a good answer and the refused one in one merge
    CHECK(failed.exitCode == 4);
    CHECK(failed.err.find("refused by the test") != std::string::npos);
    CHECK(psqlAs(database, kAlice, "SELECT count(*) FROM lastmile.answer WHERE note IN ('fine', 'poison')") == "0\n");
    CHECK(psqlAs(database, kAlice, "SELECT max(rev) FROM lastmile.answer") == "1\n");
    CHECK(readBytes(file) == bytes);
    const auto parts = std::distance(std::filesystem::directory_iterator(folder.path()), {});
    CHECK(parts == 1); // no half-written working copy left beside it

    // Once the server accepts it, the same working copy syncs.
    REQUIRE(sharedPgServer().psql(database, "DROP TRIGGER refuse ON lastmile.answer") == 0);
    REQUIRE(runCli({"repo", "sync", file}).exitCode == 0);
    CHECK(psqlAs(database, kAlice, "SELECT count(*) FROM lastmile.answer WHERE note IN ('fine', 'poison')") == "2\n");
}

TEST_CASE("repo sync of a file that is not a working copy, and repo commands without a repository, say why")
{
    const std::string database = freshDatabase();
    TempDir folder;
    const std::string file = writeDemoFile(folder.file("client.lastmile"));
    const CliRun sync = runCli({"repo", "sync", file});
    CHECK(sync.exitCode == 3);
    CHECK(sync.err.find("the file is not a working copy of a repository") != std::string::npos);
    const CliRun list = runCli({"repo", "list", address(database, "")});
    CHECK(list.exitCode == 4);
    CHECK(list.err.find("there is no Lastmile repository in this database yet") != std::string::npos);
    const CliRun unreachable = runCli({"repo", "list", "postgresql:///x?host=/nonexistent&user=a&password=s3cret"});
    CHECK(unreachable.exitCode == 4);
    CHECK(unreachable.err.find("cannot connect to the repository") != std::string::npos);
    CHECK(unreachable.err.find("s3cret") == std::string::npos);
    CHECK(runCli({"repo", "pull", address(database, ""), "x"}).exitCode == 2);
    CHECK(runCli({"repo", "frobnicate"}).exitCode == 2);
}

TEST_CASE("repo sync killed with SIGKILL at random moments leaves both sides consistent, and the next sync converges")
{
    const std::string database = initializedRepository();
    TempDir folder;
    const std::string file = writeDemoFile(folder.file("client.lastmile"));
    REQUIRE(runCli({"repo", "push", file, address(database, kAlice)}).exitCode == 0);
    std::mt19937 random(7);
    std::vector<std::string> notes;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const std::string note = "attempt " + std::to_string(attempt);
        answer(file, std::to_string(1 + attempt % 2), std::to_string(attempt % 5), note);
        notes.push_back(note);
        const pid_t child = ::fork();
        if (child == 0) {
            ::execl(LASTMILE_CLI, LASTMILE_CLI, "repo", "sync", file.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::usleep(static_cast<useconds_t>(random() % 1500000));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        // Whatever the moment, the file is a sound Lastmile file and still a working copy.
        const CliRun check = runCli({"check", file});
        INFO(check.err);
        CHECK(check.exitCode == 0);
    }
    // The next sync converges: the file, the repository and a fresh pull agree, and no edit was lost.
    const CliRun synced = runCli({"repo", "sync", file});
    INFO(synced.err);
    REQUIRE(synced.exitCode == 0);
    const std::string fresh = folder.file("fresh.lastmile");
    REQUIRE(runCli({"repo", "pull", address(database, kAlice), "Northgate Distribution", "--output", fresh}).exitCode ==
            0);
    CHECK(exported(folder, fresh) == exported(folder, file));
    const std::string last = notes.back();
    CHECK(psqlAs(database, kAlice, "SELECT count(*) FROM lastmile.answer WHERE note = '" + last + "'") == "1\n");
    CHECK(psqlAs(database, kAlice, "SELECT count(*) FROM lastmile.conflict") == "0\n");
}
