// SPDX-License-Identifier: Apache-2.0
#include "respondent_dialog.h"

#include "ui_respondent_dialog.h"

#include <QPushButton>

namespace lastmile::app {

RespondentDialog::RespondentDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::RespondentDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add Respondent"));
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &RespondentDialog::updateOk);
    updateOk();
}

RespondentDialog::~RespondentDialog() = default;

void RespondentDialog::setRespondent(const Respondent& respondent)
{
    m_respondent = respondent;
    m_ui->nameLineEdit->setText(QString::fromStdString(respondent.name));
    m_ui->roleLineEdit->setText(QString::fromStdString(respondent.role));
    setWindowTitle(respondent.id != 0 ? tr("Edit Respondent") : tr("Add Respondent"));
    updateOk();
}

void RespondentDialog::setTakenNames(const QStringList& names)
{
    m_taken = names;
    updateOk();
}

Respondent RespondentDialog::respondent() const
{
    Respondent result = m_respondent;
    result.name = m_ui->nameLineEdit->text().trimmed().toStdString();
    result.role = m_ui->roleLineEdit->text().trimmed().toStdString();
    return result;
}

void RespondentDialog::updateOk()
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    const bool taken = m_taken.contains(name, Qt::CaseInsensitive);
    m_ui->nameLineEdit->setToolTip(taken ? tr("Another respondent of this round already has this name.") : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!name.isEmpty() && !taken);
}

} // namespace lastmile::app
