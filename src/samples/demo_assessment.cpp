// SPDX-License-Identifier: Apache-2.0
#include "demo_assessment.h"

#include "core/friction.h"
#include "demo_content.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string_view>
#include <tuple>

namespace lastmile {

namespace {

// Answers are drawn from a hash of what they are about, not from a running random sequence, so
// an answer stays the same whatever else the bank contains.
class Hash
{
public:
    Hash& add(std::string_view text)
    {
        for (const char c : text) {
            addByte(static_cast<unsigned char>(c));
        }
        addByte(0xff);
        return *this;
    }

    Hash& add(std::int64_t number)
    {
        auto bits = static_cast<std::uint64_t>(number);
        for (int i = 0; i < 8; ++i) {
            addByte(static_cast<unsigned char>(bits & 0xffu));
            bits >>= 8;
        }
        return *this;
    }

    // A well-mixed 64-bit value (the splitmix64 finalizer over FNV-1a).
    std::uint64_t value() const
    {
        std::uint64_t z = m_state + 0x9e3779b97f4a7c15ull;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

private:
    void addByte(unsigned char byte)
    {
        m_state ^= byte;
        m_state *= 0x100000001b3ull;
    }

    std::uint64_t m_state = 0xcbf29ce484222325ull;
};

// Shares of generated answers, in thousandths.
constexpr std::uint64_t kSkipPerMille = 30;     // the respondent left the question open
constexpr std::uint64_t kDontKnowPerMille = 15; // the respondent answered "don't know"

std::size_t frictionIndex(std::string_view frictionId)
{
    const auto found = std::find(kFrictionIds.begin(), kFrictionIds.end(), frictionId);
    return static_cast<std::size_t>(found - kFrictionIds.begin());
}

// The level the room as a whole would give: the friction's intended score, turned into a level,
// moved up or down per question so that the questions of one friction do not all read the same.
// The move belongs to the initiative and question, not to the round, so a trend shows real change.
int roomLevel(double intendedScore, std::int64_t initiativeId, std::string_view questionId)
{
    const double base = kMaxLevel - intendedScore / 25.0;
    const std::uint64_t draw = Hash().add("room").add(initiativeId).add(questionId).value() % 151;
    const double offset = (static_cast<double>(draw) - 75.0) / 100.0;
    return std::clamp(static_cast<int>(std::lround(base + offset)), kMinLevel, kMaxLevel);
}

struct GeneratedAnswer
{
    bool skipped = false;
    Answer answer;
};

GeneratedAnswer respondentAnswer(int level, const demo::RespondentSpec& respondent, int round,
                                 std::int64_t initiativeId, std::string_view questionId, int respondentIndex)
{
    const std::uint64_t draw =
        Hash().add("respondent").add(round).add(initiativeId).add(questionId).add(respondentIndex).value();
    const std::uint64_t kind = draw % 1000;
    const auto lean = static_cast<int>((draw / 1000) % 100);
    GeneratedAnswer result;
    if (kind < kSkipPerMille) {
        result.skipped = true;
    }
    if (kind >= kSkipPerMille && kind < kSkipPerMille + kDontKnowPerMille) {
        result.answer = Answer::dontKnow();
        return result;
    }
    if (lean < respondent.raisesPercent) {
        ++level;
    } else if (lean < respondent.raisesPercent + respondent.lowersPercent) {
        --level;
    }
    result.answer = Answer::atLevel(std::clamp(level, kMinLevel, kMaxLevel));
    return result;
}

Answer specifiedAnswer(const demo::AnswerSpec& spec, const Answer& generated)
{
    switch (spec.answer) {
    case demo::kKeepGenerated:
        return generated;
    case demo::kDontKnow:
        return Answer::dontKnow();
    case demo::kNotApplicable:
        return Answer::notApplicable(std::string(spec.reason));
    default:
        return Answer::atLevel(std::clamp(spec.answer, kMinLevel, kMaxLevel));
    }
}

using AnswerKey = std::tuple<int, std::int64_t, std::string_view, int>; // round, initiative, question, respondent

std::map<AnswerKey, const demo::AnswerSpec*> indexAnswerSpecs()
{
    std::map<AnswerKey, const demo::AnswerSpec*> index;
    for (const demo::AnswerSpec& spec : demo::answers()) {
        index[{spec.round, spec.initiativeId, spec.questionId, spec.respondent}] = &spec;
    }
    return index;
}

const demo::AnswerSpec* findAnswerSpec(const std::map<AnswerKey, const demo::AnswerSpec*>& index, int round,
                                       std::int64_t initiativeId, std::string_view questionId, int respondent)
{
    for (const int who : {respondent, demo::kAllRespondents}) {
        const auto found = index.find({round, initiativeId, questionId, who});
        if (found != index.end()) {
            return found->second;
        }
    }
    return nullptr;
}

void addAnswers(RoundData& data, int round, const demo::InitiativeSpec& initiative, const QuestionBank& bank,
                const std::map<AnswerKey, const demo::AnswerSpec*>& specs)
{
    const demo::RoundSpec& roundSpec = demo::rounds()[static_cast<std::size_t>(round)];
    const auto& scores = initiative.intendedScores[static_cast<std::size_t>(round)];
    for (const Friction& friction : bank.frictions) {
        const std::size_t index = frictionIndex(friction.id);
        const double intended = index < scores.size() ? scores[index] : 50.0;
        for (const Question& question : friction.questions) {
            const int level = roomLevel(intended, initiative.id, question.id);
            for (std::size_t r = 0; r < data.respondents.size(); ++r) {
                const int respondentIndex = static_cast<int>(r);
                GeneratedAnswer generated = respondentAnswer(level, roundSpec.respondents[r], round, initiative.id,
                                                             question.id, respondentIndex);
                const demo::AnswerSpec* spec =
                    findAnswerSpec(specs, round, initiative.id, question.id, respondentIndex);
                if (!spec && generated.skipped) {
                    continue;
                }
                AnswerRecord record;
                record.initiativeId = initiative.id;
                record.questionId = question.id;
                record.respondentId = data.respondents[r].id;
                record.answer = spec ? specifiedAnswer(*spec, generated.answer) : std::move(generated.answer);
                if (spec) {
                    record.note = spec->note;
                    record.evidence = spec->evidence;
                }
                data.answers.push_back(std::move(record));
            }
        }
    }
}

RoundData makeRound(int round, const QuestionBank& bank, std::int64_t& nextRespondentId,
                    const std::map<AnswerKey, const demo::AnswerSpec*>& specs)
{
    const demo::RoundSpec& spec = demo::rounds()[static_cast<std::size_t>(round)];
    RoundData data;
    data.round.id = round + 1;
    data.round.name = spec.name;
    data.round.heldOn = spec.heldOn;
    data.bank = bank;
    for (const demo::RespondentSpec& respondent : spec.respondents) {
        data.respondents.push_back(
            {nextRespondentId++, data.round.id, std::string(respondent.name), std::string(respondent.role)});
    }
    for (const demo::InitiativeSpec& initiative : demo::initiatives()) {
        addAnswers(data, round, initiative, bank, specs);
    }
    for (const demo::ConsensusSpec& consensus : demo::consensus()) {
        if (consensus.round == round && bank.findQuestion(consensus.questionId)) {
            data.consensus.push_back({consensus.initiativeId, std::string(consensus.questionId),
                                      Answer::atLevel(consensus.level), std::string(consensus.note)});
        }
    }
    return data;
}

std::string twoDigits(unsigned value)
{
    return std::string(1, static_cast<char>('0' + value / 10)) + static_cast<char>('0' + value % 10);
}

// `date` must be a valid ISO date.
std::string addDays(const std::string& date, int days)
{
    using namespace std::chrono;
    const year_month_day start{year{std::stoi(date.substr(0, 4))},
                               month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))},
                               day{static_cast<unsigned>(std::stoi(date.substr(8, 2)))}};
    const year_month_day shifted{sys_days{start} + std::chrono::days{days}};
    return std::to_string(static_cast<int>(shifted.year())) + "-" + twoDigits(static_cast<unsigned>(shifted.month())) +
           "-" + twoDigits(static_cast<unsigned>(shifted.day()));
}

std::string recommendationId(const Friction& friction, const demo::ActionSpec& spec)
{
    if (spec.recommendationIndex < 0) {
        return {};
    }
    const std::vector<RecommendedAction>& candidates = friction.actionsFor(spec.recommendationBand);
    if (candidates.empty()) {
        return {};
    }
    const auto index = static_cast<std::size_t>(spec.recommendationIndex);
    return index < candidates.size() ? candidates[index].id : candidates.front().id;
}

} // namespace

Assessment makeDemoAssessment(const QuestionBank& bank, const std::string& today)
{
    if (!isIsoDate(today)) {
        throw std::invalid_argument("the demo needs today's date as YYYY-MM-DD, not \"" + today + "\"");
    }

    Assessment assessment;
    assessment.organization = demo::organization();
    assessment.branding = demo::branding();
    for (const demo::InitiativeSpec& spec : demo::initiatives()) {
        Initiative initiative;
        initiative.id = spec.id;
        initiative.name = spec.name;
        initiative.businessFunction = spec.businessFunction;
        initiative.owner = spec.owner;
        initiative.stage = spec.stage;
        initiative.targetOutcome = spec.targetOutcome;
        assessment.initiatives.push_back(std::move(initiative));
    }

    const auto specs = indexAnswerSpecs();
    std::int64_t nextRespondentId = 1;
    for (int round = 0; round < demo::kRoundCount; ++round) {
        assessment.rounds.push_back(makeRound(round, bank, nextRespondentId, specs));
    }

    std::int64_t nextActionId = 1;
    for (const demo::ActionSpec& spec : demo::actions()) {
        const Friction* friction = bank.findFriction(spec.frictionId);
        if (!friction) {
            continue;
        }
        Action action;
        action.id = nextActionId++;
        action.initiativeId = spec.initiativeId;
        action.frictionId = spec.frictionId;
        action.text = spec.text;
        action.owner = spec.owner;
        action.due = addDays(today, spec.dueInDays);
        action.status = spec.status;
        action.note = spec.note;
        action.recommendationId = recommendationId(*friction, spec);
        assessment.actions.push_back(std::move(action));
    }

    for (const demo::TargetSpec& spec : demo::targets()) {
        if (bank.findFriction(spec.frictionId)) {
            assessment.targets.push_back({spec.initiativeId, std::string(spec.frictionId), spec.score});
        }
    }
    return assessment;
}

} // namespace lastmile
