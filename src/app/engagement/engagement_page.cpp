// SPDX-License-Identifier: Apache-2.0
#include "engagement_page.h"

namespace lastmile::app {

EngagementPage::EngagementPage(QWidget* parent) : QWidget(parent) {}

void EngagementPage::setDocument(AssessmentDocument*) {}

} // namespace lastmile::app
