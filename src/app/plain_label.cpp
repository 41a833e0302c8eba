// SPDX-License-Identifier: Apache-2.0
#include "plain_label.h"

#include <QLabel>

namespace lastmile::app {

QLabel* plainLabel(QWidget* parent, const QString& objectName, bool wrap)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

} // namespace lastmile::app
