// SPDX-License-Identifier: Apache-2.0
// session: what it prints, what it refuses, and that it leaves nothing behind at the end of input.
#include "run_cli.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>

using lastmile::test::readBytes;
using lastmile::test::runCli;
using lastmile::test::TempDir;

namespace {

const std::string kRound = "2026-Q3 workshop";
const std::string kInitiative = "Route planning assistant";

} // namespace

TEST_CASE("cli: session prints its address and code, writes the QR code, and ends with its input")
{
    TempDir dir;
    const std::string path = dir.file("demo.lastmile");
    REQUIRE(runCli({"demo", path}).exitCode == 0);
    const std::string before = readBytes(path);
    const std::string png = dir.file("join.png");
    // The test's stdin is empty: the session ends at once, as after "quit".
    const auto run = runCli({"session", path, "--round", kRound, "--initiative", kInitiative, "--qr", png});
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK(run.out.rfind("url: http://127.0.0.1:", 0) == 0);
    CHECK(run.out.find("/?code=") != std::string::npos);
    CHECK(run.out.find("\ncode: ") != std::string::npos);
    CHECK(readBytes(png).substr(1, 3) == "PNG");
    CHECK_FALSE(std::filesystem::exists(path + ".session"));
    CHECK(readBytes(path) == before);
}

TEST_CASE("cli: session refuses what it cannot serve, and changes nothing")
{
    TempDir dir;
    const std::string path = dir.file("demo.lastmile");
    REQUIRE(runCli({"demo", path}).exitCode == 0);
    CHECK(runCli({"session", path, "--initiative", kInitiative}).exitCode == 2);
    CHECK(runCli({"session", path, "--round", kRound, "--initiative", kInitiative, "--bind", "my-laptop"}).exitCode ==
          2);
    CHECK(runCli({"session", path, "--round", kRound, "--initiative", kInitiative, "--port", "70000"}).exitCode == 2);
    const auto noRound = runCli({"session", path, "--round", "Nope", "--initiative", kInitiative});
    CHECK(noRound.exitCode == 3);
    CHECK(noRound.err.find("no round \"Nope\"") != std::string::npos);
    const auto noQuestion =
        runCli({"session", path, "--round", kRound, "--initiative", kInitiative, "--questions", "no_such_question"});
    CHECK(noQuestion.exitCode == 3);
    CHECK(noQuestion.err.find("no question \"no_such_question\"") != std::string::npos);
    // An address this computer does not have cannot be listened on.
    const auto foreign =
        runCli({"session", path, "--round", kRound, "--initiative", kInitiative, "--bind", "192.0.2.1"});
    CHECK(foreign.exitCode == 3);
    CHECK(foreign.err.find("cannot start the session") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(path + ".session"));
}
