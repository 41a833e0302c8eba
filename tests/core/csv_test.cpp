// SPDX-License-Identifier: Apache-2.0
#include "core/csv.h"

#include <catch2/catch.hpp>

using namespace lastmile;

TEST_CASE("A plain CSV field is written as it is")
{
    CHECK(csvField("") == "");
    CHECK(csvField("Order entry") == "Order entry");
    CHECK(csvField("55.6") == "55.6");
    CHECK(csvField("caf\xc3\xa9") == "caf\xc3\xa9");
}

TEST_CASE("A field with a comma, quote or line break is quoted, quotes doubled")
{
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
    CHECK(csvField("cr\rhere") == "\"cr\rhere\"");
}

TEST_CASE("A field that a spreadsheet would run as a formula is defused")
{
    CHECK(csvField("=SUM(A1:A2)") == "'=SUM(A1:A2)");
    CHECK(csvField("+1") == "'+1");
    CHECK(csvField("-1") == "'-1");
    CHECK(csvField("@cmd") == "'@cmd");
    CHECK(csvField("\tx") == "'\tx");
    CHECK(csvField("\rx") == "\"'\rx\"");
    CHECK(csvField("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    CHECK(csvField("a=b") == "a=b"); // only a leading character matters
}

TEST_CASE("A CSV row joins its fields with commas and ends with CRLF")
{
    CHECK(csvRow({}) == "\r\n");
    CHECK(csvRow({"a"}) == "a\r\n");
    CHECK(csvRow({"initiative", "score"}) == "initiative,score\r\n");
    CHECK(csvRow({"x,y", "", "=1"}) == "\"x,y\",,'=1\r\n");
}
