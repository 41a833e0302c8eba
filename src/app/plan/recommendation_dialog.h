// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace lastmile::app {

// "Add from recommendation": for an initiative and one of its frictions, the question bank's
// recommended actions for the friction's band in the latest round, each marked when the plan
// already has an action made from it. Accepting gives an action prefilled from the chosen one.
class RecommendationDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kPlannedRole = Qt::UserRole + 1;

    RecommendationDialog(const Assessment& assessment, std::int64_t initiativeId, QWidget* parent = nullptr);

    void setInitiative(std::int64_t initiativeId);
    void setFriction(const std::string& frictionId);
    QTreeWidget* recommendationsView() const { return m_list; }
    // The prefilled action for the chosen recommendation (text empty when none is chosen).
    Action chosenAction() const;

private:
    void fillFrictions();
    void fillRecommendations();

    const Assessment& m_assessment;
    QComboBox* m_initiative = nullptr;
    QComboBox* m_friction = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_detail = nullptr;
    std::vector<RecommendedAction> m_shown;
};

} // namespace lastmile::app
