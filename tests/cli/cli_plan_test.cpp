// SPDX-License-Identifier: Apache-2.0
// action, target, branding and bank: the consultant's follow-through from scripts.
#include "run_cli.h"
#include "support/temp_dir.h"
#include "support/tools.h"

#include <QBuffer>
#include <QImage>
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

nlohmann::json actions(const std::string& path)
{
    const auto run = runCli({"action", "list", path, "--format", "json"});
    REQUIRE(run.exitCode == 0);
    return nlohmann::json::parse(run.out);
}

std::string pngOf(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes.toStdString();
}

} // namespace

TEST_CASE("cli: action add appends to the plan and action list shows it")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::size_t before = actions(path).size();
    const auto added = runCli({"action", "add", path, "--initiative", "Route planning assistant", "--friction",
                               "productivity_gap", "--text", "Set a team-level baseline", "--owner", "Head of planning",
                               "--due", "2027-01-31", "--status", "in-progress"});
    REQUIRE(added.exitCode == 0);
    const auto list = actions(path);
    REQUIRE(list.size() == before + 1);
    const auto& last = list.back();
    CHECK(last["text"] == "Set a team-level baseline");
    CHECK(last["owner"] == "Head of planning");
    CHECK(last["status"] == "in-progress");
    CHECK(last["due"] == "2027-01-31");
    CHECK(std::to_string(last["id"].get<long long>()) + "\n" == added.out);

    const auto filtered =
        runCli({"action", "list", path, "--initiative", "Route planning assistant", "--format", "csv"});
    CHECK(filtered.exitCode == 0);
    CHECK(filtered.out.find("Set a team-level baseline") != std::string::npos);
}

TEST_CASE("cli: a bad date, friction, initiative or status changes nothing")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::string bytes = readBytes(path);
    const std::vector<std::string> base = {
        "action",           "add",    path, "--initiative", "Route planning assistant", "--friction",
        "productivity_gap", "--text", "x"};
    struct Case
    {
        std::vector<std::string> extra;
        int exitCode;
        std::string message;
    };
    for (const Case& item :
         {Case{{"--due", "2027-02-30"}, 3, "is not a date"}, Case{{"--status", "someday"}, 2, "--status takes"}}) {
        std::vector<std::string> args = base;
        args.insert(args.end(), item.extra.begin(), item.extra.end());
        const auto run = runCli(args);
        CHECK(run.exitCode == item.exitCode);
        CHECK(run.err.find(item.message) != std::string::npos);
    }
    auto run =
        runCli({"action", "add", path, "--initiative", "Moon base", "--friction", "process_debt", "--text", "x"});
    CHECK(run.exitCode == 3);
    CHECK(run.err == path + ": no initiative \"Moon base\"\n");
    run = runCli({"action", "add", path, "--initiative", "1", "--friction", "bad_vibes", "--text", "x"});
    CHECK(run.exitCode == 3);
    CHECK(run.err.find("process_debt") != std::string::npos); // the message lists the friction ids
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("cli: a friction is named by its id or by its name")
{
    TempDir dir;
    const std::string path = demo(dir);
    REQUIRE(runCli({"action", "add", path, "--initiative", "1", "--friction", "tribal knowledge", "--text",
                    "Interview the two longest-serving order clerks"})
                .exitCode == 0);
    CHECK(actions(path).back()["friction"] == "tribal_knowledge");
}

TEST_CASE("cli: target set records a score and refuses one outside 0..100")
{
    TempDir dir;
    const std::string path = demo(dir);
    REQUIRE(runCli({"target", "set", path, "--initiative", "Route planning assistant", "--friction", "productivity_gap",
                    "--score", "35.5"})
                .exitCode == 0);
    REQUIRE(runCli({"export", path, "--output", dir.file("out.json")}).exitCode == 0);
    const auto document = nlohmann::json::parse(readBytes(dir.file("out.json")));
    bool found = false;
    for (const auto& target : document["targets"]) {
        found =
            found || (target["initiative"] == 5 && target["friction"] == "productivity_gap" && target["score"] == 35.5);
    }
    CHECK(found);
    const std::string bytes = readBytes(path);
    CHECK(runCli({"target", "set", path, "--initiative", "5", "--friction", "productivity_gap", "--score", "120"})
              .exitCode == 3);
    CHECK(runCli({"target", "set", path, "--initiative", "5", "--friction", "productivity_gap", "--score", "high"})
              .exitCode == 3);
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("cli: target set refuses nan, infinities and subnormal scores, blaming the option, not the file")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::string bytes = readBytes(path);
    for (const char* score : {"nan", "NaN", "inf", "-inf", "1e-310", "-0x1p-1040", "1e400"}) {
        INFO(score);
        const auto run =
            runCli({"target", "set", path, "--initiative", "5", "--friction", "productivity_gap", "--score", score});
        CHECK(run.exitCode == 3);
        CHECK(run.err.find("--score takes a number from 0 to 100") != std::string::npos);
        CHECK(run.err.find("breaks its rules") == std::string::npos);
        CHECK(run.err.find(path) == std::string::npos);
    }
    CHECK(readBytes(path) == bytes);
    CHECK(runCli({"target", "set", path, "--initiative", "5", "--friction", "productivity_gap", "--score", "0"})
              .exitCode == 0);
}

TEST_CASE("cli: branding stores the firm, colour, footer, page size and a checked logo")
{
    TempDir dir;
    const std::string path = demo(dir);
    writeBytes(dir.file("logo.png"), pngOf(200, 80));
    REQUIRE(runCli({"branding", path, "--name", "Rivers & Partners", "--colour", "#0a7e8c", "--footer",
                    "Prepared for the steering group", "--page-size", "letter", "--logo", dir.file("logo.png")})
                .exitCode == 0);
    const auto shown = runCli({"branding", path});
    CHECK(shown.out.find("Firm: Rivers & Partners") != std::string::npos);
    CHECK(shown.out.find("#0A7E8C") != std::string::npos);
    CHECK(shown.out.find("Page size: letter") != std::string::npos);
    CHECK(shown.out.find("image/png") != std::string::npos);

    const std::string bytes = readBytes(path);
    writeBytes(dir.file("notes.png"), "these are not pixels");
    auto run = runCli({"branding", path, "--logo", dir.file("notes.png")});
    CHECK(run.exitCode == 3);
    CHECK(run.err == dir.file("notes.png") + ": the logo is not a PNG, JPEG or SVG image\n");
    writeBytes(dir.file("huge.png"), pngOf(4097, 10));
    run = runCli({"branding", path, "--logo", dir.file("huge.png")});
    CHECK(run.exitCode == 3);
    CHECK(run.err.find("4096 pixels") != std::string::npos);
    CHECK(runCli({"branding", path, "--colour", "teal"}).exitCode == 3);
    CHECK(runCli({"branding", path, "--page-size", "tabloid"}).exitCode == 3);
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("cli: bank install validates, bank list shows it, bank export writes a round's bank")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::string home = dir.file("home");
    ::setenv("XDG_DATA_HOME", home.c_str(), 1); // inherited by the command
    REQUIRE(
        runCli({"bank", "export", path, "--round", "2026-Q1 workshop", "--output", dir.file("bank.json")}).exitCode ==
        0);
    auto bank = nlohmann::json::parse(readBytes(dir.file("bank.json")));
    CHECK(bank["id"] == "lastmile-core");
    bank["id"] = "acme-custom";
    bank["name"] = "Acme custom bank";
    writeBytes(dir.file("custom.json"), bank.dump());
    const auto installed = runCli({"bank", "install", dir.file("custom.json")});
    CHECK(installed.exitCode == 0);
    const auto list = runCli({"bank", "list"});
    CHECK(list.out.find("Acme custom bank") != std::string::npos);
    CHECK(list.out.find("built in") != std::string::npos);

    bank["frictions"][0]["questions"][0]["levels"].erase(0);
    bank["id"] = "acme-broken";
    writeBytes(dir.file("broken.json"), bank.dump());
    const auto refused = runCli({"bank", "install", dir.file("broken.json")});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.find("/frictions/0/questions/0/levels") != std::string::npos);
    CHECK(runCli({"bank", "list"}).out.find("acme-broken") == std::string::npos);
    ::unsetenv("XDG_DATA_HOME");
}

TEST_CASE("cli: a report after branding and a new action shows the firm, its logo and the action")
{
    TempDir dir;
    const std::string path = demo(dir);
    writeBytes(dir.file("logo.png"), pngOf(300, 100));
    REQUIRE(runCli({"branding", path, "--name", "Rivers & Partners", "--logo", dir.file("logo.png"), "--footer",
                    "Prepared by Rivers & Partners"})
                .exitCode == 0);
    REQUIRE(runCli({"action", "add", path, "--initiative", "Route planning assistant", "--friction", "productivity_gap",
                    "--text", "Publish the depot cost-per-drop baseline every Monday", "--owner", "Head of planning",
                    "--due", "2027-02-15"})
                .exitCode == 0);
    const std::string pdf = dir.file("report.pdf");
    REQUIRE(runCli({"report", path, "--output", pdf, "--no-appendix"}).exitCode == 0);

    const std::string cover = lastmile::test::pdfText(pdf, 1, 1);
    CHECK(cover.find("Rivers & Partners") != std::string::npos);
    const std::string later = lastmile::test::pdfText(pdf, 3, 3);
    CHECK(later.find("Prepared by Rivers & Partners") != std::string::npos); // the footer of every page
    const std::string all = lastmile::test::pdfText(pdf);
    CHECK(all.find("Publish the depot cost-per-drop baseline every Monday") != std::string::npos);
    std::string images;
    REQUIRE(lastmile::test::runTool("pdfimages -f 1 -l 1 -list '" + pdf + "'", images) == 0);
    CHECK(images.find("image") != std::string::npos); // the logo on the cover
}
