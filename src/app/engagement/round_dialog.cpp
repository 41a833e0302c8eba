// SPDX-License-Identifier: Apache-2.0
#include "round_dialog.h"

#include "ui_round_dialog.h"

#include <QDate>
#include <QPushButton>

namespace lastmile::app {

RoundDialog::RoundDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::RoundDialog>())
{
    m_ui->setupUi(this);
    const QDate today = QDate::currentDate();
    m_ui->heldOnDateEdit->setDate(today);
    m_ui->nameLineEdit->setText(tr("%1-Q%2 workshop").arg(today.year()).arg((today.month() - 1) / 3 + 1));
    m_ui->nameLineEdit->selectAll();
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &RoundDialog::updateOk);
    updateOk();
}

RoundDialog::~RoundDialog() = default;

void RoundDialog::setPrevious(const QString& previousRound, const QString& bankDescription)
{
    if (previousRound.isEmpty()) {
        m_ui->copyRespondentsCheckBox->setChecked(false);
        m_ui->copyRespondentsCheckBox->setEnabled(false);
    } else {
        m_ui->copyRespondentsCheckBox->setText(tr("&Copy the respondents of “%1”").arg(previousRound));
    }
    m_ui->bankLabel->setText(tr("Asked with the question bank %1.").arg(bankDescription));
}

Round RoundDialog::round() const
{
    Round result;
    result.name = m_ui->nameLineEdit->text().trimmed().toStdString();
    result.heldOn = m_ui->heldOnDateEdit->date().toString(Qt::ISODate).toStdString();
    return result;
}

bool RoundDialog::copyRespondents() const
{
    return m_ui->copyRespondentsCheckBox->isChecked();
}

void RoundDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->nameLineEdit->text().trimmed().isEmpty());
}

} // namespace lastmile::app
