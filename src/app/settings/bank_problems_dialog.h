// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/problem.h"

#include <QDialog>

class QListWidget;

namespace lastmile::app {

// Every problem that kept a question bank from being installed, one line each with its JSON
// path and reason, so the author can fix them all in one pass.
class BankProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    BankProblemsDialog(const QString& fileName, const Problems& problems, QWidget* parent = nullptr);

    // The listed lines, as shown.
    QStringList problems() const;

private:
    QListWidget* m_list = nullptr;
};

} // namespace lastmile::app
