// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/answer.h"
#include "core/problem.h"
#include "core/question_bank.h"
#include "core/scoring.h"

#include <catch2/catch.hpp>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace lastmile::test {

struct QuestionSpec
{
    std::string id;
    double weight = 1.0;
};

struct FrictionSpec
{
    std::string id; // one of kFrictionIds
    std::vector<QuestionSpec> questions;
    double weight = 1.0;
};

// A complete bank that passes validation: the given frictions and questions, every text filled
// in, and per friction one recommended action for each band ("<friction>.<band>").
QuestionBank makeBank(const std::vector<FrictionSpec>& frictions);

// The responses to one question: respondents 1, 2, 3, ... in the order given.
QuestionResponses responses(std::initializer_list<Answer> answers, std::optional<Answer> consensus = std::nullopt);

// Checks, field by field, that two banks are the same.
void checkSameBank(const QuestionBank& actual, const QuestionBank& expected);

std::string problemKindName(ProblemKind kind);
std::string describe(const Problems& problems);

} // namespace lastmile::test

namespace Catch {

template <> struct StringMaker<lastmile::Problem>
{
    static std::string convert(const lastmile::Problem& problem)
    {
        return "{" + lastmile::test::problemKindName(problem.kind) + ", \"" + problem.path + "\", \"" + problem.detail +
               "\"}";
    }
};

} // namespace Catch
