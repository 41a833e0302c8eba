// SPDX-License-Identifier: Apache-2.0
#include "bank_builder.h"
#include "core/bank_loader.h"
#include "core/friction.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

using namespace lastmile;
using lastmile::test::FrictionSpec;
using nlohmann::json;

namespace {

// Two frictions, three questions: small enough to reason about, large enough for cross-friction checks.
QuestionBank baseBank()
{
    return test::makeBank({
        FrictionSpec{"process_debt", {{"pd.map", 2.0}, {"pd.redesign", 1.0}}, 1.0},
        FrictionSpec{"tribal_knowledge", {{"tk.experts", 1.5}}, 2.0},
    });
}

json baseDocument()
{
    return json::parse(serializeBank(baseBank()));
}

void set(json& document, const std::string& pointer, json value)
{
    document[json::json_pointer(pointer)] = std::move(value);
}

void erase(json& document, const std::string& pointer)
{
    const json::json_pointer where(pointer);
    document[where.parent_pointer()].erase(where.back());
}

// Parses the base document after a change; a document with problems must yield no bank at all.
Problems problemsAfter(const std::function<void(json&)>& change)
{
    json document = baseDocument();
    change(document);
    const BankLoadResult result = parseBank(document.dump());
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.bank.has_value());
    return result.problems;
}

BankLoadResult loadAfter(const std::function<void(json&)>& change)
{
    json document = baseDocument();
    change(document);
    return parseBank(document.dump());
}

std::string nestedArrays(int depth)
{
    return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']');
}

} // namespace

TEST_CASE("A document that is not JSON is refused with the parser's reason")
{
    const BankLoadResult result = parseBank("{ not json");
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].kind == ProblemKind::Syntax);
    CHECK(result.problems[0].path.empty());
    CHECK_FALSE(result.problems[0].detail.empty());
}

TEST_CASE("A bank with a field given twice is refused at that field's JSON Pointer")
{
    const std::string text = baseDocument().dump();
    const std::string first = "\"weight\":";
    const std::size_t at = text.find(first);
    REQUIRE(at != std::string::npos);
    std::string twice = text;
    twice.insert(at, "\"weight\":2,");
    const BankLoadResult result = parseBank(twice);
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].kind == ProblemKind::DuplicateKey);
    CHECK(result.problems[0].detail == "weight");
    CHECK(result.problems[0].path.ends_with("/weight"));
}

TEST_CASE("A complete bank loads with every field in place")
{
    const BankLoadResult result = parseBank(serializeBank(baseBank()));
    INFO(test::describe(result.problems));
    REQUIRE(result.ok());
    CHECK(result.problems.empty());
    const QuestionBank& bank = *result.bank;
    CHECK(bank.id == "test.bank");
    REQUIRE(bank.frictions.size() == 2);
    CHECK(bank.frictions[1].id == "tribal_knowledge");
    CHECK(bank.frictions[1].weight == 2.0);
    CHECK(bank.questionCount() == 3);
    CHECK(bank.findQuestion("pd.map")->weight == 2.0);
    CHECK(bank.frictions[0].actionsFor(Band::High).at(0).id == "process_debt.high");
}

TEST_CASE("Optional fields may be left out")
{
    const BankLoadResult result = loadAfter([](json& d) {
        erase(d, "/language");
        erase(d, "/description");
        erase(d, "/scale");
        erase(d, "/frictions/0/weight");
    });
    INFO(test::describe(result.problems));
    REQUIRE(result.ok());
    CHECK(result.bank->language.empty());
    CHECK(result.bank->description.empty());
    CHECK(result.bank->scale == QuestionBank{}.scale);
    CHECK(result.bank->frictions[0].weight == 1.0);
}

TEST_CASE("A missing required field is reported at its JSON Pointer")
{
    const char* const pointers[] = {
        "/format",
        "/format_version",
        "/id",
        "/name",
        "/content_version",
        "/frictions",
        "/frictions/0/id",
        "/frictions/0/name",
        "/frictions/0/description",
        "/frictions/0/questions",
        "/frictions/0/actions",
        "/frictions/1/actions/low",
        "/frictions/0/actions/moderate",
        "/frictions/0/actions/critical",
        "/frictions/0/questions/1/id",
        "/frictions/0/questions/1/text",
        "/frictions/0/questions/1/help",
        "/frictions/0/questions/1/weight",
        "/frictions/1/questions/0/levels",
        "/frictions/0/actions/high/0/id",
        "/frictions/0/actions/high/0/title",
        "/frictions/0/actions/high/0/text",
        "/frictions/1/actions/critical/0/owner",
    };
    for (const std::string pointer : pointers) {
        INFO(pointer);
        const Problems problems = problemsAfter([&](json& d) { erase(d, pointer); });
        CHECK(problems == Problems{{ProblemKind::MissingField, pointer, ""}});
    }
}

TEST_CASE("A value of the wrong type is reported with the expected type")
{
    struct Case
    {
        std::string pointer;
        json value;
        std::string expected;
    };
    const Case cases[] = {
        {"/format", 1, "string"},
        {"/format_version", "1", "integer"},
        {"/format_version", 1.5, "integer"},
        {"/id", json::array(), "string"},
        {"/name", 3, "string"},
        {"/language", false, "string"},
        {"/scale", "scale", "array"},
        {"/scale/2", 2, "string"},
        {"/frictions", json::object(), "array"},
        {"/frictions/1", "tribal_knowledge", "object"},
        {"/frictions/0/id", 4, "string"},
        {"/frictions/0/weight", "2", "number"},
        {"/frictions/0/questions", json::object(), "array"},
        {"/frictions/0/questions/0", json::array(), "object"},
        {"/frictions/0/questions/0/weight", true, "number"},
        {"/frictions/0/questions/0/levels", "five", "array"},
        {"/frictions/0/questions/0/levels/3", 3, "string"},
        {"/frictions/0/actions", json::array(), "object"},
        {"/frictions/0/actions/high", json::object(), "array"},
        {"/frictions/0/actions/high/0", 7, "object"},
        {"/frictions/0/actions/high/0/owner", nullptr, "string"},
    };
    for (const Case& c : cases) {
        INFO(c.pointer << " = " << c.value.dump());
        const Problems problems = problemsAfter([&](json& d) { set(d, c.pointer, c.value); });
        CHECK(problems == Problems{{ProblemKind::WrongType, c.pointer, c.expected}});
    }
}

TEST_CASE("A document that is not an object is refused at the root")
{
    for (const char* text : {"[]", "3", "\"bank\"", "null"}) {
        INFO(text);
        const BankLoadResult result = parseBank(text);
        CHECK_FALSE(result.ok());
        CHECK(result.problems == Problems{{ProblemKind::WrongType, "", "object"}});
    }
}

TEST_CASE("An empty or blank string or list is reported where one is required")
{
    struct Case
    {
        std::string pointer;
        json value;
    };
    const Case cases[] = {
        {"/id", ""},
        {"/name", ""},
        {"/content_version", "   "},
        {"/format", ""},
        {"/scale/4", " \t"},
        {"/frictions", json::array()},
        {"/frictions/0/name", "\n"},
        {"/frictions/0/description", ""},
        {"/frictions/0/questions", json::array()},
        {"/frictions/0/questions/1/text", ""},
        {"/frictions/0/questions/1/help", "  "},
        {"/frictions/0/questions/1/levels/0", ""},
        {"/frictions/0/actions/moderate", json::array()},
        {"/frictions/1/actions/critical", json::array()},
        {"/frictions/0/actions/high/0/title", ""},
        {"/frictions/0/actions/high/0/owner", ""},
    };
    for (const Case& c : cases) {
        INFO(c.pointer << " = " << c.value.dump());
        const Problems problems = problemsAfter([&](json& d) { set(d, c.pointer, c.value); });
        CHECK(problems == Problems{{ProblemKind::EmptyValue, c.pointer, ""}});
    }
}

TEST_CASE("Only the low band may have no recommended actions")
{
    const BankLoadResult result = loadAfter([](json& d) { set(d, "/frictions/0/actions/low", json::array()); });
    INFO(test::describe(result.problems));
    REQUIRE(result.ok());
    CHECK(result.bank->frictions[0].actionsFor(Band::Low).empty());
    CHECK(result.bank->frictions[0].actionsFor(Band::Moderate).size() == 1);

    const Problems problems = problemsAfter([](json& d) { set(d, "/frictions/0/actions/moderate", json::array()); });
    CHECK(problems == Problems{{ProblemKind::EmptyValue, "/frictions/0/actions/moderate", ""}});
}

TEST_CASE("Unknown keys are reported at every level")
{
    const char* const objects[] = {
        "", "/frictions/0", "/frictions/0/actions", "/frictions/0/questions/1", "/frictions/1/actions/low/0",
    };
    for (const std::string object : objects) {
        INFO("in " << object);
        const Problems problems = problemsAfter([&](json& d) { d[json::json_pointer(object)]["colour"] = "blue"; });
        CHECK(problems == Problems{{ProblemKind::UnknownKey, object + "/colour", "colour"}});
    }
}

TEST_CASE("An unknown key's path is escaped as a JSON Pointer")
{
    const Problems problems = problemsAfter([](json& d) { d["frictions"][0]["a/b~c"] = 1; });
    CHECK(problems == Problems{{ProblemKind::UnknownKey, "/frictions/0/a~1b~0c", "a/b~c"}});
}

TEST_CASE("Extension keys starting with x- are allowed everywhere and $schema at the top")
{
    const BankLoadResult result = loadAfter([](json& d) {
        d["$schema"] = "https://example.org/lastmile-question-bank.schema.json";
        d["x-generator"] = "hand";
        d["frictions"][0]["x-note"] = json::object({{"anything", json::array({1, 2})}});
        d["frictions"][0]["actions"]["x-comment"] = "later";
        d["frictions"][0]["questions"][0]["x-source"] = "workshop";
        d["frictions"][1]["actions"]["low"][0]["x-cost"] = 3;
    });
    INFO(test::describe(result.problems));
    CHECK(result.ok());

    const Problems problems = problemsAfter([](json& d) { d["frictions"][0]["$schema"] = "x"; });
    CHECK(problems == Problems{{ProblemKind::UnknownKey, "/frictions/0/$schema", "$schema"}});
}

TEST_CASE("Another document format is refused")
{
    const Problems problems = problemsAfter([](json& d) { d["format"] = "lastmile-assessment"; });
    CHECK(problems == Problems{{ProblemKind::UnsupportedFormat, "/format", "lastmile-assessment"}});
}

TEST_CASE("An unsupported format version is refused without reading further")
{
    for (int version : {0, 2, -1}) {
        INFO(version);
        const Problems problems = problemsAfter([&](json& d) {
            d["format_version"] = version;
            d["frictions"] = "not even a list"; // not reported: the rest belongs to another version
        });
        CHECK(problems == Problems{{ProblemKind::UnsupportedVersion, "/format_version", std::to_string(version)}});
    }
}

TEST_CASE("Ids must match the id pattern")
{
    struct Case
    {
        std::string pointer;
        std::string id;
    };
    const Case cases[] = {
        {"/id", "Test"},
        {"/id", "1bank"},
        {"/frictions/0/questions/0/id", "pd map"},
        {"/frictions/0/questions/0/id", "_pd"},
        {"/frictions/0/questions/0/id", "pd/map"},
        {"/frictions/0/questions/0/id", "p" + std::string(64, 'x')},
        {"/frictions/1/actions/high/0/id", "Act.1"},
        {"/frictions/1/actions/high/0/id", "act\xc3\xa9"},
    };
    for (const Case& c : cases) {
        INFO(c.pointer << " = " << c.id);
        const Problems problems = problemsAfter([&](json& d) { set(d, c.pointer, c.id); });
        CHECK(problems == Problems{{ProblemKind::BadId, c.pointer, c.id}});
    }
}

TEST_CASE("isValidId accepts lower-case ids of letters, digits, '_', '.', '-' up to 64 characters")
{
    CHECK(isValidId("a"));
    CHECK(isValidId("core.v1_x-2"));
    CHECK(isValidId(std::string(64, 'z')));
    CHECK_FALSE(isValidId(""));
    CHECK_FALSE(isValidId(std::string(65, 'z')));
    CHECK_FALSE(isValidId("9a"));
    CHECK_FALSE(isValidId(".a"));
    CHECK_FALSE(isValidId("aB"));
    CHECK_FALSE(isValidId("a b"));
    CHECK_FALSE(isValidId("a:b"));
}

TEST_CASE("A friction id outside the seven frictions is refused")
{
    const Problems problems = problemsAfter([](json& d) { d["frictions"][0]["id"] = "morale"; });
    CHECK(problems == Problems{{ProblemKind::UnknownFriction, "/frictions/0/id", "morale"}});
}

TEST_CASE("A friction may appear only once")
{
    const Problems problems = problemsAfter([](json& d) {
        d["frictions"][1]["id"] = "process_debt";
        d["frictions"][1]["questions"][0]["id"] = "pd.other"; // keep the question ids distinct
    });
    CHECK(problems == Problems{{ProblemKind::DuplicateId, "/frictions/1/id", "process_debt"}});
}

TEST_CASE("Question ids are unique across the whole bank")
{
    SECTION("within one friction")
    {
        const Problems problems = problemsAfter([](json& d) { d["frictions"][0]["questions"][1]["id"] = "pd.map"; });
        CHECK(problems == Problems{{ProblemKind::DuplicateId, "/frictions/0/questions/1/id", "pd.map"}});
    }
    SECTION("across frictions")
    {
        const Problems problems = problemsAfter([](json& d) { d["frictions"][1]["questions"][0]["id"] = "pd.map"; });
        CHECK(problems == Problems{{ProblemKind::DuplicateId, "/frictions/1/questions/0/id", "pd.map"}});
    }
}

TEST_CASE("Action ids are unique across bands and frictions")
{
    SECTION("across bands of one friction")
    {
        const Problems problems =
            problemsAfter([](json& d) { d["frictions"][0]["actions"]["high"][0]["id"] = "process_debt.low"; });
        CHECK(problems == Problems{{ProblemKind::DuplicateId, "/frictions/0/actions/high/0/id", "process_debt.low"}});
    }
    SECTION("across frictions")
    {
        const Problems problems =
            problemsAfter([](json& d) { d["frictions"][1]["actions"]["low"][0]["id"] = "process_debt.critical"; });
        CHECK(problems ==
              Problems{{ProblemKind::DuplicateId, "/frictions/1/actions/low/0/id", "process_debt.critical"}});
    }
    SECTION("an action may share its id with a question")
    {
        const BankLoadResult result =
            loadAfter([](json& d) { d["frictions"][0]["actions"]["high"][0]["id"] = "pd.map"; });
        INFO(test::describe(result.problems));
        CHECK(result.ok());
    }
}

TEST_CASE("Every question has exactly five level anchors, and the scale five labels")
{
    for (int count : {0, 4, 6}) {
        INFO(count << " levels");
        const Problems problems = problemsAfter([&](json& d) {
            json list = json::array();
            for (int i = 0; i < count; ++i) {
                list.push_back("anchor " + std::to_string(i));
            }
            d["frictions"][0]["questions"][1]["levels"] = list;
            d["scale"] = list;
        });
        CHECK(problems == Problems{
                              {ProblemKind::LevelCount, "/scale", std::to_string(count)},
                              {ProblemKind::LevelCount, "/frictions/0/questions/1/levels", std::to_string(count)},
                          });
    }
}

TEST_CASE("A question weight must be above 0 and at most 10")
{
    struct Case
    {
        json weight;
        std::string detail;
    };
    const Case bad[] = {{0, "0.0"},        {-1, "-1.0"},      {-0.5, "-0.5"},
                        {10.5, "10.5"},    {1e300, "1e+300"}, {1e-310, "1e-310"}, // subnormal
                        {5e-324, "5e-324"}};
    for (const Case& c : bad) {
        INFO(c.weight.dump());
        const Problems problems =
            problemsAfter([&](json& d) { d["frictions"][1]["questions"][0]["weight"] = c.weight; });
        CHECK(problems == Problems{{ProblemKind::BadWeight, "/frictions/1/questions/0/weight", c.detail}});
    }
    for (const json& good : {json(0.01), json(1), json(10), json(10.0)}) {
        INFO(good.dump());
        const BankLoadResult result = loadAfter([&](json& d) { d["frictions"][1]["questions"][0]["weight"] = good; });
        INFO(test::describe(result.problems));
        REQUIRE(result.ok());
        CHECK(result.bank->frictions[1].questions[0].weight == good.get<double>());
    }
}

TEST_CASE("A friction weight must be above 0 and has no upper limit")
{
    const Problems problems = problemsAfter([](json& d) { d["frictions"][0]["weight"] = 0; });
    CHECK(problems == Problems{{ProblemKind::BadWeight, "/frictions/0/weight", "0.0"}});

    const Problems subnormal = problemsAfter([](json& d) { d["frictions"][0]["weight"] = 2e-310; });
    CHECK(subnormal == Problems{{ProblemKind::BadWeight, "/frictions/0/weight", "2e-310"}});

    const BankLoadResult result = loadAfter([](json& d) { d["frictions"][0]["weight"] = 25; });
    REQUIRE(result.ok());
    CHECK(result.bank->frictions[0].weight == 25.0);
}

TEST_CASE("A weight that is not a finite number never loads")
{
    SECTION("a number too large for a double is a syntax problem")
    {
        std::string text = serializeBank(baseBank());
        const std::string weight = "\"weight\": 1.5";
        const auto at = text.find(weight);
        REQUIRE(at != std::string::npos);
        text.replace(at, weight.size(), "\"weight\": 1e999");
        const BankLoadResult result = parseBank(text);
        CHECK_FALSE(result.ok());
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].kind == ProblemKind::Syntax);
    }
    SECTION("a NaN or infinite weight is written as null, which is not a number")
    {
        for (double weight : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
            QuestionBank bank = baseBank();
            bank.frictions[0].questions[0].weight = weight;
            const BankLoadResult result = parseBank(serializeBank(bank));
            CHECK_FALSE(result.ok());
            CHECK(result.problems == Problems{{ProblemKind::WrongType, "/frictions/0/questions/0/weight", "number"}});
        }
    }
}

TEST_CASE("A document over 4 MiB is refused before parsing")
{
    const std::string text = serializeBank(baseBank());
    REQUIRE(text.size() < kMaxBankBytes);
    const std::string atLimit = text + std::string(kMaxBankBytes - text.size(), ' ');
    REQUIRE(atLimit.size() == 4u * 1024u * 1024u);
    CHECK(parseBank(atLimit).ok());

    const BankLoadResult result = parseBank(atLimit + " ");
    CHECK_FALSE(result.ok());
    CHECK(result.problems == Problems{{ProblemKind::TooLarge, "", "4194304"}});

    const BankLoadResult garbage = parseBank(std::string(kMaxBankBytes + 1, '{'));
    CHECK(garbage.problems == Problems{{ProblemKind::TooLarge, "", "4194304"}});
}

TEST_CASE("A document nested deeper than 64 levels is refused")
{
    // The bank object itself is level 1, so an extension value of 63 nested arrays reaches level 64.
    const BankLoadResult atLimit = loadAfter([](json& d) { d["x-deep"] = json::parse(nestedArrays(63)); });
    INFO(test::describe(atLimit.problems));
    CHECK(atLimit.ok());

    const BankLoadResult tooDeep = loadAfter([](json& d) { d["x-deep"] = json::parse(nestedArrays(64)); });
    CHECK_FALSE(tooDeep.ok());
    CHECK(tooDeep.problems == Problems{{ProblemKind::TooDeep, "", "64"}});

    const BankLoadResult deepNonsense = parseBank(nestedArrays(10000));
    CHECK(deepNonsense.problems == Problems{{ProblemKind::TooDeep, "", "64"}});
}

TEST_CASE("Every problem of a bank is reported at once, and a bad bank yields no bank")
{
    const BankLoadResult result = loadAfter([](json& d) {
        d.erase("name");
        d["frictions"][0]["questions"][1]["weight"] = 0;
        d["frictions"][1]["actions"]["high"][0]["priority"] = "urgent";
    });
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.bank.has_value());
    CHECK(result.problems == Problems{
                                 {ProblemKind::MissingField, "/name", ""},
                                 {ProblemKind::BadWeight, "/frictions/0/questions/1/weight", "0.0"},
                                 {ProblemKind::UnknownKey, "/frictions/1/actions/high/0/priority", "priority"},
                             });
}

TEST_CASE("A serialized bank parses back to the same bank")
{
    SECTION("a plain bank")
    {
        const QuestionBank bank = baseBank();
        const BankLoadResult result = parseBank(serializeBank(bank));
        INFO(test::describe(result.problems));
        REQUIRE(result.ok());
        test::checkSameBank(*result.bank, bank);
    }
    SECTION("awkward values: fractions, escapes, non-ASCII text, empty optional text, several actions")
    {
        QuestionBank bank = test::makeBank({
            FrictionSpec{"efficiency_trap", {{"et.one", 1.0 / 3.0}, {"et.two", 0.1}, {"et.three", 9.999999999}}, 2.5},
            FrictionSpec{"pilot_proliferation", {{"pp.one", 10.0}}, 0.125},
        });
        bank.language.clear();
        bank.description.clear();
        bank.name = "Banque \xc3\xa9valu\xc3\xa9"
                    "e \xe2\x80\x93 \"quoted\" \\ / tab\tnew\nline";
        bank.scale = {"Nichts", "Begonnen", "Teilweise", "Weitgehend", "Vollst\xc3\xa4ndig"};
        bank.frictions[0].actions[static_cast<std::size_t>(Band::Low)].clear();
        bank.frictions[0].actions[static_cast<std::size_t>(Band::Critical)].push_back(
            {"et.critical.2", "Second", "Stop the cuts \xe2\x86\x92 now", "COO"});
        bank.frictions[1].questions[0].levels[2] = "50 % \xe2\x89\x88 partly";

        const std::string text = serializeBank(bank);
        const BankLoadResult result = parseBank(text);
        INFO(test::describe(result.problems));
        REQUIRE(result.ok());
        test::checkSameBank(*result.bank, bank);
        CHECK(serializeBank(*result.bank) == text);
    }
}

TEST_CASE("A bank inside a larger document reads and writes as JSON, with paths relative to it")
{
    const QuestionBank bank = baseBank();
    const json document = bankToJson(bank);
    CHECK(document == json::parse(serializeBank(bank)));

    const BankLoadResult result = bankFromJson(document);
    INFO(test::describe(result.problems));
    REQUIRE(result.ok());
    test::checkSameBank(*result.bank, bank);

    json changed = document;
    changed["frictions"][0]["questions"][1].erase("help");
    const BankLoadResult bad = bankFromJson(changed);
    CHECK_FALSE(bad.ok());
    CHECK(bad.problems == Problems{{ProblemKind::MissingField, "/frictions/0/questions/1/help", ""}});
}

TEST_CASE("A serialized bank names its format and version")
{
    const json document = json::parse(serializeBank(baseBank()));
    CHECK(document.at("format") == std::string(kBankFormat));
    CHECK(document.at("format_version") == kBankFormatVersion);
}

TEST_CASE("Bank files: missing, not a file, too large, and a good one")
{
    test::TempDir dir;

    const BankLoadResult missing = loadBankFile(dir.file("absent.json"));
    CHECK_FALSE(missing.ok());
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems[0].kind == ProblemKind::Unreadable);

    const BankLoadResult folder = loadBankFile(dir.path().string());
    CHECK(folder.problems == Problems{{ProblemKind::Unreadable, "", "not a regular file"}});

    test::writeBytes(dir.file("large.json"), std::string(kMaxBankBytes + 1, ' '));
    CHECK(loadBankFile(dir.file("large.json")).problems == Problems{{ProblemKind::TooLarge, "", "4194304"}});

    test::writeBytes(dir.file("bank.json"), serializeBank(baseBank()));
    const BankLoadResult good = loadBankFile(dir.file("bank.json"));
    INFO(test::describe(good.problems));
    REQUIRE(good.ok());
    test::checkSameBank(*good.bank, baseBank());
}

TEST_CASE("The shipped bank passes validation")
{
    INFO("bank file: " << LASTMILE_CORE_BANK);
    REQUIRE(std::filesystem::is_regular_file(LASTMILE_CORE_BANK));
    const BankLoadResult result = loadBankFile(LASTMILE_CORE_BANK);
    INFO(test::describe(result.problems));
    REQUIRE(result.ok());
    CHECK(result.problems.empty());
    const QuestionBank& bank = *result.bank;

    // The seven frictions, each once, in the domain's order.
    REQUIRE(bank.frictions.size() == kFrictionIds.size());
    for (std::size_t i = 0; i < kFrictionIds.size(); ++i) {
        CHECK(bank.frictions[i].id == kFrictionIds[i]);
        CHECK_FALSE(bank.frictions[i].questions.empty());
    }

    // What the loader guarantees holds, and the bank survives a round trip.
    const BankLoadResult again = parseBank(serializeBank(bank));
    INFO(test::describe(again.problems));
    REQUIRE(again.ok());
    test::checkSameBank(*again.bank, bank);
}
