// SPDX-License-Identifier: Apache-2.0
// report and heatmap: they read a file, never change it, and write their output atomically.
#include "run_cli.h"
#include "support/temp_dir.h"
#include "support/tools.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

using lastmile::test::pdfText;
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

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("report writes a PDF of the latest round and prints nothing")
{
    TempDir dir;
    const std::string file = demo(dir);
    const std::string before = readBytes(file);
    const std::string out = dir.file("report.pdf");
    const auto run = runCli({"report", file, "--output", out});
    CHECK(run.exitCode == 0);
    CHECK(run.out.empty());
    CHECK(run.err.empty());
    const std::string pdf = readBytes(out);
    CHECK(pdf.substr(0, 5) == "%PDF-");
    CHECK(readBytes(file) == before);
    const std::string text = pdfText(out);
    CHECK(contains(text, "2026-Q3 workshop"));
    CHECK(contains(text, "Appendix"));
}

TEST_CASE("report takes a round, a page size and section switches, and writes HTML")
{
    TempDir dir;
    const std::string file = demo(dir);
    const std::string out = dir.file("q1.pdf");
    REQUIRE(runCli({"report", file, "-o", out, "--round", "2026-Q1 workshop", "--page-size", "letter", "--no-appendix",
                    "--no-initiatives"})
                .exitCode == 0);
    const std::string text = pdfText(out);
    CHECK(contains(text, "2026-Q1 workshop"));
    CHECK_FALSE(contains(text, "Appendix"));
    CHECK_FALSE(contains(text, "Change since"));

    const std::string html = dir.file("report.html");
    REQUIRE(runCli({"report", file, "--output=" + html}).exitCode == 0);
    const std::string page = readBytes(html);
    CHECK(page.substr(0, 15) == "<!DOCTYPE html>");
    CHECK(contains(page, "Northgate Distribution"));
    CHECK(contains(page, "<svg"));
}

TEST_CASE("report and heatmap refuse bad usage with status 2, writing nothing")
{
    TempDir dir;
    const std::string file = demo(dir);
    for (const std::vector<std::string>& arguments : std::vector<std::vector<std::string>>{
             {"report", file},
             {"report", file, "-o", dir.file("report.docx")},
             {"report", file, "-o", dir.file("report.pdf"), "--page-size", "a5"},
             {"report", file, "-o", dir.file("report.pdf"), "--no-such-option"},
             {"heatmap", file},
             {"heatmap", file, "-o", dir.file("heatmap.jpg")},
             {"heatmap", "-o", dir.file("heatmap.png")},
         }) {
        const auto run = runCli(arguments);
        INFO(run.err);
        CHECK(run.exitCode == 2);
        CHECK(contains(run.err, "lastmile-cli " + arguments[0] + ": "));
    }
    CHECK_FALSE(std::filesystem::exists(dir.file("report.pdf")));
    CHECK_FALSE(std::filesystem::exists(dir.file("heatmap.png")));
}

TEST_CASE("report and heatmap name the file of bad input in one line with status 3")
{
    TempDir dir;
    const std::string file = demo(dir);
    const std::string before = readBytes(file);
    const std::string out = dir.file("out.pdf");

    auto run = runCli({"report", file, "-o", out, "--round", "2026-Q2 workshop"});
    CHECK(run.exitCode == 3);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.errLines()[0] == file + ": no round \"2026-Q2 workshop\"");

    run = runCli({"heatmap", file, "-o", dir.file("out.png"), "--compare", "nope"});
    CHECK(run.exitCode == 3);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.errLines()[0] == file + ": no round \"nope\"");

    run = runCli({"report", dir.file("missing.lastmile"), "-o", out});
    CHECK(run.exitCode == 3);
    REQUIRE(run.errLines().size() == 1);
    CHECK(contains(run.errLines()[0], dir.file("missing.lastmile") + ": "));

    writeBytes(dir.file("notes.lastmile"), "just some text");
    run = runCli({"heatmap", dir.file("notes.lastmile"), "-o", dir.file("out.svg")});
    CHECK(run.exitCode == 3);
    CHECK(run.errLines().size() == 1);

    run = runCli({"report", file, "-o", dir.file("no/such/out.pdf")});
    CHECK(run.exitCode == 3);
    REQUIRE(run.errLines().size() == 1);
    CHECK(contains(run.errLines()[0], "does not exist"));

    CHECK_FALSE(std::filesystem::exists(out));
    CHECK_FALSE(std::filesystem::exists(dir.file("out.png")));
    CHECK(readBytes(file) == before);
}

TEST_CASE("heatmap writes a PNG image and an SVG drawing, with the change when comparing")
{
    TempDir dir;
    const std::string file = demo(dir);
    const std::string png = dir.file("heatmap.png");
    auto run = runCli({"heatmap", file, "--output", png});
    CHECK(run.exitCode == 0);
    CHECK(run.err.empty());
    CHECK(readBytes(png).substr(0, 8) == "\x89PNG\r\n\x1A\n");

    const std::string svg = dir.file("heatmap.svg");
    REQUIRE(runCli({"heatmap", file, "-o", svg}).exitCode == 0);
    const std::string drawing = readBytes(svg);
    CHECK(contains(drawing, "<svg"));
    for (const char* name : {"AI order management", "Demand forecasting for fast movers",
                             "Supplier invoice classification", "Route planning assistant"}) {
        CHECK(contains(drawing, name));
    }
    CHECK_FALSE(contains(drawing, "\u2191"));

    const std::string delta = dir.file("delta.svg");
    REQUIRE(runCli({"heatmap", file, "-o", delta, "--round", "2026-Q3 workshop", "--compare", "2026-Q1 workshop"})
                .exitCode == 0);
    const std::string changed = readBytes(delta);
    CHECK((contains(changed, "\u2191") || contains(changed, "\u2193")));
    CHECK(contains(changed, "2026-Q1 workshop"));
}

TEST_CASE("heatmap draws from the stored scores, and from the answers when they are stale, the same picture")
{
    TempDir dir;
    const std::string file = demo(dir);
    const std::vector<std::vector<std::string>> variants = {
        {},
        {"--compare", "2026-Q1 workshop", "--targets"},
        {"--round", "2026-Q1 workshop", "--compare", "2026-Q3 workshop", "--gap"}};
    const auto draw = [&](const std::vector<std::string>& options, const std::string& name) {
        std::vector<std::string> arguments{"heatmap", file, "-o", dir.file(name)};
        arguments.insert(arguments.end(), options.begin(), options.end());
        const auto run = runCli(arguments);
        CHECK(run.exitCode == 0);
        CHECK(run.err.empty());
        return readBytes(dir.file(name));
    };
    std::vector<std::string> fromStored;
    for (std::size_t i = 0; i < variants.size(); ++i) {
        fromStored.push_back(draw(variants[i], "stored" + std::to_string(i) + ".svg"));
    }
    // Spoilt stored figures show that the stored scores are what is drawn...
    SQLite::Database(file, SQLite::OPEN_READWRITE).exec("UPDATE friction_score SET score = 100, disagreements = 0");
    CHECK(draw(variants[0], "spoilt.svg") != fromStored[0]);
    // ... until they are marked stale, as a program that writes answers without the scores leaves
    // them: then every round is scored from its answers, and the picture is the same as before.
    SQLite::Database(file, SQLite::OPEN_READWRITE)
        .exec("INSERT INTO score_stale SELECT round_id, initiative_id FROM initiative_score");
    for (std::size_t i = 0; i < variants.size(); ++i) {
        CAPTURE(i);
        CHECK(draw(variants[i], "answers" + std::to_string(i) + ".svg") == fromStored[i]);
    }
}

TEST_CASE("heatmap marks targets with --targets and shows the gap to them with --gap")
{
    TempDir dir;
    const std::string file = demo(dir);
    const std::string before = readBytes(file);
    const std::string plain = dir.file("plain.svg");
    REQUIRE(runCli({"heatmap", file, "-o", plain}).exitCode == 0);
    CHECK_FALSE(contains(readBytes(plain), "Target agreed with the client"));
    CHECK_FALSE(contains(readBytes(plain), "Gap to target"));

    const std::string targets = dir.file("targets.svg");
    auto run = runCli({"heatmap", file, "-o", targets, "--targets"});
    CHECK(run.exitCode == 0);
    CHECK(run.err.empty());
    CHECK(contains(readBytes(targets), "Target agreed with the client"));

    // The demo's order management has process debt at 45 against a target of 25.
    const std::string gap = dir.file("gap.svg");
    run = runCli({"heatmap", file, "-o", gap, "--gap"});
    CHECK(run.exitCode == 0);
    CHECK(run.err.empty());
    const std::string drawing = readBytes(gap);
    CHECK(contains(drawing, ">+20<"));
    CHECK(contains(drawing, ">\u2713<"));
    CHECK(contains(drawing, "Gap to target"));
    CHECK(contains(drawing, "No target set"));
    CHECK_FALSE(contains(readBytes(targets), ">+20<"));

    const std::string png = dir.file("gap.png");
    REQUIRE(runCli({"heatmap", file, "-o", png, "--gap", "--targets", "--compare", "2026-Q1 workshop"}).exitCode == 0);
    CHECK(readBytes(png).substr(0, 8) == "\x89PNG\r\n\x1A\n");
    CHECK(readBytes(file) == before);
}

TEST_CASE("export to CSV still neutralizes formulas after moving to the render layer")
{
    TempDir dir;
    const std::string file = demo(dir);
    const std::string json = dir.file("demo.json");
    REQUIRE(runCli({"export", file, "-o", json}).exitCode == 0);
    auto document = nlohmann::json::parse(readBytes(json));
    document["initiatives"][0]["name"] = "=1+1";
    writeBytes(dir.file("changed.json"), document.dump());
    const std::string changed = dir.file("changed.lastmile");
    REQUIRE(runCli({"import", dir.file("changed.json"), "-o", changed}).exitCode == 0);
    const std::string csv = dir.file("answers.csv");
    REQUIRE(runCli({"export", changed, "-o", csv}).exitCode == 0);
    const std::string bytes = readBytes(csv);
    CHECK(bytes.substr(0, 3) == "\xEF\xBB\xBF");
    CHECK(contains(bytes, ",'=1+1,"));
}
