// SPDX-License-Identifier: Apache-2.0
#include "questionnaire_page.h"

namespace lastmile::app {

QuestionnairePage::QuestionnairePage(QWidget* parent) : QWidget(parent) {}

void QuestionnairePage::setDocument(AssessmentDocument*) {}

void QuestionnairePage::showInitiative(std::int64_t, std::int64_t) {}

void QuestionnairePage::setPresentationMode(bool) {}

} // namespace lastmile::app
