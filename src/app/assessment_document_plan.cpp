// SPDX-License-Identifier: Apache-2.0
// AssessmentDocument: the action plan, targets and report branding. Each write goes to the file
// first; the cached contents follow only when the file took it.
#include "assessment_document.h"

#include <algorithm>

namespace lastmile::app {

const Action* AssessmentDocument::action(std::int64_t actionId) const
{
    const int index = actionIndex(actionId);
    return index < 0 ? nullptr : &m_assessment.actions[std::size_t(index)];
}

int AssessmentDocument::actionIndex(std::int64_t actionId) const
{
    const auto& actions = m_assessment.actions;
    const auto found =
        std::find_if(actions.begin(), actions.end(), [&](const Action& item) { return item.id == actionId; });
    return found == actions.end() ? -1 : int(found - actions.begin());
}

std::optional<double> AssessmentDocument::target(std::int64_t initiativeId, const std::string& frictionId) const
{
    for (const Target& target : m_assessment.targets) {
        if (target.initiativeId == initiativeId && target.frictionId == frictionId) {
            return target.score;
        }
    }
    return std::nullopt;
}

std::optional<std::int64_t> AssessmentDocument::writeNewAction(const Action& action, int index)
{
    const auto added = writing()->addAction(action);
    if (!added) {
        succeeded(storage::Status(added.error()));
        return std::nullopt;
    }
    Action stored = action;
    stored.id = *added;
    auto& actions = m_assessment.actions;
    actions.push_back(stored);
    storage::Status status = storage::success();
    if (index >= 0 && index < int(actions.size()) - 1) {
        // Back where it was (undoing a removal); the action stays at the end if this fails.
        status = writing()->moveAction(stored.id, index);
        if (status) {
            actions.pop_back();
            actions.insert(actions.begin() + index, stored);
        }
    }
    emit changed({storage::Change::Kind::Action, 0, stored.initiativeId, {}, stored.id});
    succeeded(status);
    return stored.id;
}

bool AssessmentDocument::writeAction(const Action& action)
{
    const int index = actionIndex(action.id);
    if (index < 0) {
        return false;
    }
    const storage::Status status = writing()->updateAction(action);
    if (status) {
        m_assessment.actions[std::size_t(index)] = action;
        emit changed({storage::Change::Kind::Action, 0, action.initiativeId, {}, action.id});
    }
    return succeeded(status);
}

bool AssessmentDocument::eraseAction(std::int64_t actionId)
{
    const int index = actionIndex(actionId);
    if (index < 0) {
        return false;
    }
    const storage::Status status = writing()->removeAction(actionId);
    if (status) {
        const std::int64_t initiativeId = m_assessment.actions[std::size_t(index)].initiativeId;
        m_assessment.actions.erase(m_assessment.actions.begin() + index);
        emit changed({storage::Change::Kind::Action, 0, initiativeId, {}, actionId});
    }
    return succeeded(status);
}

bool AssessmentDocument::writeActionIndex(std::int64_t actionId, int index)
{
    const int from = actionIndex(actionId);
    if (from < 0) {
        return false;
    }
    const storage::Status status = writing()->moveAction(actionId, index);
    if (status) {
        auto& actions = m_assessment.actions;
        const Action moved = actions[std::size_t(from)];
        actions.erase(actions.begin() + from);
        const int to = std::clamp(index, 0, int(actions.size()));
        actions.insert(actions.begin() + to, moved);
        emit changed({storage::Change::Kind::Action, 0, moved.initiativeId, {}, actionId});
    }
    return succeeded(status);
}

bool AssessmentDocument::writeTarget(std::int64_t initiativeId, const std::string& frictionId,
                                     std::optional<double> score)
{
    const storage::Status status = score ? writing()->setTarget({initiativeId, frictionId, *score})
                                         : writing()->clearTarget(initiativeId, frictionId);
    if (status) {
        auto& targets = m_assessment.targets;
        const auto sameKey = [&](const Target& item) {
            return item.initiativeId == initiativeId && item.frictionId == frictionId;
        };
        const auto found = std::find_if(targets.begin(), targets.end(), sameKey);
        if (found != targets.end() && score) {
            found->score = *score;
        } else if (found != targets.end()) {
            targets.erase(found);
        } else if (score) {
            targets.push_back({initiativeId, frictionId, *score});
        }
        emit changed({storage::Change::Kind::Target, 0, initiativeId, frictionId, 0});
    }
    return succeeded(status);
}

bool AssessmentDocument::writeAgenda(std::int64_t roundId, const std::optional<Agenda>& agenda)
{
    const storage::Status status = agenda ? writing()->setAgenda(*agenda) : writing()->clearAgenda(roundId);
    if (status) {
        if (agenda) {
            m_agendas[roundId] = *agenda;
        } else {
            m_agendas.erase(roundId);
        }
        emit changed({storage::Change::Kind::Agenda, roundId, 0, {}, 0});
    }
    return succeeded(status);
}

bool AssessmentDocument::writeAgendaPosition(std::int64_t roundId, int position)
{
    const auto found = m_agendas.find(roundId);
    if (found == m_agendas.end() || found->second.position == position) {
        return found != m_agendas.end();
    }
    const storage::Status status = writing()->setAgendaPosition(roundId, position);
    if (status) {
        found->second.position = position;
        emit changed({storage::Change::Kind::Agenda, roundId, 0, {}, 0});
    }
    return succeeded(status);
}

bool AssessmentDocument::writeBranding(const Branding& branding)
{
    const storage::Status status = writing()->setBranding(branding);
    if (status) {
        m_assessment.branding = branding;
        emit changed({storage::Change::Kind::Branding, 0, 0, {}, 0});
    }
    return succeeded(status);
}

} // namespace lastmile::app
