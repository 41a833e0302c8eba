// SPDX-License-Identifier: Apache-2.0
// The report's section of each initiative and its appendix of answers, from the round's answers
// indexed once (RoundIndex).
#include "recommendations.h"
#include "report_parts.h"

#include <algorithm>
#include <cmath>

namespace lastmile {

RoundIndex::RoundIndex(const RoundData& round, const std::string& anonymousName)
{
    std::map<std::int64_t, std::size_t> position;
    for (const Respondent& respondent : round.respondents) {
        respondents[respondent.id] = &respondent;
        if (!anonymousName.empty()) {
            anonymous[respondent.id] = anonymousRespondentName(anonymousName, position.size());
        }
        position[respondent.id] = position.size();
    }
    for (const AnswerRecord& record : round.answers) {
        answers[{record.initiativeId, record.questionId}].push_back(&record);
    }
    for (auto& [key, list] : answers) {
        std::stable_sort(list.begin(), list.end(), [&](const AnswerRecord* a, const AnswerRecord* b) {
            return position[a->respondentId] < position[b->respondentId];
        });
    }
    for (const ConsensusRecord& record : round.consensus) {
        consensus[{record.initiativeId, record.questionId}] = &record;
    }
}

const std::vector<const AnswerRecord*>& RoundIndex::answersTo(std::int64_t initiativeId,
                                                              const std::string& questionId) const
{
    static const std::vector<const AnswerRecord*> kNone;
    const auto found = answers.find({initiativeId, questionId});
    return found == answers.end() ? kNone : found->second;
}

const ConsensusRecord* RoundIndex::consensusOn(std::int64_t initiativeId, const std::string& questionId) const
{
    const auto found = consensus.find({initiativeId, questionId});
    return found == consensus.end() ? nullptr : found->second;
}

namespace {

std::string respondentName(const RoundIndex& index, std::int64_t id)
{
    if (const auto label = index.anonymous.find(id); label != index.anonymous.end()) {
        return label->second;
    }
    const auto found = index.respondents.find(id);
    return found == index.respondents.end() ? std::to_string(id) : found->second->name;
}

std::string respondentRole(const RoundIndex& index, std::int64_t id)
{
    if (!index.anonymous.empty()) {
        return {}; // a role can name a person as surely as a name
    }
    const auto found = index.respondents.find(id);
    return found == index.respondents.end() ? std::string() : found->second->role;
}

std::vector<Driver> driversOf(const Initiative& initiative, const InitiativeScore& score, const RoundData& round,
                              const RoundIndex& index, const ReportOptions& options)
{
    std::vector<Driver> drivers;
    for (const FrictionScore& friction : score.frictions) {
        if (!friction.score || !friction.band || *friction.band < Band::High) {
            continue;
        }
        Driver driver{friction.frictionId,  frictionName(round.bank, friction.frictionId),
                      *friction.score,      *friction.band,
                      friction.lowCoverage, {}};
        std::vector<const QuestionScore*> questions;
        for (const QuestionScore& question : friction.questions) {
            if (question.friction && *question.friction > 0.0) {
                questions.push_back(&question);
            }
        }
        // Worst first; of equal friction, the heavier question first (it moves the score more).
        std::stable_sort(questions.begin(), questions.end(), [](const QuestionScore* a, const QuestionScore* b) {
            return *a->friction != *b->friction ? *a->friction > *b->friction : a->weight > b->weight;
        });
        const std::size_t limit = static_cast<std::size_t>(std::max(0, options.driverQuestions));
        for (std::size_t i = 0; i < questions.size() && i < limit; ++i) {
            const QuestionScore& question = *questions[i];
            const Question* definition = round.bank.findQuestion(question.questionId);
            DriverQuestion entry;
            entry.questionId = question.questionId;
            entry.text = definition ? definition->text : question.questionId;
            entry.level = question.aggregate.level;
            entry.fromConsensus = question.aggregate.fromConsensus;
            const auto anchor = static_cast<std::size_t>(std::clamp(std::floor(question.aggregate.level), 0.0, 4.0));
            entry.anchor = definition ? definition->levels[anchor] : std::string();
            entry.friction = *question.friction;
            entry.weight = question.weight;
            if (const ConsensusRecord* consensus = index.consensusOn(initiative.id, question.questionId);
                consensus && !consensus->note.empty()) {
                entry.notes.push_back(consensus->note);
            }
            for (const AnswerRecord* record : index.answersTo(initiative.id, question.questionId)) {
                if (!record->note.empty()) {
                    entry.notes.push_back(record->note);
                }
            }
            driver.questions.push_back(std::move(entry));
        }
        drivers.push_back(std::move(driver));
    }
    std::stable_sort(drivers.begin(), drivers.end(),
                     [](const Driver& a, const Driver& b) { return a.score > b.score; });
    return drivers;
}

} // namespace

InitiativeSection sectionOf(const Assessment& assessment, const Initiative& initiative, const InitiativeScore& score,
                            const InitiativeScore* previous, const RoundData& round, const RoundIndex& index,
                            const ReportOptions& options)
{
    InitiativeSection section;
    section.initiative = initiative;
    section.readiness = score.readiness;
    section.previousReadiness = previous ? previous->readiness : std::nullopt;
    section.coverage = score.coverage;
    section.lowCoverage = insufficientEvidence(score.coverage, options.rules);
    section.previousLowCoverage = !previous || insufficientEvidence(previous->coverage, options.rules);
    std::map<std::string, double> targets;
    for (const Target& target : assessment.targets) {
        if (target.initiativeId == initiative.id) {
            targets[target.frictionId] = target.score;
        }
    }
    for (const FrictionScore& friction : score.frictions) {
        ProfileEntry entry;
        entry.frictionId = friction.frictionId;
        entry.name = frictionName(round.bank, friction.frictionId);
        entry.score = friction.score;
        entry.band = friction.band;
        entry.coverage = friction.coverage;
        entry.lowCoverage = friction.lowCoverage;
        entry.answered = friction.answeredCount;
        entry.questions = friction.questionCount;
        entry.disagreements = friction.disagreementCount;
        if (const FrictionScore* before = previous ? previous->friction(friction.frictionId) : nullptr) {
            entry.previousScore = before->score;
            entry.previousLowCoverage = before->lowCoverage;
        }
        if (const auto target = targets.find(friction.frictionId); target != targets.end()) {
            entry.target = target->second;
            section.targets.push_back({friction.frictionId, entry.name, target->second, friction.score,
                                       friction.score && *friction.score <= target->second});
        }
        section.profile.push_back(std::move(entry));

        for (const QuestionScore& question : friction.questions) {
            const Question* definition = round.bank.findQuestion(question.questionId);
            const std::string text = definition ? definition->text : question.questionId;
            const auto& answers = index.answersTo(initiative.id, question.questionId);
            const ConsensusRecord* consensus = index.consensusOn(initiative.id, question.questionId);
            if (consensus && !consensus->note.empty()) {
                section.notes.push_back({entry.name, question.questionId, text, "", "", consensus->note, ""});
            }
            for (const AnswerRecord* record : answers) {
                if (!record->note.empty() || !record->evidence.empty()) {
                    section.notes.push_back(
                        {entry.name, question.questionId, text, respondentName(index, record->respondentId),
                         respondentRole(index, record->respondentId), record->note, record->evidence});
                }
            }
            if (question.aggregate.disagreement) {
                DisagreementEntry disagreement{entry.name, question.questionId, text, question.aggregate.spread,
                                               {},         std::nullopt};
                for (const AnswerRecord* record : answers) {
                    disagreement.answers.push_back({respondentName(index, record->respondentId),
                                                    respondentRole(index, record->respondentId), record->answer});
                }
                if (consensus) {
                    disagreement.consensus = consensus->answer;
                }
                section.disagreements.push_back(std::move(disagreement));
            }
        }
    }
    section.drivers = driversOf(initiative, score, round, index, options);
    for (const Recommendation& recommendation : recommend(round.bank, score)) {
        if (recommendation.band >= Band::Moderate && !recommendation.actions.empty()) {
            section.recommendations.push_back(
                {recommendation.frictionId, frictionName(round.bank, recommendation.frictionId), recommendation.score,
                 recommendation.band, recommendation.lowCoverage, recommendation.actions});
        }
    }
    for (const Action& action : assessment.actions) {
        if (action.initiativeId == initiative.id) {
            section.actions.push_back({action.frictionId, frictionName(round.bank, action.frictionId), action.text,
                                       action.owner, action.due, action.status, action.note,
                                       isOverdue(action.due, action.status, options)});
        }
    }
    return section;
}

Appendix appendixOf(const std::vector<const Initiative*>& initiatives, const RoundData& round, const RoundIndex& index)
{
    Appendix appendix;
    for (const Friction& friction : round.bank.frictions) {
        for (const Question& question : friction.questions) {
            appendix.questions.push_back({friction.name, question.id, question.text});
        }
    }
    std::map<std::int64_t, std::size_t> respondents; // by id: position in appendix.respondents
    const auto respondent = [&](std::int64_t id) {
        const auto [found, added] = respondents.emplace(id, appendix.respondents.size());
        if (added) {
            appendix.respondents.push_back({respondentName(index, id), respondentRole(index, id)});
        }
        return found->second;
    };
    for (const Initiative* initiative : initiatives) {
        AppendixInitiative answers{initiative->id, initiative->name, {}};
        std::size_t question = 0;
        for (const Friction& friction : round.bank.frictions) {
            for (const Question& asked : friction.questions) {
                for (const AnswerRecord* record : index.answersTo(initiative->id, asked.id)) {
                    answers.answers.push_back(
                        {question, respondent(record->respondentId), record->answer, record->note, record->evidence});
                }
                if (const ConsensusRecord* consensus = index.consensusOn(initiative->id, asked.id)) {
                    answers.answers.push_back({question, std::nullopt, consensus->answer, consensus->note, ""});
                }
                ++question;
            }
        }
        if (!answers.answers.empty()) {
            answers.answers.shrink_to_fit();
            appendix.initiatives.push_back(std::move(answers));
        }
    }
    return appendix;
}

} // namespace lastmile
