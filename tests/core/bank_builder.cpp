// SPDX-License-Identifier: Apache-2.0
#include "bank_builder.h"

#include "core/band.h"

namespace lastmile::test {

QuestionBank makeBank(const std::vector<FrictionSpec>& frictions)
{
    QuestionBank bank;
    bank.id = "test.bank";
    bank.name = "Test bank";
    bank.contentVersion = "1.0.0";
    bank.language = "en";
    bank.description = "A bank built for the tests.";
    for (const FrictionSpec& spec : frictions) {
        Friction friction;
        friction.id = spec.id;
        friction.name = "Friction " + spec.id;
        friction.description = "What " + spec.id + " is about.";
        friction.weight = spec.weight;
        for (const QuestionSpec& questionSpec : spec.questions) {
            Question question;
            question.id = questionSpec.id;
            question.text = "Question " + questionSpec.id + "?";
            question.help = "Help for " + questionSpec.id + ".";
            question.weight = questionSpec.weight;
            for (std::size_t level = 0; level < question.levels.size(); ++level) {
                question.levels[level] = "Level " + std::to_string(level) + " of " + questionSpec.id;
            }
            friction.questions.push_back(std::move(question));
        }
        for (Band band : kBands) {
            const std::string id = spec.id + "." + std::string(bandId(band));
            friction.actions[static_cast<std::size_t>(band)].push_back(
                {id, "Title " + id, "Text " + id, "Owner " + id});
        }
        bank.frictions.push_back(std::move(friction));
    }
    return bank;
}

QuestionResponses responses(std::initializer_list<Answer> answers, std::optional<Answer> consensus)
{
    QuestionResponses result;
    std::int64_t respondent = 1;
    for (const Answer& answer : answers) {
        result.answers.push_back({respondent++, answer});
    }
    result.consensus = std::move(consensus);
    return result;
}

void checkSameBank(const QuestionBank& actual, const QuestionBank& expected)
{
    CHECK(actual.formatVersion == expected.formatVersion);
    CHECK(actual.id == expected.id);
    CHECK(actual.name == expected.name);
    CHECK(actual.contentVersion == expected.contentVersion);
    CHECK(actual.language == expected.language);
    CHECK(actual.description == expected.description);
    CHECK(actual.scale == expected.scale);
    REQUIRE(actual.frictions.size() == expected.frictions.size());
    for (std::size_t f = 0; f < expected.frictions.size(); ++f) {
        const Friction& a = actual.frictions[f];
        const Friction& e = expected.frictions[f];
        INFO("friction " << e.id);
        CHECK(a.id == e.id);
        CHECK(a.name == e.name);
        CHECK(a.description == e.description);
        CHECK(a.weight == e.weight);
        REQUIRE(a.questions.size() == e.questions.size());
        for (std::size_t q = 0; q < e.questions.size(); ++q) {
            INFO("question " << e.questions[q].id);
            CHECK(a.questions[q].id == e.questions[q].id);
            CHECK(a.questions[q].text == e.questions[q].text);
            CHECK(a.questions[q].help == e.questions[q].help);
            CHECK(a.questions[q].weight == e.questions[q].weight);
            CHECK(a.questions[q].levels == e.questions[q].levels);
        }
        for (Band band : kBands) {
            INFO("band " << bandId(band));
            const auto& aActions = a.actionsFor(band);
            const auto& eActions = e.actionsFor(band);
            REQUIRE(aActions.size() == eActions.size());
            for (std::size_t i = 0; i < eActions.size(); ++i) {
                CHECK(aActions[i].id == eActions[i].id);
                CHECK(aActions[i].title == eActions[i].title);
                CHECK(aActions[i].text == eActions[i].text);
                CHECK(aActions[i].owner == eActions[i].owner);
            }
        }
    }
}

std::string problemKindName(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::Unreadable:
        return "Unreadable";
    case ProblemKind::TooLarge:
        return "TooLarge";
    case ProblemKind::Syntax:
        return "Syntax";
    case ProblemKind::DuplicateKey:
        return "DuplicateKey";
    case ProblemKind::TooDeep:
        return "TooDeep";
    case ProblemKind::MissingField:
        return "MissingField";
    case ProblemKind::WrongType:
        return "WrongType";
    case ProblemKind::EmptyValue:
        return "EmptyValue";
    case ProblemKind::UnknownKey:
        return "UnknownKey";
    case ProblemKind::UnsupportedFormat:
        return "UnsupportedFormat";
    case ProblemKind::UnsupportedVersion:
        return "UnsupportedVersion";
    case ProblemKind::BadId:
        return "BadId";
    case ProblemKind::DuplicateId:
        return "DuplicateId";
    case ProblemKind::UnknownFriction:
        return "UnknownFriction";
    case ProblemKind::UnknownReference:
        return "UnknownReference";
    case ProblemKind::LevelCount:
        return "LevelCount";
    case ProblemKind::BadWeight:
        return "BadWeight";
    case ProblemKind::OutOfRange:
        return "OutOfRange";
    case ProblemKind::BadValue:
        return "BadValue";
    }
    return "ProblemKind(" + std::to_string(static_cast<int>(kind)) + ")";
}

std::string describe(const Problems& problems)
{
    std::string text;
    for (const Problem& problem : problems) {
        text += Catch::StringMaker<Problem>::convert(problem) + "\n";
    }
    return text;
}

} // namespace lastmile::test
