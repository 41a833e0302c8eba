// SPDX-License-Identifier: Apache-2.0
#include "core/bank_loader.h"
#include "storage/assessment_file.h"
#include "storage/interchange.h"
#include "storage_fixtures.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

using namespace lastmile;
using namespace lastmile::storage;
using lastmile::test::TempDir;
using nlohmann::json;

namespace {

const char* const kTables[] = {"organization", "initiative", "round",  "respondent", "answer",
                               "consensus",    "action",     "target", "branding"};

json exportedSmall()
{
    return json::parse(exportAssessmentJson(test::smallAssessment()));
}

Problems importProblems(const json& document)
{
    const ImportResult result = parseAssessmentJson(document.dump());
    CHECK_FALSE(result.assessment.has_value());
    return result.problems;
}

bool hasProblem(const Problems& problems, ProblemKind kind, const std::string& path)
{
    for (const Problem& problem : problems) {
        if (problem.kind == kind && problem.path == path) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("Export then import gives a file equal to the original, table by table")
{
    TempDir dir;
    const std::string original = dir.file("original.lastmile");
    REQUIRE(AssessmentFile::create(original, test::smallAssessment(4, 3)).ok());
    auto file = AssessmentFile::open(original, OpenMode::ReadOnly);
    const std::string exported = exportAssessmentJson(*(*file)->load());

    const ImportResult imported = parseAssessmentJson(exported);
    REQUIRE(imported.problems.empty());
    REQUIRE(imported.assessment.has_value());
    const std::string copy = dir.file("copy.lastmile");
    REQUIRE(AssessmentFile::create(copy, *imported.assessment).ok());
    for (const char* table : kTables) {
        INFO(table);
        CHECK(test::tableRows(original, table) == test::tableRows(copy, table));
    }
    auto reopened = AssessmentFile::open(copy, OpenMode::ReadOnly);
    CHECK(exportAssessmentJson(*(*reopened)->load()) == exported);
}

TEST_CASE("The interchange document names its format and version")
{
    const json document = exportedSmall();
    CHECK(document["format"] == "lastmile-assessment");
    CHECK(document["format_version"] == kInterchangeFormatVersion);
    CHECK(document["rounds"][0]["bank"]["format"] == "lastmile-question-bank");
    CHECK(document["branding"]["logo_base64"] == "iVBORw==");
}

TEST_CASE("Import reports every problem with its JSON path and imports nothing")
{
    json document = exportedSmall();
    document["initiatives"][1]["id"] = 1;                           // duplicate id
    document["rounds"][0]["answers"][0]["level"] = 7;               // level outside 0..4
    document["rounds"][0]["answers"][1]["respondent"] = 99;         // unknown respondent
    document["rounds"][0]["answers"][2]["question"] = "zz_nothing"; // unknown question
    document["actions"][0]["friction"] = "bad_vibes";               // unknown friction
    document["targets"][0]["score"] = "high";                       // wrong type
    document["initiatives"][0]["stage"] = "finished";               // bad value
    document["surprise"] = true;                                    // unknown key
    const Problems problems = importProblems(document);
    CHECK(hasProblem(problems, ProblemKind::DuplicateId, "/initiatives/1/id"));
    CHECK(hasProblem(problems, ProblemKind::OutOfRange, "/rounds/0/answers/0/level"));
    CHECK(hasProblem(problems, ProblemKind::UnknownReference, "/rounds/0/answers/1/respondent"));
    CHECK(hasProblem(problems, ProblemKind::UnknownReference, "/rounds/0/answers/2/question"));
    CHECK(hasProblem(problems, ProblemKind::UnknownFriction, "/actions/0/friction"));
    CHECK(hasProblem(problems, ProblemKind::WrongType, "/targets/0/score"));
    CHECK(hasProblem(problems, ProblemKind::BadValue, "/initiatives/0/stage"));
    CHECK(hasProblem(problems, ProblemKind::UnknownKey, "/surprise"));
}

TEST_CASE("Import checks the frozen bank of each round with paths into the document")
{
    json document = exportedSmall();
    document["rounds"][0]["bank"]["frictions"][0]["questions"][0]["levels"].erase(0);
    const Problems problems = importProblems(document);
    CHECK(hasProblem(problems, ProblemKind::LevelCount, "/rounds/0/bank/frictions/0/questions/0/levels"));
}

TEST_CASE("Import refuses a document of another format or a newer version")
{
    json document = exportedSmall();
    SECTION("format")
    {
        document["format"] = "something-else";
        CHECK(hasProblem(importProblems(document), ProblemKind::UnsupportedFormat, "/format"));
    }
    SECTION("version")
    {
        document["format_version"] = 2;
        CHECK(hasProblem(importProblems(document), ProblemKind::UnsupportedVersion, "/format_version"));
    }
}

TEST_CASE("Deeply nested and oversized input is refused with a message, not a crash")
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const ImportResult nested = parseAssessmentJson(deep);
    REQUIRE(nested.problems.size() == 1);
    CHECK(nested.problems[0].kind == ProblemKind::TooDeep);

    TempDir dir;
    const std::string huge = dir.file("huge.json");
    const int fd = ::open(huge.c_str(), O_CREAT | O_WRONLY, 0600);
    REQUIRE(fd >= 0);
    REQUIRE(::ftruncate(fd, static_cast<off_t>(kMaxInterchangeBytes) + 1) == 0); // sparse: costs no disk
    ::close(fd);
    const ImportResult large = loadAssessmentJsonFile(huge);
    REQUIRE(large.problems.size() == 1);
    CHECK(large.problems[0].kind == ProblemKind::TooLarge);
}

TEST_CASE("Text that is not JSON is reported with the parser's position")
{
    const ImportResult result = parseAssessmentJson("{\"format\": \"lastmile-assessment\",");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].kind == ProblemKind::Syntax);
}

namespace {

constexpr std::size_t kOneMiB = 1024 * 1024;

const Problem* findProblem(const Problems& problems, ProblemKind kind, const std::string& path)
{
    for (const Problem& problem : problems) {
        if (problem.kind == kind && problem.path == path) {
            return &problem;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Import refuses two respondents with the same name in one round")
{
    json document = exportedSmall();
    auto& respondents = document["rounds"][0]["respondents"];
    REQUIRE(respondents.size() == 2);
    respondents[1]["name"] = respondents[0]["name"];
    const Problems problems = importProblems(document);
    const Problem* problem = findProblem(problems, ProblemKind::DuplicateId, "/rounds/0/respondents/1/name");
    REQUIRE(problem);
    CHECK(problem->detail == respondents[0]["name"].get<std::string>());
    CHECK(problems.size() == 1);
}

TEST_CASE("Import refuses a NUL character in any string, without repeating the string")
{
    const std::string withNul("Al\0ce", 5);
    json document = exportedSmall();
    document["initiatives"][0]["owner"] = withNul;
    document["initiatives"][1]["stage"] = withNul;
    document["rounds"][0]["answers"][0]["note"] = withNul;
    document["rounds"][0]["bank"]["frictions"][0]["questions"][0]["help"] = withNul;
    document["rounds"][0]["bank"]["scale"][2] = withNul;
    document["branding"]["footer"] = withNul;
    const Problems problems = importProblems(document);
    for (const char* path :
         {"/initiatives/0/owner", "/initiatives/1/stage", "/rounds/0/answers/0/note",
          "/rounds/0/bank/frictions/0/questions/0/help", "/rounds/0/bank/scale/2", "/branding/footer"}) {
        INFO(path);
        CHECK(hasProblem(problems, ProblemKind::BadValue, path));
    }
    CHECK(problems.size() == 6);
    for (const Problem& problem : problems) {
        CHECK(problem.detail.find('\0') == std::string::npos);
        CHECK_FALSE(problem.detail.empty());
    }
}

TEST_CASE("Import refuses a string longer than 1 MiB, except the logo")
{
    json document = exportedSmall();
    document["organization"]["notes"] = std::string(kOneMiB, 'n'); // exactly the limit: accepted
    document["rounds"][0]["answers"][0]["evidence"] = std::string(kOneMiB + 1, 'e');
    document["actions"][0]["x-attachment"] = std::string(kOneMiB + 1, 'x');
    const Problems problems = importProblems(document);
    REQUIRE(problems.size() == 2);
    for (const char* path : {"/rounds/0/answers/0/evidence", "/actions/0/x-attachment"}) {
        INFO(path);
        const Problem* problem = findProblem(problems, ProblemKind::TooLarge, path);
        REQUIRE(problem);
        CHECK(problem->detail == "1048576");
    }

    json logo = exportedSmall();
    logo["organization"]["notes"] = std::string(kOneMiB, 'n');
    logo["branding"]["logo_base64"] = std::string(2 * kOneMiB, 'A'); // 1.5 MiB of logo: allowed
    const ImportResult imported = parseAssessmentJson(logo.dump());
    CHECK(imported.problems.empty());
    REQUIRE(imported.assessment.has_value());
    CHECK(imported.assessment->branding.logo.size() == 3 * kOneMiB / 2);
    CHECK(imported.assessment->organization.notes.size() == kOneMiB);

    logo["branding"]["logo_base64"] = std::string(8 * kOneMiB, 'A'); // 6 MiB of logo: too large
    const Problems tooLarge = importProblems(logo);
    REQUIRE(tooLarge.size() == 1);
    CHECK(tooLarge[0] == Problem{ProblemKind::TooLarge, "/branding/logo_base64", std::to_string(kMaxLogoBytes)});
}

TEST_CASE("Import refuses a round whose bank would be larger than a stored bank may be")
{
    json document = exportedSmall();
    auto& questions = document["rounds"][0]["bank"]["frictions"][0]["questions"];
    REQUIRE(questions.size() >= 5);
    for (std::size_t i = 0; i < 5; ++i) {
        questions[i]["help"] = std::string(kOneMiB - 1000, 'h'); // each string within its limit
    }
    const Problems problems = importProblems(document);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == Problem{ProblemKind::TooLarge, "/rounds/0/bank", std::to_string(kMaxBankBytes)});
}

TEST_CASE("Import says what is wrong with a logo that is not Base64")
{
    json document = exportedSmall();
    document["branding"]["logo_base64"] = "not base64!";
    const Problems problems = importProblems(document);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].kind == ProblemKind::BadValue);
    CHECK(problems[0].path == "/branding/logo_base64");
    CHECK_FALSE(problems[0].detail.empty());
}

TEST_CASE("An answer with \"level\" twice is refused at its JSON path, not read as the last one")
{
    json document = exportedSmall();
    json& answer = document["rounds"][0]["answers"][0];
    answer["kind"] = "level";
    answer["level"] = 0;
    answer.erase("reason");
    const std::string single = answer.dump();
    std::string twice = single;
    const std::string level = "\"level\":0";
    REQUIRE(twice.find(level) != std::string::npos);
    twice.replace(twice.find(level), level.size(), level + ",\"level\":4");
    std::string text = document.dump();
    REQUIRE(text.find(single) != std::string::npos);
    text.replace(text.find(single), single.size(), twice);

    const ImportResult result = parseAssessmentJson(text);
    CHECK_FALSE(result.assessment.has_value());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0] == Problem{ProblemKind::DuplicateKey, "/rounds/0/answers/0/level", "level"});
}

TEST_CASE("A subnormal target score is refused as out of range")
{
    json document = exportedSmall();
    REQUIRE_FALSE(document["targets"].empty());
    document["targets"][0]["score"] = 1e-310;
    CHECK(hasProblem(importProblems(document), ProblemKind::OutOfRange, "/targets/0/score"));
}

TEST_CASE("An unknown answer kind is reported once, not with its level and reason as unknown keys")
{
    json document = exportedSmall();
    auto& answers = document["rounds"][0]["answers"];
    answers[0]["kind"] = "maybe";
    answers[0]["level"] = 2;
    answers[0]["reason"] = "unsure";
    document["rounds"][0]["consensus"][0]["kind"] = "sort-of";
    document["rounds"][0]["consensus"][0]["level"] = 1;
    answers[1]["kind"] = "dk";
    answers[1]["level"] = 2; // a known kind still rejects what it does not take
    const Problems problems = importProblems(document);
    CHECK(hasProblem(problems, ProblemKind::BadValue, "/rounds/0/answers/0/kind"));
    CHECK(hasProblem(problems, ProblemKind::BadValue, "/rounds/0/consensus/0/kind"));
    CHECK(hasProblem(problems, ProblemKind::UnknownKey, "/rounds/0/answers/1/level"));
    CHECK(problems.size() == 3);
}
