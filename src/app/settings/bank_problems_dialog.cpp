// SPDX-License-Identifier: Apache-2.0
#include "bank_problems_dialog.h"

#include "app/plain_label.h"
#include "text/messages.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace lastmile::app {

BankProblemsDialog::BankProblemsDialog(const QString& fileName, const Problems& problems, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Question Bank Not Installed"));
    resize(640, 360);
    auto* layout = new QVBoxLayout(this);
    QLabel* intro = plainLabel(this, QStringLiteral("introLabel"));
    intro->setText(tr("%1 was not installed: %n problem(s) found. Correct the bank and install it again.", nullptr,
                      int(problems.size()))
                       .arg(fileName));
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("problemsListWidget"));
    m_list->setWordWrap(true);
    for (const Problem& problem : problems) {
        m_list->addItem(text::Messages::problem(problem));
    }
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QStringList BankProblemsDialog::problems() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row) {
        lines.append(m_list->item(row)->text());
    }
    return lines;
}

} // namespace lastmile::app
