// SPDX-License-Identifier: Apache-2.0
// export to .xlsx: usage, bad input, and the output replaced atomically. The workbook's
// content is read back by a third-party reader in workbook_openpyxl_test.py.
#include "run_cli.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>

using lastmile::test::readBytes;
using lastmile::test::runCli;
using lastmile::test::TempDir;
using lastmile::test::writeBytes;
using lastmile::test::writeDemoFile;

TEST_CASE("export writes an xlsx workbook, replacing the old one and leaving no temporary file")
{
    TempDir dir;
    const std::string file = writeDemoFile(dir.file("demo.lastmile"));
    const std::string before = readBytes(file);
    const std::string out = dir.file("Client data.xlsx");
    writeBytes(out, "an older export");
    const auto run = runCli({"export", file, "--output", out});
    CHECK(run.exitCode == 0);
    CHECK(run.out.empty());
    CHECK(run.err.empty());
    const std::string workbook = readBytes(out);
    CHECK(workbook.substr(0, 4) == std::string("PK\x03\x04", 4)); // a zip container, as xlsx is
    CHECK(workbook.size() > 20000);
    CHECK(readBytes(file) == before);
    int entries = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        (void)entry;
        ++entries;
    }
    CHECK(entries == 2); // the assessment and the workbook

    SECTION("of an earlier round by --round")
    {
        const auto earlier = runCli({"export", file, "-o", out, "--round", "2026-Q1 workshop"});
        CHECK(earlier.exitCode == 0);
        CHECK(readBytes(out) != workbook);
    }
}

TEST_CASE("export to xlsx refuses bad input and changes nothing")
{
    TempDir dir;
    const std::string file = writeDemoFile(dir.file("demo.lastmile"));
    const std::string out = dir.file("out.xlsx");

    SECTION("an unknown round")
    {
        const auto run = runCli({"export", file, "-o", out, "--round", "2026-Q2 workshop"});
        CHECK(run.exitCode == 3);
        CHECK(run.errLines() == std::vector<std::string>{file + ": no round \"2026-Q2 workshop\""});
        CHECK_FALSE(std::filesystem::exists(out));
    }
    SECTION("a folder that does not exist")
    {
        const std::string missing = dir.file("reports/out.xlsx");
        const auto run = runCli({"export", file, "-o", missing});
        CHECK(run.exitCode == 3);
        CHECK(run.errLines().size() == 1);
        CHECK_FALSE(std::filesystem::exists(dir.file("reports")));
    }
    SECTION("--round with another format is a usage error")
    {
        const auto run = runCli({"export", file, "-o", dir.file("out.json"), "--round", "1"});
        CHECK(run.exitCode == 2);
        CHECK(run.errLines().front() == "lastmile-cli export: --round applies to a workbook (.xlsx) only");
        CHECK_FALSE(std::filesystem::exists(dir.file("out.json")));
    }
    SECTION("an unknown extension names the three formats")
    {
        const auto run = runCli({"export", file, "-o", dir.file("out.xls")});
        CHECK(run.exitCode == 2);
        CHECK(run.errLines().front() == "lastmile-cli export: --output must end in .json, .csv or .xlsx");
    }
}
