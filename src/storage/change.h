// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace lastmile::storage {

// What one committed edit of a file changed: the report every write of AssessmentFile makes to
// its listener, whoever made the edit (the app's commands, the workshop's phones). Enough to
// bring a cached copy up to date (AssessmentFile::refresh) and to tell views what to redraw.
// Ids that do not apply to a kind are 0, strings empty.
struct Change
{
    enum class Kind {
        Answer,       // one respondent's answer: round, initiative, question, respondent
        Consensus,    // one consensus answer: round, initiative, question
        Organization, // the organization's profile
        Initiative,   // one initiative added, edited or removed (with its answers, actions, targets)
        Round,        // one round added (with respondents copied), renamed or removed: round
        Respondent,   // one respondent added, edited or removed (with its answers): round, respondent
        Action,       // one action added, edited, moved or removed: action, its initiative
        Target,       // one target set or cleared: initiative, friction
        Branding,     // the report branding
        Agenda        // a round's workshop agenda or where the room stands on it: round
    };
    Kind kind;
    std::int64_t roundId = 0;
    std::int64_t initiativeId = 0;
    std::string questionId;
    std::int64_t respondentId = 0;
    std::int64_t actionId = 0;
    std::string frictionId;

    bool operator==(const Change&) const = default;

    // The one place a Change is made, one maker per kind.
    static Change answer(std::int64_t roundId, std::int64_t initiativeId, std::string questionId,
                         std::int64_t respondentId)
    {
        Change change = of(Kind::Answer, roundId, initiativeId);
        change.questionId = std::move(questionId);
        change.respondentId = respondentId;
        return change;
    }
    static Change consensus(std::int64_t roundId, std::int64_t initiativeId, std::string questionId)
    {
        Change change = of(Kind::Consensus, roundId, initiativeId);
        change.questionId = std::move(questionId);
        return change;
    }
    static Change organization() { return of(Kind::Organization, 0, 0); }
    static Change initiative(std::int64_t initiativeId) { return of(Kind::Initiative, 0, initiativeId); }
    static Change round(std::int64_t roundId) { return of(Kind::Round, roundId, 0); }
    static Change respondent(std::int64_t roundId, std::int64_t respondentId)
    {
        Change change = of(Kind::Respondent, roundId, 0);
        change.respondentId = respondentId;
        return change;
    }
    static Change action(std::int64_t initiativeId, std::int64_t actionId)
    {
        Change change = of(Kind::Action, 0, initiativeId);
        change.actionId = actionId;
        return change;
    }
    static Change target(std::int64_t initiativeId, std::string frictionId)
    {
        Change change = of(Kind::Target, 0, initiativeId);
        change.frictionId = std::move(frictionId);
        return change;
    }
    static Change branding() { return of(Kind::Branding, 0, 0); }
    static Change agenda(std::int64_t roundId) { return of(Kind::Agenda, roundId, 0); }

private:
    static Change of(Kind kind, std::int64_t roundId, std::int64_t initiativeId)
    {
        Change change{kind, roundId, initiativeId, {}, 0, 0, {}};
        return change;
    }
};

} // namespace lastmile::storage
