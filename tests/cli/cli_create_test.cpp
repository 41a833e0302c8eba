// SPDX-License-Identifier: Apache-2.0
// demo, generate, import, bank validate and the command line's own usage.
#include "run_cli.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using lastmile::test::readBytes;
using lastmile::test::runCli;
using lastmile::test::TempDir;
using lastmile::test::writeBytes;

TEST_CASE("cli: no command, an unknown command or a bad option is a usage error")
{
    CHECK(runCli({}).exitCode == 2);
    const auto unknown = runCli({"frobnicate"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("unknown command \"frobnicate\"") != std::string::npos);
    CHECK(runCli({"score", "--no-such-option", "x.lastmile"}).exitCode == 2);
    CHECK(runCli({"demo"}).exitCode == 2);
}

TEST_CASE("cli: --help lists every command and exits 0")
{
    const auto help = runCli({"--help"});
    CHECK(help.exitCode == 0);
    for (const char* command : {"demo", "generate", "check", "score", "answer", "export", "import", "bank"}) {
        CHECK(help.out.find(std::string("  ") + command) != std::string::npos);
    }
    const auto commandHelp = runCli({"answer", "--help"});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.find("--respondent") != std::string::npos);
}

TEST_CASE("cli: a command's --help names the program, not the path it was run from")
{
    for (const char* command : {"demo", "generate", "check", "score", "answer", "export", "import", "bank"}) {
        INFO(command);
        const auto help = runCli({command, "--help"});
        CHECK(help.exitCode == 0);
        CHECK(help.out.rfind(std::string("Usage: lastmile-cli ") + command + " ", 0) == 0);
        CHECK(help.out.find(LASTMILE_CLI) == std::string::npos);
    }
}

TEST_CASE("cli: an output in a folder that does not exist gets one line saying so")
{
    TempDir dir;
    REQUIRE(runCli({"demo", dir.file("demo.lastmile")}).exitCode == 0);
    REQUIRE(runCli({"export", dir.file("demo.lastmile"), "--output", dir.file("demo.json")}).exitCode == 0);
    const std::string folder = dir.file("no-such-folder");
    const std::vector<std::vector<std::string>> runs = {
        {"demo", folder + "/x.lastmile"},
        {"generate", folder + "/x.lastmile", "--initiatives", "1"},
        {"import", dir.file("demo.json"), "--output", folder + "/x.lastmile"},
        {"export", dir.file("demo.lastmile"), "--output", folder + "/x.json"},
        {"export", dir.file("demo.lastmile"), "-o", folder + "/x.csv"},
    };
    for (const auto& args : runs) {
        const std::string& output = args[0] == "demo" || args[0] == "generate" ? args[1] : args.back();
        INFO(args[0] << " " << output);
        const auto run = runCli(args);
        CHECK(run.exitCode == 3);
        REQUIRE(run.errLines().size() == 1);
        CHECK(run.errLines()[0] == output + ": the folder \"" + folder + "\" does not exist");
        CHECK(run.out.empty());
    }
    CHECK_FALSE(std::filesystem::exists(folder));
}

TEST_CASE("cli: demo writes a sound file and never overwrites one")
{
    TempDir dir;
    const std::string path = dir.file("demo.lastmile");
    REQUIRE(runCli({"demo", path}).exitCode == 0);
    const auto check = runCli({"check", path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.find("ok (5 initiatives, 2 rounds") != std::string::npos);

    const std::string bytes = readBytes(path);
    const auto again = runCli({"demo", path});
    CHECK(again.exitCode == 3);
    REQUIRE(again.errLines().size() == 1);
    CHECK(again.errLines()[0] == path + ": the file already exists; choose another name");
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("cli: generate is deterministic for a seed and checks its numbers")
{
    TempDir dir;
    const std::vector<std::string> size = {"--initiatives", "7", "--respondents", "3", "--rounds", "2"};
    auto args = [&](const std::string& out, const std::string& seed) {
        std::vector<std::string> all = {"generate", out, "--seed", seed};
        all.insert(all.end(), size.begin(), size.end());
        return all;
    };
    REQUIRE(runCli(args(dir.file("a.lastmile"), "5")).exitCode == 0);
    REQUIRE(runCli(args(dir.file("b.lastmile"), "5")).exitCode == 0);
    REQUIRE(runCli(args(dir.file("c.lastmile"), "6")).exitCode == 0);
    for (const char* name : {"a", "b", "c"}) {
        REQUIRE(runCli({"export", dir.file(std::string(name) + ".lastmile"), "--output",
                        dir.file(std::string(name) + ".json")})
                    .exitCode == 0);
    }
    CHECK(readBytes(dir.file("a.json")) == readBytes(dir.file("b.json")));
    CHECK(readBytes(dir.file("a.json")) != readBytes(dir.file("c.json")));
    const auto document = nlohmann::json::parse(readBytes(dir.file("a.json")));
    CHECK(document["initiatives"].size() == 7);
    CHECK(document["rounds"].size() == 2);
    CHECK(document["rounds"][0]["respondents"].size() == 3);

    CHECK(runCli({"generate", dir.file("d.lastmile"), "--initiatives", "0"}).exitCode == 2);
    CHECK(runCli({"generate", dir.file("d.lastmile"), "--rounds", "many"}).exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(dir.file("d.lastmile")));
}

TEST_CASE("cli: export then import round-trips a whole file")
{
    TempDir dir;
    REQUIRE(runCli({"demo", dir.file("demo.lastmile")}).exitCode == 0);
    REQUIRE(runCli({"export", dir.file("demo.lastmile"), "--output", dir.file("demo.json")}).exitCode == 0);
    REQUIRE(runCli({"import", dir.file("demo.json"), "--output", dir.file("copy.lastmile")}).exitCode == 0);
    REQUIRE(runCli({"export", dir.file("copy.lastmile"), "--output", dir.file("copy.json")}).exitCode == 0);
    CHECK(readBytes(dir.file("demo.json")) == readBytes(dir.file("copy.json")));
    CHECK(runCli({"score", dir.file("copy.lastmile"), "--format", "json"}).out ==
          runCli({"score", dir.file("demo.lastmile"), "--format", "json"}).out);
}

TEST_CASE("cli: import lists every problem with its JSON path and writes nothing")
{
    TempDir dir;
    REQUIRE(runCli({"demo", dir.file("demo.lastmile")}).exitCode == 0);
    REQUIRE(runCli({"export", dir.file("demo.lastmile"), "--output", dir.file("demo.json")}).exitCode == 0);
    auto document = nlohmann::json::parse(readBytes(dir.file("demo.json")));
    document["rounds"][0]["answers"][3]["level"] = 9;
    document["initiatives"][2]["id"] = 1;
    writeBytes(dir.file("bad.json"), document.dump());

    const auto run = runCli({"import", dir.file("bad.json"), "--output", dir.file("out.lastmile")});
    CHECK(run.exitCode == 3);
    const auto lines = run.errLines();
    REQUIRE(lines.size() >= 2);
    const std::string prefix = dir.file("bad.json") + ": ";
    bool level = false;
    bool duplicate = false;
    for (const std::string& line : lines) {
        CHECK(line.rfind(prefix, 0) == 0);
        level = level || line.find("/rounds/0/answers/3/level: value out of range: 9") != std::string::npos;
        duplicate = duplicate || line.find("/initiatives/2/id: duplicate id \"1\"") != std::string::npos;
    }
    CHECK(level);
    CHECK(duplicate);
    CHECK_FALSE(std::filesystem::exists(dir.file("out.lastmile")));

    writeBytes(dir.file("broken.json"), "{\"format\": ");
    const auto broken = runCli({"import", dir.file("broken.json"), "--output", dir.file("out.lastmile")});
    CHECK(broken.exitCode == 3);
    CHECK(broken.errLines().size() == 1);
    CHECK_FALSE(std::filesystem::exists(dir.file("out.lastmile")));
}

TEST_CASE("cli: bank validate counts one friction and one question in the singular")
{
    TempDir dir;
    auto bank = nlohmann::json::parse(readBytes(LASTMILE_CORE_BANK));
    auto& frictions = bank["frictions"];
    frictions.erase(frictions.begin() + 1, frictions.end());
    auto& questions = bank["frictions"][0]["questions"];
    questions.erase(questions.begin() + 1, questions.end());
    writeBytes(dir.file("one.json"), bank.dump());
    const auto run = runCli({"bank", "validate", dir.file("one.json")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.find(": 1 friction, 1 question\n") != std::string::npos);
}

TEST_CASE("cli: bank validate accepts the shipped bank and lists every problem of a bad one")
{
    const auto good = runCli({"bank", "validate", LASTMILE_CORE_BANK});
    CHECK(good.exitCode == 0);
    CHECK(good.out.find("7 frictions, 63 questions") != std::string::npos);

    TempDir dir;
    auto bank = nlohmann::json::parse(readBytes(LASTMILE_CORE_BANK));
    bank["frictions"][0]["questions"][1]["weight"] = 0;
    bank["frictions"][1]["questions"][0]["levels"].erase(4);
    bank["frictions"][2]["id"] = "pilot_proliferation";
    writeBytes(dir.file("bad.json"), bank.dump());
    const auto bad = runCli({"bank", "validate", dir.file("bad.json")});
    CHECK(bad.exitCode == 3);
    const auto lines = bad.errLines();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].find("/frictions/0/questions/1/weight: weight must be a number above 0") != std::string::npos);
    CHECK(lines[1].find("/frictions/1/questions/0/levels: must have exactly 5 levels (0 to 4), found 4") !=
          std::string::npos);
    CHECK(lines[2].find("/frictions/2/id: duplicate id \"pilot_proliferation\"") != std::string::npos);

    CHECK(runCli({"bank", "validate", dir.file("missing.json")}).exitCode == 3);
    CHECK(runCli({"bank", "frobnicate", dir.file("bad.json")}).exitCode == 2);
}
