// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/question_bank.h"

#include <cstdint>

namespace lastmile {

struct SyntheticOptions
{
    int initiatives = 10; // 1..kMaxSyntheticInitiatives
    int respondents = 5;  // per round, 1..kMaxSyntheticRespondents
    int rounds = 2;       // 1..kMaxSyntheticRounds
    std::uint64_t seed = 1;
};

inline constexpr int kMaxSyntheticInitiatives = 10000;
inline constexpr int kMaxSyntheticRespondents = 100;
inline constexpr int kMaxSyntheticRounds = 50;

// Shares of the possible answers (initiatives x respondents x questions x rounds) that the
// generator leaves open, answers "don't know" and answers "not applicable". A question is not
// applicable to an initiative in a round for all its respondents at once.
inline constexpr double kSyntheticSkipShare = 0.02;
inline constexpr double kSyntheticDontKnowShare = 0.05;
inline constexpr double kSyntheticNotApplicableShare = 0.03;

// A large, plausible assessment for benchmarks and tests: "Initiative 001 — <function>" ...,
// rounds "Round 1" ... held a quarter apart, respondents "Respondent 01" ... in every round (each
// round has its own respondent ids), answers drawn around a per-initiative, per-friction profile
// that drifts from round to round (so a heatmap shows structure, not noise), with occasional
// facilitator consensus, one action and one target per initiative. Every round carries `bank` as
// its frozen copy.
//
// The result depends only on the bank and the options: the same seed gives the same data with
// any standard library. 100 initiatives x 12 respondents x 4 rounds on the shipped bank (about
// 300,000 answers) take a fraction of a second.
//
// Throws std::invalid_argument, naming the option, when an option is out of range.
Assessment makeSyntheticAssessment(const QuestionBank& bank, const SyntheticOptions& options = {});

} // namespace lastmile
