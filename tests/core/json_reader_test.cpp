// SPDX-License-Identifier: Apache-2.0
#include "bank_builder.h"
#include "core/json_reader.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

using namespace lastmile;
using nlohmann::json;

namespace {

std::string nestedArrays(int depth, const std::string& inner = {})
{
    return std::string(static_cast<std::size_t>(depth), '[') + inner +
           std::string(static_cast<std::size_t>(depth), ']');
}

std::string nestedObjects(int depth)
{
    std::string text;
    for (int i = 0; i < depth; ++i) {
        text += "{\"k\":";
    }
    text += "1";
    text += std::string(static_cast<std::size_t>(depth), '}');
    return text;
}

bool parses(const std::string& text, int maxDepth, Problems& problems)
{
    return parseJsonDocument(text, 1 << 20, maxDepth, problems).has_value();
}

} // namespace

TEST_CASE("jsonPointer appends a key or an index and escapes '~' and '/'")
{
    CHECK(jsonPointer("", "frictions") == "/frictions");
    CHECK(jsonPointer("/frictions", std::size_t{3}) == "/frictions/3");
    CHECK(jsonPointer("/frictions/3", "a/b") == "/frictions/3/a~1b");
    CHECK(jsonPointer("", "m~n") == "/m~0n");
    CHECK(jsonPointer("", "~/") == "/~0~1");
    CHECK(jsonPointer("", "") == "/");
    CHECK(jsonPointer("/x", std::size_t{0}) == "/x/0");

    // What the pointer names is what nlohmann::json finds with it.
    const json document = json::parse(R"({"a/b": {"m~n": [10, 20]}})");
    CHECK(document.at(json::json_pointer(jsonPointer(jsonPointer(jsonPointer("", "a/b"), "m~n"), std::size_t{1}))) ==
          20);
}

TEST_CASE("parseJsonDocument parses JSON within the limits")
{
    Problems problems;
    const auto document = parseJsonDocument(R"({"a": [1, 2.5, "x", null, true]})", 100, 8, problems);
    REQUIRE(document.has_value());
    CHECK(problems.empty());
    CHECK(document->at("a").size() == 5);
    CHECK(document->at("a")[1].get<double>() == 2.5);
}

TEST_CASE("parseJsonDocument refuses text longer than the byte limit")
{
    const std::string text = R"({"a": 1})"; // 8 bytes
    Problems problems;
    CHECK(parseJsonDocument(text, 8, 8, problems).has_value());
    CHECK(problems.empty());
    CHECK_FALSE(parseJsonDocument(text, 7, 8, problems).has_value());
    CHECK(problems == Problems{{ProblemKind::TooLarge, "", "7"}});
}

TEST_CASE("parseJsonDocument reports a syntax error with the parser's message")
{
    for (const char* text : {"", "{", "{\"a\": }", "[1, 2,]", "{\"a\": 1} trailing", "nul"}) {
        INFO("text: " << text);
        Problems problems;
        CHECK_FALSE(parseJsonDocument(text, 100, 8, problems).has_value());
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].kind == ProblemKind::Syntax);
        CHECK(problems[0].path.empty());
        CHECK(problems[0].detail.find("parse error") != std::string::npos);
        CHECK(problems[0].detail.find("json.exception") == std::string::npos); // no library tag
        CHECK(problems[0].detail.front() != '[');
    }
}

TEST_CASE("parseJsonDocument refuses a key given twice in one object, naming its JSON Pointer")
{
    const auto refusal = [](const std::string& text) {
        Problems problems;
        CHECK_FALSE(parseJsonDocument(text, 1000, 16, problems).has_value());
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].kind == ProblemKind::DuplicateKey);
        return problems[0];
    };
    CHECK(refusal(R"({"a": 1, "a": 2})") == Problem{ProblemKind::DuplicateKey, "/a", "a"});
    CHECK(refusal(R"({"answers": [{"level": 0}, 7, [1, {"x": 1}], {"kind": "level", "level": 0, "level": 4}]})") ==
          Problem{ProblemKind::DuplicateKey, "/answers/3/level", "level"});
    CHECK(refusal(R"([{"a/b": {"c": 1, "c": 1}}])") == Problem{ProblemKind::DuplicateKey, "/0/a~1b/c", "c"});

    // The same key in different objects is fine.
    Problems problems;
    CHECK(parseJsonDocument(R"({"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]})", 1000, 16, problems).has_value());
    CHECK(problems.empty());
}

TEST_CASE("parseJsonDocument counts the nesting of objects and arrays")
{
    for (int limit : {1, 2, 5, 64}) {
        INFO("limit " << limit);
        Problems problems;
        CHECK(parses(nestedArrays(limit), limit, problems));
        CHECK(parses(nestedArrays(limit, "1"), limit, problems));
        CHECK(parses(nestedObjects(limit), limit, problems));
        CHECK(problems.empty());

        for (const std::string& text :
             {nestedArrays(limit + 1), nestedArrays(limit + 1, "\"s\""), nestedObjects(limit + 1)}) {
            Problems refused;
            CHECK_FALSE(parses(text, limit, refused));
            CHECK(refused == Problems{{ProblemKind::TooDeep, "", std::to_string(limit)}});
        }
    }
    Problems problems;
    CHECK(parses("42", 0, problems)); // a lone value has no nesting
    CHECK_FALSE(parses("[]", 0, problems));
}

TEST_CASE("JsonObjectReader reads the fields of an object")
{
    const json object = json::parse(R"({
        "s": "text", "blank": " ", "n": 2.5, "i": 7, "neg": -3, "b": true,
        "arr": [1], "obj": {"k": 1}, "big": 18446744073709551615, "x-ext": 1, "extra": 0
    })");
    Problems problems;
    JsonObjectReader reader(object, "/root", problems);
    REQUIRE(reader.isObject());
    CHECK(reader.path() == "/root");
    CHECK(reader.pathOf("s") == "/root/s");

    CHECK(reader.requiredString("s") == std::optional<std::string>("text"));
    CHECK(reader.optionalString("s") == std::optional<std::string>("text"));
    CHECK(reader.requiredString("blank", true) == std::optional<std::string>(" "));
    CHECK(reader.requiredNumber("n") == std::optional<double>(2.5));
    CHECK(reader.requiredNumber("i") == std::optional<double>(7.0)); // an integer is a number
    CHECK(reader.requiredInteger("i") == std::optional<std::int64_t>(7));
    CHECK(reader.optionalInteger("neg") == std::optional<std::int64_t>(-3));
    CHECK(reader.optionalBool("b") == std::optional<bool>(true));
    CHECK(reader.requiredArray("arr") != nullptr);
    CHECK(reader.optionalObject("obj") != nullptr);
    CHECK(problems.empty());

    SECTION("absent optional fields are no problem")
    {
        CHECK_FALSE(reader.optionalString("none"));
        CHECK_FALSE(reader.optionalNumber("none"));
        CHECK_FALSE(reader.optionalInteger("none"));
        CHECK_FALSE(reader.optionalBool("none"));
        CHECK(reader.optionalArray("none") == nullptr);
        CHECK(reader.optionalObject("none") == nullptr);
        CHECK(problems.empty());
    }
    SECTION("absent required fields are reported")
    {
        CHECK_FALSE(reader.requiredString("a"));
        CHECK_FALSE(reader.requiredNumber("b2"));
        CHECK_FALSE(reader.requiredInteger("c"));
        CHECK(reader.requiredArray("d") == nullptr);
        CHECK(reader.requiredObject("e") == nullptr);
        CHECK(problems == Problems{
                              {ProblemKind::MissingField, "/root/a", ""},
                              {ProblemKind::MissingField, "/root/b2", ""},
                              {ProblemKind::MissingField, "/root/c", ""},
                              {ProblemKind::MissingField, "/root/d", ""},
                              {ProblemKind::MissingField, "/root/e", ""},
                          });
    }
    SECTION("mistyped fields are reported with the expected type")
    {
        CHECK_FALSE(reader.requiredString("n"));
        CHECK_FALSE(reader.optionalNumber("s"));
        CHECK_FALSE(reader.requiredInteger("n"));
        CHECK_FALSE(reader.optionalInteger("big")); // beyond the range of a signed 64-bit integer
        CHECK_FALSE(reader.optionalBool("i"));
        CHECK(reader.requiredArray("obj") == nullptr);
        CHECK(reader.optionalObject("arr") == nullptr);
        CHECK(problems == Problems{
                              {ProblemKind::WrongType, "/root/n", "string"},
                              {ProblemKind::WrongType, "/root/s", "number"},
                              {ProblemKind::WrongType, "/root/n", "integer"},
                              {ProblemKind::WrongType, "/root/big", "integer"},
                              {ProblemKind::WrongType, "/root/i", "boolean"},
                              {ProblemKind::WrongType, "/root/obj", "array"},
                              {ProblemKind::WrongType, "/root/arr", "object"},
                          });
    }
    SECTION("a blank required string is empty unless allowed")
    {
        CHECK_FALSE(reader.requiredString("blank"));
        CHECK(problems == Problems{{ProblemKind::EmptyValue, "/root/blank", ""}});
    }
    SECTION("unread keys are unknown, except x- keys and those allowed")
    {
        reader.rejectUnknownKeys();
        CHECK(problems == Problems{
                              {ProblemKind::UnknownKey, "/root/big", "big"},
                              {ProblemKind::UnknownKey, "/root/extra", "extra"},
                          });
        problems.clear();
        reader.rejectUnknownKeys({"big", "extra"});
        CHECK(problems.empty());
    }
}

TEST_CASE("A key read with the wrong type is not also reported as unknown")
{
    const json object = json::parse(R"({"weight": "heavy"})");
    Problems problems;
    JsonObjectReader reader(object, "", problems);
    CHECK_FALSE(reader.requiredNumber("weight"));
    reader.rejectUnknownKeys();
    CHECK(problems == Problems{{ProblemKind::WrongType, "/weight", "number"}});
}

TEST_CASE("JsonObjectReader on a value that is not an object reports it once")
{
    const json value = json::array({1, 2});
    Problems problems;
    JsonObjectReader reader(value, "/frictions/2", problems);
    CHECK_FALSE(reader.isObject());
    CHECK_FALSE(reader.requiredString("id"));
    CHECK(reader.requiredArray("questions") == nullptr);
    reader.rejectUnknownKeys();
    CHECK(problems == Problems{{ProblemKind::WrongType, "/frictions/2", "object"}});
}

TEST_CASE("readTextFile reads a whole file byte for byte, within the limit")
{
    test::TempDir dir;
    const std::string bytes = std::string("line one\r\nline two\n") + '\0' + "\xff tail";
    test::writeBytes(dir.file("data.json"), bytes);

    Problems problems;
    CHECK(readTextFile(dir.file("data.json"), bytes.size(), problems) == std::optional<std::string>(bytes));
    CHECK(problems.empty());

    CHECK_FALSE(readTextFile(dir.file("data.json"), bytes.size() - 1, problems));
    CHECK(problems == Problems{{ProblemKind::TooLarge, "", std::to_string(bytes.size() - 1)}});

    test::writeBytes(dir.file("empty.json"), "");
    problems.clear();
    CHECK(readTextFile(dir.file("empty.json"), 10, problems) == std::optional<std::string>(""));
    CHECK(problems.empty());
}

TEST_CASE("readTextFile reports a missing file and a folder as unreadable")
{
    test::TempDir dir;
    Problems problems;
    CHECK_FALSE(readTextFile(dir.file("absent.json"), 100, problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].kind == ProblemKind::Unreadable);
    CHECK_FALSE(problems[0].detail.empty());

    problems.clear();
    CHECK_FALSE(readTextFile(dir.path().string(), 100, problems));
    CHECK(problems == Problems{{ProblemKind::Unreadable, "", "not a regular file"}});
}
