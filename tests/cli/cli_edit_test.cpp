// SPDX-License-Identifier: Apache-2.0
// answer: the one command that changes a file, and everything that must stop it.
#include "run_cli.h"
#include "storage/assessment_file.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

using lastmile::test::readBytes;
using lastmile::test::runCli;
using lastmile::test::TempDir;

namespace {

const std::string kRound = "2026-Q3 workshop";
const std::string kInitiative = "Route planning assistant";

std::string demo(const TempDir& dir)
{
    const std::string path = dir.file("demo.lastmile");
    REQUIRE(runCli({"demo", path}).exitCode == 0);
    return path;
}

nlohmann::json exported(const TempDir& dir, const std::string& path)
{
    const std::string out = dir.file("export.json");
    REQUIRE(runCli({"export", path, "--output", out}).exitCode == 0);
    return nlohmann::json::parse(readBytes(out));
}

const nlohmann::json* findAnswer(const nlohmann::json& round, std::int64_t initiative, const std::string& question,
                                 std::int64_t respondent)
{
    for (const auto& answer : round["answers"]) {
        if (answer["initiative"] == initiative && answer["question"] == question &&
            answer["respondent"] == respondent) {
            return &answer;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("cli: answer records a respondent's answer, keeping its note unless given a new one")
{
    TempDir dir;
    const std::string path = demo(dir);
    auto before = exported(dir, path);
    const auto& round = before["rounds"][1];
    const std::int64_t respondent = round["respondents"][0]["id"];
    const std::string respondentName = round["respondents"][0]["name"];

    REQUIRE(runCli({"answer", path, "--round", kRound, "--initiative", kInitiative, "--question", "pg_team_baseline",
                    "--respondent", respondentName, "--level", "4", "--note", "Baseline signed off"})
                .exitCode == 0);
    REQUIRE(runCli({"answer", path, "--round", kRound, "--initiative", "5", "--question", "pg_team_baseline",
                    "--respondent", std::to_string(respondent), "--level", "3"})
                .exitCode == 0);
    const auto after = exported(dir, path);
    const auto* answer = findAnswer(after["rounds"][1], 5, "pg_team_baseline", respondent);
    REQUIRE(answer);
    CHECK((*answer)["kind"] == "level");
    CHECK((*answer)["level"] == 3);
    CHECK((*answer)["note"] == "Baseline signed off");
}

TEST_CASE("cli: answer without a respondent sets the facilitator's consensus; na takes a reason")
{
    TempDir dir;
    const std::string path = demo(dir);
    REQUIRE(runCli({"answer", path, "--round", kRound, "--initiative", kInitiative, "--question", "ac_network_access",
                    "--level", "na", "--reason", "No plant network"})
                .exitCode == 0);
    const auto after = exported(dir, path);
    bool found = false;
    for (const auto& consensus : after["rounds"][1]["consensus"]) {
        if (consensus["initiative"] == 5 && consensus["question"] == "ac_network_access") {
            found = true;
            CHECK(consensus["kind"] == "na");
            CHECK(consensus["reason"] == "No plant network");
        }
    }
    CHECK(found);
    CHECK(runCli({"answer", path, "--round", kRound, "--initiative", kInitiative, "--question", "ac_network_access",
                  "--level", "2", "--reason", "why"})
              .exitCode == 2);
}

TEST_CASE("cli: answer refuses what names nothing and leaves the file byte for byte")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::string bytes = readBytes(path);
    struct Case
    {
        std::vector<std::string> args;
        int exitCode;
        std::string message;
    };
    const std::vector<std::string> base = {"answer", path};
    const std::vector<Case> cases = {
        {{"--round", "nope", "--initiative", kInitiative, "--question", "pp_pilot_count", "--level", "1"},
         3,
         "no round \"nope\""},
        {{"--round", kRound, "--initiative", "Moon base", "--question", "pp_pilot_count", "--level", "1"},
         3,
         "no initiative \"Moon base\""},
        {{"--round", kRound, "--initiative", kInitiative, "--question", "zz_none", "--level", "1"},
         3,
         "no question \"zz_none\""},
        {{"--round", kRound, "--initiative", kInitiative, "--question", "pp_pilot_count", "--level", "1",
          "--respondent", "Nobody"},
         3,
         "no respondent \"Nobody\""},
        {{"--round", kRound, "--initiative", kInitiative, "--question", "pp_pilot_count", "--level", "5"},
         2,
         "--level takes"},
        {{"--round", kRound, "--initiative", kInitiative, "--level", "1"}, 2, "--question is required"},
        {{"--round", kRound, "--initiative", kInitiative, "--question", "pp_pilot_count", "--level", "1", "--evidence",
          "Minutes of the steering group"},
         2,
         "--evidence goes with --respondent"},
        {{"--round", kRound, "--initiative", kInitiative, "--question", "pp_pilot_count", "--level", "1",
          "--evidence="},
         2,
         "--evidence goes with --respondent"},
    };
    for (const Case& item : cases) {
        std::vector<std::string> args = base;
        args.insert(args.end(), item.args.begin(), item.args.end());
        const auto run = runCli(args);
        INFO(item.message);
        CHECK(run.exitCode == item.exitCode);
        CHECK(run.err.find(item.message) != std::string::npos);
        CHECK(readBytes(path) == bytes);
    }
}

TEST_CASE("cli: answer is refused for a read-only file and for a file open in another writer")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::vector<std::string> args = {"answer",    path,         "--round",        kRound,    "--initiative",
                                           kInitiative, "--question", "pp_pilot_count", "--level", "1"};
    {
        auto writer = lastmile::storage::AssessmentFile::open(path, lastmile::storage::OpenMode::ReadWrite);
        REQUIRE(writer.ok());
        const auto run = runCli(args);
        CHECK(run.exitCode == 3);
        CHECK(run.err.find("open for writing in another Lastmile window or process") != std::string::npos);
    }
    REQUIRE(::chmod(path.c_str(), 0444) == 0);
    const std::string bytes = readBytes(path);
    const auto run = runCli(args);
    CHECK(run.exitCode == 3);
    CHECK(run.err == path + ": the file or its folder cannot be written; open it read-only or copy it somewhere "
                            "writable\n");
    CHECK(readBytes(path) == bytes);
    CHECK(runCli({"score", path}).exitCode == 0);
}
