// SPDX-License-Identifier: Apache-2.0
#include "agenda.h"

#include <algorithm>
#include <set>
#include <utility>

namespace lastmile {

const AgendaItem* Agenda::current() const
{
    if (position < 0 || position >= static_cast<int>(items.size())) {
        return nullptr;
    }
    return &items[static_cast<std::size_t>(position)];
}

namespace {

bool wanted(const std::vector<std::string>& chosen, const std::string& id)
{
    return chosen.empty() || std::find(chosen.begin(), chosen.end(), id) != chosen.end();
}

} // namespace

std::vector<AgendaItem> agendaItems(const QuestionBank& bank, const std::vector<std::int64_t>& initiativeIds,
                                    const std::vector<std::string>& frictionIds,
                                    const std::vector<std::string>& questionIds, int timeBoxSeconds)
{
    std::vector<AgendaItem> items;
    for (std::int64_t initiativeId : initiativeIds) {
        for (const Friction& friction : bank.frictions) {
            if (!wanted(frictionIds, friction.id)) {
                continue;
            }
            for (const Question& question : friction.questions) {
                if (wanted(questionIds, question.id)) {
                    items.push_back({initiativeId, question.id, timeBoxSeconds});
                }
            }
        }
    }
    return items;
}

Agenda fullAgenda(std::int64_t roundId, const QuestionBank& bank, const std::vector<std::int64_t>& initiativeIds)
{
    return {roundId, agendaItems(bank, initiativeIds, {}, {}, 0), 0, false};
}

std::optional<std::string> agendaProblem(const Agenda& agenda,
                                         const std::function<bool(const std::string&)>& isRoundQuestion)
{
    std::set<std::pair<std::int64_t, std::string>> seen;
    for (const AgendaItem& item : agenda.items) {
        if (!isRoundQuestion(item.questionId)) {
            return "question " + item.questionId + " is not in the round's question bank";
        }
        if (item.timeBoxSeconds < 0 || item.timeBoxSeconds > kMaxTimeBoxSeconds) {
            return "time box of " + std::to_string(item.timeBoxSeconds) + " s for question " + item.questionId +
                   " is outside 0.." + std::to_string(kMaxTimeBoxSeconds);
        }
        if (!seen.emplace(item.initiativeId, item.questionId).second) {
            return "question " + item.questionId + " is on the agenda twice for initiative " +
                   std::to_string(item.initiativeId);
        }
    }
    const int count = static_cast<int>(agenda.items.size());
    if (agenda.position < 0 || (count > 0 && agenda.position >= count) || (count == 0 && agenda.position != 0)) {
        return "position " + std::to_string(agenda.position) + " is outside the agenda's " + std::to_string(count) +
               " items";
    }
    return std::nullopt;
}

} // namespace lastmile
