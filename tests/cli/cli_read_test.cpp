// SPDX-License-Identifier: Apache-2.0
// check, score and export: they read a file and never change it.
#include "run_cli.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using lastmile::test::readBytes;
using lastmile::test::runCli;
using lastmile::test::TempDir;
using lastmile::test::writeBytes;

namespace {

std::string demo(const TempDir& dir)
{
    const std::string path = dir.file("demo.lastmile");
    REQUIRE(runCli({"demo", path}).exitCode == 0);
    return path;
}

// A file with one initiative, one round and one answer, made from the demo through import.
std::string tinyFile(const TempDir& dir, const std::string& organization)
{
    const std::string path = demo(dir);
    const std::string json = dir.file("demo.json");
    REQUIRE(runCli({"export", path, "--output", json}).exitCode == 0);
    auto document = nlohmann::json::parse(readBytes(json));
    document["organization"]["name"] = organization;
    const auto initiative = document["initiatives"][0];
    const std::int64_t id = initiative["id"];
    document["initiatives"] = nlohmann::json::array({initiative});
    auto round = document["rounds"][0];
    nlohmann::json answer;
    for (const auto& item : round["answers"]) {
        if (item["initiative"] == id) {
            answer = item;
            break;
        }
    }
    REQUIRE(answer.is_object());
    round["answers"] = nlohmann::json::array({answer});
    round["consensus"] = nlohmann::json::array();
    document["rounds"] = nlohmann::json::array({round});
    for (const char* list : {"actions", "targets"}) {
        nlohmann::json kept = nlohmann::json::array();
        for (const auto& item : document[list]) {
            if (item["initiative"] == id) {
                kept.push_back(item);
            }
        }
        document[list] = kept;
    }
    writeBytes(dir.file("tiny.json"), document.dump());
    const std::string tiny = dir.file("tiny.lastmile");
    REQUIRE(runCli({"import", dir.file("tiny.json"), "--output", tiny}).exitCode == 0);
    return tiny;
}

} // namespace

TEST_CASE("cli: check counts in the singular and the plural")
{
    TempDir dir;
    const std::string tiny = tinyFile(dir, "Northgate Distribution");
    const auto one = runCli({"check", tiny});
    CHECK(one.exitCode == 0);
    CHECK(one.out == tiny + ": ok (1 initiative, 1 round, 1 answer)\n");
    const auto many = runCli({"check", dir.file("demo.lastmile")});
    CHECK(many.exitCode == 0);
    CHECK(many.out.find(": ok (5 initiatives, 2 rounds, ") != std::string::npos);
    CHECK(many.out.find(" answers)\n") != std::string::npos);
}

TEST_CASE("cli: the score table of an organization without a name does not start with a comma")
{
    TempDir dir;
    const auto run = runCli({"score", tinyFile(dir, "")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.rfind("(organization not named), round \"2026-Q1 workshop\"", 0) == 0);
}

TEST_CASE("cli: score prints every initiative and friction of the latest round")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::string bytes = readBytes(path);
    const auto table = runCli({"score", path});
    CHECK(table.exitCode == 0);
    CHECK(table.out.find("round \"2026-Q3 workshop\"") != std::string::npos);
    CHECK(table.out.find("AI order management") != std::string::npos);
    CHECK(table.out.find("Portfolio") != std::string::npos);
    CHECK(table.out.find("ET Efficiency trap") != std::string::npos);
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("cli: score as JSON carries scores, bands and coverage within their ranges")
{
    TempDir dir;
    const std::string path = demo(dir);
    const auto run = runCli({"score", path, "--round", "2026-Q1 workshop", "--format", "json"});
    REQUIRE(run.exitCode == 0);
    const auto document = nlohmann::json::parse(run.out);
    CHECK(document["round"]["name"] == "2026-Q1 workshop");
    REQUIRE(document["initiatives"].size() == 5);
    for (const auto& initiative : document["initiatives"]) {
        REQUIRE(initiative["frictions"].size() == 7);
        for (const auto& friction : initiative["frictions"]) {
            const double score = friction["score"];
            CHECK(score >= 0.0);
            CHECK(score <= 100.0);
            CHECK(friction["coverage"].get<double>() <= 1.0);
        }
    }
    // The order-management initiative of the demo is the rolled-back one, high on every friction.
    CHECK(document["initiatives"][0]["frictions"][6]["band"] == "critical");
}

TEST_CASE("cli: score figures do not depend on the locale")
{
    TempDir dir;
    const std::string path = demo(dir);
    const auto c = runCli({"score", path, "--format", "csv"}, "C.UTF-8");
    const auto german = runCli({"score", path, "--format", "csv"}, "de_DE.UTF-8");
    REQUIRE(c.exitCode == 0);
    CHECK(c.out == german.out);
    CHECK(c.out.rfind("round,initiative_id,initiative,readiness,friction_id", 0) == 0);
}

TEST_CASE("cli: score refuses an unknown round or format")
{
    TempDir dir;
    const std::string path = demo(dir);
    const auto round = runCli({"score", path, "--round", "1999 workshop"});
    CHECK(round.exitCode == 3);
    CHECK(round.err == path + ": no round \"1999 workshop\"\n");
    CHECK(runCli({"score", path, "--format", "xml"}).exitCode == 2);
}

TEST_CASE("cli: every kind of bad file gets one line naming the file and the reason")
{
    TempDir dir;
    const std::string good = demo(dir);
    struct Case
    {
        std::string name;
        std::string expected;
    };
    const std::string notes = dir.file("notes.lastmile");
    writeBytes(notes, "meeting notes\n");
    const std::string foreign = dir.file("foreign.lastmile");
    {
        SQLite::Database db(foreign, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE t (x)");
    }
    const std::string newer = dir.file("newer.lastmile");
    std::filesystem::copy_file(good, newer);
    {
        SQLite::Database db(newer, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 7");
    }
    const std::string truncated = dir.file("truncated.lastmile");
    const std::string bytes = readBytes(good);
    writeBytes(truncated, bytes.substr(0, bytes.size() / 3));
    const std::string missing = dir.file("missing.lastmile");

    for (const Case& item : {Case{notes, "not a Lastmile file; check that you chose the right file"},
                             Case{notes, "(it is not an SQLite database)"},
                             Case{foreign, "not a Lastmile file (it belongs to another application)"},
                             Case{newer, "newer version of Lastmile (file format 7)"}, Case{truncated, "damaged"},
                             Case{missing, "no such file"}}) {
        for (const char* command : {"check", "score", "export"}) {
            INFO(item.name << " " << command);
            const std::string before = readBytes(item.name);
            std::vector<std::string> args = {command, item.name};
            if (std::string(command) == "export") {
                args.insert(args.end(), {"--output", dir.file("out.json")});
            }
            const auto run = runCli(args);
            CHECK(run.exitCode == 3);
            REQUIRE(run.errLines().size() == 1);
            CHECK(run.errLines()[0].rfind(item.name + ": ", 0) == 0);
            CHECK(run.errLines()[0].find(item.expected) != std::string::npos);
            CHECK(readBytes(item.name) == before);
            CHECK_FALSE(std::filesystem::exists(dir.file("out.json")));
        }
    }
}

TEST_CASE("cli: export to CSV writes one row per answer with formula-like cells neutralized")
{
    TempDir dir;
    const std::string path = demo(dir);
    REQUIRE(runCli({"answer", path, "--round", "2026-Q1 workshop", "--initiative", "AI order management", "--question",
                    "pp_pilot_count", "--respondent", "1", "--level", "2", "--note", "=HYPERLINK(\"http://x\")"})
                .exitCode == 0);
    REQUIRE(runCli({"answer", path, "--round", "2026-Q1 workshop", "--initiative", "AI order management", "--question",
                    "pp_pilot_count", "--respondent", "2", "--level", "3", "--note", "Revue de l'équipe à Montréal"})
                .exitCode == 0);
    REQUIRE(runCli({"export", path, "--output", dir.file("answers.csv")}).exitCode == 0);
    const std::string csv = readBytes(dir.file("answers.csv"));
    // A UTF-8 byte-order mark first, so spreadsheet programs read the accents as UTF-8.
    CHECK(csv.rfind("\xEF\xBB\xBFround,initiative_id,initiative,friction_id", 0) == 0);
    CHECK(csv.find("\xEF\xBB\xBF", 3) == std::string::npos);
    CHECK(csv.find(",Revue de l'équipe à Montréal,") != std::string::npos);
    CHECK(csv.find("\"'=HYPERLINK(\"\"http://x\"\")\"") != std::string::npos);
    CHECK(csv.find(",=") == std::string::npos);
    CHECK(runCli({"export", path, "--output", dir.file("answers.txt")}).exitCode == 2);
}
