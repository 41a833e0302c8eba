// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace lastmile::app {

// A label that shows its text as plain text, never as markup: names, notes and everything a
// user typed are shown through one of these. Wraps its text unless `wrap` is false.
QLabel* plainLabel(QWidget* parent, const QString& objectName, bool wrap = true);

} // namespace lastmile::app
