// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>
#include <cstdint>

namespace lastmile::app {

class AssessmentDocument;

// The engagement: organization profile, initiatives (add, edit, stage, owner, target outcome,
// archive), rounds (start a new one that copies the respondents, compare rounds) and
// respondents with their roles.
class EngagementPage : public QWidget
{
    Q_OBJECT

public:
    explicit EngagementPage(QWidget* parent = nullptr);

    // The document shown, or none. The page never outlives a document it shows: the window
    // calls setDocument(nullptr) before closing one.
    void setDocument(AssessmentDocument* document);

signals:
    // The user wants to answer the questionnaire of this initiative in this round.
    void answerRequested(std::int64_t initiativeId, std::int64_t roundId);
};

} // namespace lastmile::app
