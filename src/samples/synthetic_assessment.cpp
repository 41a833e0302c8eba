// SPDX-License-Identifier: Apache-2.0
#include "synthetic_assessment.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace lastmile {

namespace {

constexpr std::array<std::string_view, 12> kFunctions = {
    "Order management", "Demand planning", "Accounts payable", "Customer service", "Logistics",   "Procurement",
    "Quality control",  "Maintenance",     "HR services",      "Sales operations", "Warehousing", "Financial planning",
};

constexpr std::array<std::string_view, 6> kRoles = {
    "COO", "Operations manager", "Process owner", "IT lead", "Data scientist", "Team lead",
};

constexpr std::array<Stage, 5> kStages = {Stage::Idea, Stage::Pilot, Stage::Scaling, Stage::Production,
                                          Stage::RolledBack};

constexpr std::array<ActionStatus, 4> kStatuses = {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done,
                                                   ActionStatus::Dropped};

// Shares as parts of ten thousand.
constexpr std::uint64_t perTenThousand(double share)
{
    return static_cast<std::uint64_t>(share * 10000.0 + 0.5);
}
constexpr std::uint64_t kSkip = perTenThousand(kSyntheticSkipShare);
constexpr std::uint64_t kDontKnow = perTenThousand(kSyntheticDontKnowShare);
constexpr std::uint64_t kNotApplicable = perTenThousand(kSyntheticNotApplicableShare);
constexpr std::uint64_t kConsensus = 100; // 1% of the questions of an initiative in a round
constexpr std::uint64_t kLeanPercent = 4; // how often a respondent answers one level above (or below) the room

// Draws from a fixed engine with a plain modulo mapping, so that a seed gives the same sequence
// with every standard library (the standard distributions do not promise that).
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t below(std::uint64_t bound) { return m_engine() % bound; }
    int between(int lowest, int highest)
    {
        return lowest + static_cast<int>(below(static_cast<std::uint64_t>(highest - lowest + 1)));
    }

private:
    std::mt19937_64 m_engine;
};

void checkRange(const char* option, int value, int maximum)
{
    if (value < 1 || value > maximum) {
        throw std::invalid_argument(std::string("synthetic assessment: ") + option + " must be between 1 and " +
                                    std::to_string(maximum) + ", not " + std::to_string(value));
    }
}

std::string padded(int value, int width)
{
    std::string text = std::to_string(value);
    if (static_cast<int>(text.size()) < width) {
        text.insert(0, static_cast<std::size_t>(width) - text.size(), '0');
    }
    return text;
}

// The 15th of the month, a quarter apart, starting in January 2026.
std::string quarterDate(int quarter)
{
    const int months = quarter * 3;
    return std::to_string(2026 + months / 12) + "-" + padded(months % 12 + 1, 2) + "-15";
}

struct QuestionRef
{
    const Question* question;
    std::size_t friction; // index into bank.frictions
};

// The intended friction score (0..100) per initiative, round and friction, and the per-question
// offset of each initiative: the structure the answers are drawn around.
struct Profile
{
    std::size_t frictionCount = 0;
    std::size_t questionCount = 0;
    int rounds = 0;
    std::vector<double> scores;  // [initiative][round][friction]
    std::vector<double> offsets; // [initiative][question], in levels

    double score(int initiative, int round, std::size_t friction) const
    {
        const auto row =
            static_cast<std::size_t>(initiative) * static_cast<std::size_t>(rounds) + static_cast<std::size_t>(round);
        return scores[row * frictionCount + friction];
    }
    double offset(int initiative, std::size_t question) const
    {
        return offsets[static_cast<std::size_t>(initiative) * questionCount + question];
    }
};

Profile makeProfile(Random& random, int initiatives, int rounds, std::size_t frictionCount, std::size_t questionCount)
{
    Profile profile;
    profile.frictionCount = frictionCount;
    profile.questionCount = questionCount;
    profile.rounds = rounds;
    profile.scores.reserve(static_cast<std::size_t>(initiatives) * static_cast<std::size_t>(rounds) * frictionCount);
    profile.offsets.reserve(static_cast<std::size_t>(initiatives) * questionCount);
    std::vector<double> current(frictionCount);
    for (int i = 0; i < initiatives; ++i) {
        const int maturity = random.between(15, 74); // how far the initiative is overall
        for (double& score : current) {
            score = std::clamp(static_cast<double>(maturity + random.between(-25, 25)), 0.0, 100.0);
        }
        for (int r = 0; r < rounds; ++r) {
            if (r > 0) {
                for (double& score : current) { // most frictions ease a little from round to round
                    score = std::clamp(score + random.between(-8, 4), 0.0, 100.0);
                }
            }
            profile.scores.insert(profile.scores.end(), current.begin(), current.end());
        }
        for (std::size_t q = 0; q < questionCount; ++q) {
            profile.offsets.push_back(random.between(-75, 75) / 100.0);
        }
    }
    return profile;
}

std::vector<QuestionRef> questionsOf(const QuestionBank& bank)
{
    std::vector<QuestionRef> questions;
    for (std::size_t f = 0; f < bank.frictions.size(); ++f) {
        for (const Question& question : bank.frictions[f].questions) {
            questions.push_back({&question, f});
        }
    }
    return questions;
}

void addAnswers(RoundData& data, Random& random, const Profile& profile, const std::vector<QuestionRef>& questions,
                int round, int initiative, std::int64_t initiativeId)
{
    for (std::size_t q = 0; q < questions.size(); ++q) {
        const std::string& questionId = questions[q].question->id;
        const double base = kMaxLevel - profile.score(initiative, round, questions[q].friction) / 25.0;
        const int level =
            std::clamp(static_cast<int>(std::lround(base + profile.offset(initiative, q))), kMinLevel, kMaxLevel);
        const bool notApplicable = random.below(10000) < kNotApplicable;
        for (const Respondent& respondent : data.respondents) {
            const std::uint64_t kind = random.below(10000);
            if (kind < kSkip) {
                continue;
            }
            AnswerRecord record;
            record.initiativeId = initiativeId;
            record.questionId = questionId;
            record.respondentId = respondent.id;
            if (notApplicable) {
                record.answer = Answer::notApplicable("Not part of this initiative.");
            } else if (kind < kSkip + kDontKnow) {
                record.answer = Answer::dontKnow();
            } else {
                const std::uint64_t lean = random.below(100);
                const int shift = lean < kLeanPercent ? 1 : (lean < 2 * kLeanPercent ? -1 : 0);
                record.answer = Answer::atLevel(std::clamp(level + shift, kMinLevel, kMaxLevel));
            }
            data.answers.push_back(std::move(record));
        }
        if (!notApplicable && random.below(10000) < kConsensus) {
            data.consensus.push_back({initiativeId, questionId, Answer::atLevel(level), "Agreed in the workshop."});
        }
    }
}

} // namespace

Assessment makeSyntheticAssessment(const QuestionBank& bank, const SyntheticOptions& options)
{
    checkRange("initiatives", options.initiatives, kMaxSyntheticInitiatives);
    checkRange("respondents", options.respondents, kMaxSyntheticRespondents);
    checkRange("rounds", options.rounds, kMaxSyntheticRounds);

    Random random(options.seed);
    Assessment assessment;
    assessment.organization = {"Synthetic Organization " + std::to_string(options.seed), "Synthetic data",
                               "Generated for benchmarks and tests: " + std::to_string(options.initiatives) +
                                   " initiatives, " + std::to_string(options.respondents) + " respondents, " +
                                   std::to_string(options.rounds) + " rounds, seed " + std::to_string(options.seed) +
                                   "."};
    assessment.branding.firmName = "Synthetic data";

    const int width = std::max(3, static_cast<int>(std::to_string(options.initiatives).size()));
    assessment.initiatives.reserve(static_cast<std::size_t>(options.initiatives));
    for (int i = 1; i <= options.initiatives; ++i) {
        const std::string number = padded(i, width);
        const std::string_view function = kFunctions[random.below(kFunctions.size())];
        Initiative initiative;
        initiative.id = i;
        initiative.name = "Initiative " + number + " \u2014 " + std::string(function);
        initiative.businessFunction = function;
        initiative.owner = "Owner " + number;
        initiative.stage = kStages[random.below(kStages.size())];
        initiative.targetOutcome =
            "Improve the " + std::string(function) + " result that initiative " + number + " was funded to move.";
        assessment.initiatives.push_back(std::move(initiative));
    }

    const std::vector<QuestionRef> questions = questionsOf(bank);
    const Profile profile =
        makeProfile(random, options.initiatives, options.rounds, bank.frictions.size(), questions.size());

    const int respondentWidth = std::max(2, static_cast<int>(std::to_string(options.respondents).size()));
    std::int64_t nextRespondentId = 1;
    assessment.rounds.reserve(static_cast<std::size_t>(options.rounds));
    for (int r = 0; r < options.rounds; ++r) {
        RoundData data;
        data.round = {r + 1, "Round " + std::to_string(r + 1), quarterDate(r)};
        data.bank = bank;
        for (int p = 1; p <= options.respondents; ++p) {
            data.respondents.push_back({nextRespondentId++, data.round.id, "Respondent " + padded(p, respondentWidth),
                                        std::string(kRoles[static_cast<std::size_t>(p - 1) % kRoles.size()])});
        }
        data.answers.reserve(static_cast<std::size_t>(options.initiatives) *
                             static_cast<std::size_t>(options.respondents) * questions.size());
        for (int i = 0; i < options.initiatives; ++i) {
            addAnswers(data, random, profile, questions, r, i, assessment.initiatives[static_cast<std::size_t>(i)].id);
        }
        assessment.rounds.push_back(std::move(data));
    }

    // One action and one target per initiative, on a friction of its own, for the plan views.
    std::int64_t nextActionId = 1;
    const int lastRound = options.rounds - 1;
    for (int i = 0; i < options.initiatives && !bank.frictions.empty(); ++i) {
        const Initiative& initiative = assessment.initiatives[static_cast<std::size_t>(i)];
        const std::size_t f = random.below(bank.frictions.size());
        const Friction& friction = bank.frictions[f];
        const auto& recommended = friction.actionsFor(bandForScore(profile.score(i, lastRound, f)));
        Action action;
        action.id = nextActionId++;
        action.initiativeId = initiative.id;
        action.frictionId = friction.id;
        action.text = "Reduce " + friction.name + " for " + initiative.name + ".";
        action.owner = initiative.owner;
        action.due = quarterDate(random.between(0, options.rounds + 1));
        action.status = kStatuses[random.below(kStatuses.size())];
        action.recommendationId = recommended.empty() ? std::string() : recommended.front().id;
        assessment.actions.push_back(std::move(action));
        assessment.targets.push_back({initiative.id, friction.id, random.below(2) == 0 ? 25.0 : 40.0});
    }
    return assessment;
}

} // namespace lastmile
