// SPDX-License-Identifier: Apache-2.0
// chart: the trend over all rounds and the friction profile, as PNG or SVG, never changing the file.
#include "run_cli.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>

using lastmile::test::readBytes;
using lastmile::test::runCli;
using lastmile::test::TempDir;

namespace {

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("chart writes the trend and the profile of the portfolio or an initiative")
{
    TempDir dir;
    const std::string file = dir.file("demo.lastmile");
    REQUIRE(runCli({"demo", file}).exitCode == 0);
    const std::string before = readBytes(file);

    const std::string png = dir.file("trend.png");
    auto run = runCli({"chart", file, "--kind", "trend", "--output", png});
    CHECK(run.exitCode == 0);
    CHECK(run.err.empty());
    CHECK(readBytes(png).substr(0, 8) == "\x89PNG\r\n\x1A\n");

    const std::string trend = dir.file("trend.svg");
    REQUIRE(runCli({"chart", file, "--kind", "trend", "-o", trend, "--initiative", "AI order management"}).exitCode ==
            0);
    const std::string drawing = readBytes(trend);
    CHECK(contains(drawing, "<svg"));
    CHECK(contains(drawing, "AI order management"));
    CHECK(contains(drawing, "Readiness"));
    CHECK(contains(drawing, "Process debt"));
    CHECK(contains(drawing, "2026-Q1")); // the rounds under each chart, elided to their room

    const std::string profile = dir.file("profile.svg");
    REQUIRE(runCli({"chart", file, "--kind", "profile", "-o", profile}).exitCode == 0);
    const std::string radar = readBytes(profile);
    CHECK(contains(radar, "Portfolio"));
    CHECK(contains(radar, "Efficiency trap"));
    CHECK(contains(radar, "2026-Q1 workshop")); // the round before, in the legend
    CHECK(readBytes(file) == before);
}

TEST_CASE("chart refuses bad usage with status 2 and unknown names with status 3, writing nothing")
{
    TempDir dir;
    const std::string file = dir.file("demo.lastmile");
    REQUIRE(runCli({"demo", file}).exitCode == 0);
    const std::string out = dir.file("out.png");
    CHECK(runCli({"chart", file, "--output", out}).exitCode == 2);
    CHECK(runCli({"chart", file, "--kind", "pie", "--output", out}).exitCode == 2);
    CHECK(runCli({"chart", file, "--kind", "trend", "--output", dir.file("out.pdf")}).exitCode == 2);
    auto unknown = runCli({"chart", file, "--kind", "trend", "--output", out, "--initiative", "Nope"});
    CHECK(unknown.exitCode == 3);
    CHECK(contains(unknown.err, "Nope"));
    CHECK(runCli({"chart", file, "--kind", "profile", "--output", out, "--round", "1999"}).exitCode == 3);
    CHECK(runCli({"chart", dir.file("missing.lastmile"), "--kind", "trend", "--output", out}).exitCode == 3);
    CHECK_FALSE(std::filesystem::exists(out));
}
