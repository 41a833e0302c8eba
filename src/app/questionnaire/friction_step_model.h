// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/band.h"
#include "core/scoring.h"

#include <QAbstractListModel>
#include <cstdint>
#include <optional>
#include <vector>

namespace lastmile::app {

// One friction of the questionnaire as the step list shows it: how far the person answering
// has come, and the friction's live score as core computed it from everyone's answers.
struct FrictionStep
{
    QString name;
    int answered = 0; // questions the current respondent (or the consensus) has answered
    int questionCount = 0;
    std::optional<double> score;
    std::optional<Band> band;
    double coverage = 0.0;
    bool lowCoverage = true;
    int disagreements = 0;

    bool operator==(const FrictionStep&) const = default;
};

// The steps of `bank` for one initiative, in bank order: each friction's figures from `score`
// (scored from everyone's `responses`) and how many of its questions `respondentId` (0: the
// consensus) has answered.
std::vector<FrictionStep> frictionSteps(const QuestionBank& bank, const InitiativeScore& score,
                                        const InitiativeResponses& responses, std::int64_t respondentId);

// The frictions of the round's bank, in bank order.
class FrictionStepModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AnsweredRole = Qt::UserRole + 1,
        QuestionCountRole,
        ScoreRole,    // double, or invalid without a score
        BandRole,     // int (lastmile::Band), or invalid without a score
        CoverageRole, // double 0..1
        LowCoverageRole,
        DisagreementsRole,
    };

    explicit FrictionStepModel(QObject* parent = nullptr);

    // Replaces the steps; rows whose content is unchanged are not reported as changed.
    void setSteps(std::vector<FrictionStep> steps);
    const std::vector<FrictionStep>& steps() const { return m_steps; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<FrictionStep> m_steps;
};

} // namespace lastmile::app
