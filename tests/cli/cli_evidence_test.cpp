// SPDX-License-Identifier: Apache-2.0
// What the commands say about thin evidence, long names and unsound files.
#include "run_cli.h"
#include "support/temp_dir.h"
#include "support/torn_copy.h"

#include <catch2/catch.hpp>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

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

// The demo through JSON, changed by `change`, imported again.
std::string changedDemo(const TempDir& dir, const std::function<void(nlohmann::json&)>& change)
{
    const std::string path = demo(dir);
    REQUIRE(runCli({"export", path, "--output", dir.file("demo.json")}).exitCode == 0);
    auto document = nlohmann::json::parse(readBytes(dir.file("demo.json")));
    change(document);
    writeBytes(dir.file("changed.json"), document.dump());
    const std::string changed = dir.file("changed.lastmile");
    const auto run = runCli({"import", dir.file("changed.json"), "--output", changed});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return changed;
}

// 19 of every 20 answers of the latest round turned into "don't know", its consensus dropped.
void thinLatestRound(nlohmann::json& document)
{
    auto& round = document["rounds"].back();
    int index = 0;
    for (auto& answer : round["answers"]) {
        if (index++ % 20 != 0) {
            answer["kind"] = "dk";
            answer.erase("level");
            answer.erase("reason");
        }
    }
    round["consensus"] = nlohmann::json::array();
}

} // namespace

TEST_CASE("score marks readiness and portfolio figures on insufficient evidence, in every format")
{
    TempDir dir;
    const std::string path = changedDemo(dir, thinLatestRound);

    const auto json = runCli({"score", path, "--format", "json"});
    REQUIRE(json.exitCode == 0);
    const auto document = nlohmann::json::parse(json.out);
    CHECK(document["portfolio"]["insufficient_evidence"] == true);
    CHECK(document["portfolio"]["coverage"].get<double>() < 0.5);
    for (const auto& initiative : document["initiatives"]) {
        CHECK(initiative["insufficient_evidence"] == true);
    }

    const auto csv = runCli({"score", path, "--format", "csv"});
    REQUIRE(csv.exitCode == 0);
    CHECK(contains(csv.out.substr(0, csv.out.find('\n')), "readiness_low_coverage"));
    CHECK((contains(csv.out, ",true\r\n") || contains(csv.out, ",true\n")));

    const auto table = runCli({"score", path});
    REQUIRE(table.exitCode == 0);
    // The readiness column of every initiative and of the portfolio carries the "?" mark.
    std::istringstream lines(table.out);
    std::string line;
    int marked = 0;
    while (std::getline(lines, line)) {
        if (line.size() > 41 && (contains(line, "Portfolio") || std::isdigit(static_cast<unsigned char>(line[38])))) {
            marked += line.substr(34, 7).find('?') != std::string::npos ? 1 : 0;
        }
    }
    CHECK(marked >= 2);
    CHECK(contains(table.out, "? insufficient evidence"));
}

TEST_CASE("report claims no change between rounds when the latest rests on insufficient evidence")
{
    TempDir dir;
    const std::string path = changedDemo(dir, thinLatestRound);
    const std::string out = dir.file("report.html");
    REQUIRE(runCli({"report", path, "--output", out}).exitCode == 0);
    const std::string html = readBytes(out);
    CHECK(contains(html, "Insufficient evidence (coverage"));
    CHECK_FALSE(contains(html, "points since"));
}

TEST_CASE("score cuts a long name by whole characters: an emoji is never halved")
{
    TempDir dir;
    const std::string name = "Route planning assistant for the northern depots 🚚";
    const std::string path = changedDemo(dir, [&](nlohmann::json& document) {
        document["initiatives"][0]["name"] = "Regional dispatch and fleet 🚚🚚🚚🚚🚚🚚🚚🚚";
        document["initiatives"][1]["name"] = name;
    });
    const auto run = runCli({"score", path});
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(contains(run.out, "\xEF\xBF\xBD")); // U+FFFD
    CHECK(contains(run.out, "Regional dispatch and fleet 🚚"));
    CHECK(contains(run.out, "…"));
    // The columns still line up: every row's readiness starts in the same terminal column.
    const auto actions = runCli({"action", "list", path});
    CHECK_FALSE(contains(actions.out, "\xEF\xBF\xBD"));
}

TEST_CASE("Every command refuses a torn copy with check's message")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::string torn = dir.file("torn.lastmile");
    lastmile::test::writeTornCopy(path,
                                  "DELETE FROM answer WHERE initiative_id = (SELECT min(id) FROM initiative) AND "
                                  "question_id LIKE 'pd%'",
                                  torn);
    const auto check = runCli({"check", torn});
    CHECK(check.exitCode == 3);
    REQUIRE_FALSE(check.err.empty());
    const std::vector<std::vector<std::string>> commands = {
        {"score", torn},
        {"score", torn, "--format", "json"},
        {"export", torn, "--output", dir.file("out.json")},
        {"export", torn, "--output", dir.file("out.csv")},
        {"report", torn, "--output", dir.file("out.pdf")},
        {"report", torn, "--output", dir.file("out.html")},
        {"heatmap", torn, "--output", dir.file("out.png")},
        {"action", "list", torn},
        {"answer", torn, "--round", "1", "--initiative", "1", "--question", "pd.1", "--level", "2"},
    };
    for (const auto& command : commands) {
        INFO(command.front());
        const auto run = runCli(command);
        CHECK(run.exitCode == 3);
        CHECK(run.err == check.err);
        CHECK(run.out.empty());
    }
    CHECK_FALSE(std::filesystem::exists(dir.file("out.pdf")));
}

TEST_CASE("report --summary-only writes one page; --anonymous names no respondent")
{
    TempDir dir;
    const std::string path = demo(dir);
    const std::string summary = dir.file("summary.pdf");
    REQUIRE(runCli({"report", path, "--output", summary, "--summary-only"}).exitCode == 0);
    std::string info;
    FILE* pipe = ::popen(("pdfinfo '" + summary + "'").c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        info.append(buffer, got);
    }
    ::pclose(pipe);
    CHECK(contains(info, "Pages:           1\n"));

    REQUIRE(runCli({"export", path, "--output", dir.file("demo.json")}).exitCode == 0);
    const auto document = nlohmann::json::parse(readBytes(dir.file("demo.json")));
    const std::string html = dir.file("anonymous.html");
    REQUIRE(runCli({"report", path, "--output", html, "--anonymous"}).exitCode == 0);
    const std::string csv = dir.file("anonymous.csv");
    REQUIRE(runCli({"export", path, "--output", csv, "--anonymous"}).exitCode == 0);
    const std::string htmlText = readBytes(html);
    const std::string csvText = readBytes(csv);
    // Owners of actions and initiatives stay named: they are accountable, not respondents.
    std::set<std::string> owners;
    for (const char* list : {"actions", "initiatives"}) {
        for (const auto& item : document[list]) {
            owners.insert(item.value("owner", std::string()));
        }
    }
    int names = 0;
    for (const auto& round : document["rounds"]) {
        for (const auto& respondent : round["respondents"]) {
            const std::string name = respondent["name"];
            INFO(name);
            CHECK_FALSE(contains(csvText, name));
            if (!owners.count(name)) {
                CHECK_FALSE(contains(htmlText, name));
                ++names;
            }
        }
    }
    CHECK(names > 0);
    CHECK(contains(htmlText, "Respondent A"));
    CHECK(contains(csvText, "Respondent A"));
    CHECK(runCli({"export", path, "--output", dir.file("x.json"), "--anonymous"}).exitCode == 2);
}
