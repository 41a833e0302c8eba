// SPDX-License-Identifier: Apache-2.0
#include "core/answer.h"

#include <catch2/catch.hpp>

using namespace lastmile;

TEST_CASE("Levels run from 0 to 4")
{
    CHECK(kMinLevel == 0);
    CHECK(kMaxLevel == 4);
    for (int level = 0; level <= 4; ++level) {
        CHECK(isValidLevel(level));
    }
    CHECK_FALSE(isValidLevel(-1));
    CHECK_FALSE(isValidLevel(5));
}

TEST_CASE("Answer constructors say what kind of answer it is")
{
    const Answer three = Answer::atLevel(3);
    CHECK(three.kind == Answer::Kind::Level);
    CHECK(three.isLevel());
    CHECK(three.level == 3);

    const Answer unknown = Answer::dontKnow();
    CHECK(unknown.kind == Answer::Kind::DontKnow);
    CHECK_FALSE(unknown.isLevel());

    const Answer na = Answer::notApplicable("no agents in this process");
    CHECK(na.kind == Answer::Kind::NotApplicable);
    CHECK_FALSE(na.isLevel());
    CHECK(na.reason == "no agents in this process");

    CHECK(Answer{} == Answer::dontKnow());
    CHECK(Answer::atLevel(2) == Answer::atLevel(2));
    CHECK_FALSE(Answer::atLevel(2) == Answer::atLevel(1));
    CHECK_FALSE(Answer::notApplicable("a") == Answer::notApplicable("b"));
}

TEST_CASE("Answer tokens: 0..4, dk and na, and back")
{
    for (int level = 0; level <= 4; ++level) {
        const auto answer = answerFromToken(std::to_string(level));
        REQUIRE(answer.has_value());
        CHECK(*answer == Answer::atLevel(level));
        CHECK(answerToken(*answer) == std::to_string(level));
    }
    CHECK(answerFromToken("dk") == std::optional<Answer>(Answer::dontKnow()));
    CHECK(answerFromToken("na") == std::optional<Answer>(Answer::notApplicable()));
    CHECK(answerToken(Answer::dontKnow()) == "dk");
    CHECK(answerToken(Answer::notApplicable("reason is not part of the token")) == "na");
}

TEST_CASE("Anything else is not an answer token")
{
    for (const char* token : {"", "5", "-1", "9", "01", "1.0", " 1", "1 ", "DK", "NA", "n/a", "dont know", "x"}) {
        INFO("token '" << token << "'");
        CHECK_FALSE(answerFromToken(token).has_value());
    }
}
