// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>
#include <cstdint>

namespace lastmile::app {

class AssessmentDocument;

// The questionnaire of one initiative in one round, a step per friction: each question with its
// help and five anchored levels as large cards, don't know, not applicable, notes and evidence;
// answered for a respondent or as the facilitator's consensus; keyboard first.
class QuestionnairePage : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnairePage(QWidget* parent = nullptr);

    void setDocument(AssessmentDocument* document);
    void showInitiative(std::int64_t initiativeId, std::int64_t roundId);
    // Large type and high contrast for a projector.
    void setPresentationMode(bool on);
};

} // namespace lastmile::app
