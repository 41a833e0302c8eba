// SPDX-License-Identifier: Apache-2.0
#include "friction_step_model.h"

#include "answer_labels.h"
#include "text/messages.h"

namespace lastmile::app {

std::vector<FrictionStep> frictionSteps(const QuestionBank& bank, const InitiativeScore& score,
                                        const InitiativeResponses& responses, std::int64_t respondentId)
{
    std::vector<FrictionStep> steps;
    for (std::size_t index = 0; index < bank.frictions.size() && index < score.frictions.size(); ++index) {
        const Friction& friction = bank.frictions[index];
        const FrictionScore& figures = score.frictions[index];
        FrictionStep step{QString::fromStdString(friction.name),
                          0,
                          int(friction.questions.size()),
                          figures.score,
                          figures.band,
                          figures.coverage,
                          figures.lowCoverage,
                          figures.disagreementCount};
        for (const Question& question : friction.questions) {
            step.answered += answerOf(responses, question.id, respondentId).has_value() ? 1 : 0;
        }
        steps.push_back(std::move(step));
    }
    return steps;
}

FrictionStepModel::FrictionStepModel(QObject* parent) : QAbstractListModel(parent) {}

void FrictionStepModel::setSteps(std::vector<FrictionStep> steps)
{
    if (steps.size() != m_steps.size()) {
        beginResetModel();
        m_steps = std::move(steps);
        endResetModel();
        return;
    }
    for (std::size_t row = 0; row < steps.size(); ++row) {
        if (!(steps[row] == m_steps[row])) {
            m_steps[row] = std::move(steps[row]);
            const QModelIndex changed = index(static_cast<int>(row));
            emit dataChanged(changed, changed);
        }
    }
}

int FrictionStepModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

QVariant FrictionStepModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FrictionStep& step = m_steps[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return step.name;
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %2 of %3 answered").arg(step.name).arg(step.answered).arg(step.questionCount);
        if (step.score) {
            tip += QLatin1Char('\n') +
                   tr("Friction score %1 (%2), coverage %3")
                       .arg(scoreLabel(step.score), text::Messages::band(*step.band), coverageLabel(step.coverage));
        } else {
            tip += QLatin1Char('\n') + tr("No score yet");
        }
        if (step.score && step.lowCoverage) {
            tip += QLatin1Char('\n') + tr("Insufficient evidence: less than half of the questions have a level");
        }
        if (step.disagreements > 0) {
            tip += QLatin1Char('\n') + tr("%n question(s) with disagreement", nullptr, step.disagreements);
        }
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        return data(index, Qt::ToolTipRole);
    case AnsweredRole:
        return step.answered;
    case QuestionCountRole:
        return step.questionCount;
    case ScoreRole:
        return step.score ? QVariant(*step.score) : QVariant();
    case BandRole:
        return step.band ? QVariant(static_cast<int>(*step.band)) : QVariant();
    case CoverageRole:
        return step.coverage;
    case LowCoverageRole:
        return step.lowCoverage;
    case DisagreementsRole:
        return step.disagreements;
    default:
        return {};
    }
}

} // namespace lastmile::app
