// SPDX-License-Identifier: Apache-2.0
#include "plan_text.h"

#include "core/friction.h"
#include "text/messages.h"

namespace lastmile::app {

QString actionStatusLabel(ActionStatus status)
{
    QString label = text::Messages::actionStatus(status);
    if (!label.isEmpty()) {
        label[0] = label[0].toUpper();
    }
    return label;
}

QString frictionName(const Assessment& assessment, const std::string& frictionId)
{
    for (auto round = assessment.rounds.rbegin(); round != assessment.rounds.rend(); ++round) {
        if (const Friction* friction = round->bank.findFriction(frictionId)) {
            return QString::fromStdString(friction->name);
        }
    }
    return QString::fromStdString(frictionId);
}

std::optional<InitiativeScore> latestScore(const Assessment& assessment, std::int64_t initiativeId)
{
    if (assessment.rounds.empty()) {
        return std::nullopt;
    }
    const RoundData& round = assessment.rounds.back();
    const auto responses = responsesByInitiative(round);
    const auto found = responses.find(initiativeId);
    return scoreInitiative(round.bank, initiativeId, found != responses.end() ? found->second : InitiativeResponses{});
}

bool isOverdue(const Action& action, const QDate& today)
{
    if (action.due.empty() || (action.status != ActionStatus::Planned && action.status != ActionStatus::InProgress)) {
        return false;
    }
    const QDate due = QDate::fromString(QString::fromStdString(action.due), Qt::ISODate);
    return due.isValid() && due < today;
}

} // namespace lastmile::app
