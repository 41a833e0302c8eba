// SPDX-License-Identifier: Apache-2.0
#include "initiative_dialog.h"

#include "stage_text.h"
#include "ui_initiative_dialog.h"

#include <QPushButton>

namespace lastmile::app {

InitiativeDialog::InitiativeDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::InitiativeDialog>())
{
    m_ui->setupUi(this);
    for (Stage stage : kStages) {
        m_ui->stageComboBox->addItem(stageLabel(stage), int(stage));
    }
    m_ui->stageComboBox->setCurrentIndex(m_ui->stageComboBox->findData(int(Stage::Pilot)));
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &InitiativeDialog::updateOk);
    setWindowTitle(tr("Add Initiative"));
    updateOk();
}

InitiativeDialog::~InitiativeDialog() = default;

void InitiativeDialog::setInitiative(const Initiative& initiative)
{
    m_initiative = initiative;
    m_ui->nameLineEdit->setText(QString::fromStdString(initiative.name));
    m_ui->businessFunctionLineEdit->setText(QString::fromStdString(initiative.businessFunction));
    m_ui->ownerLineEdit->setText(QString::fromStdString(initiative.owner));
    m_ui->stageComboBox->setCurrentIndex(m_ui->stageComboBox->findData(int(initiative.stage)));
    m_ui->targetOutcomePlainTextEdit->setPlainText(QString::fromStdString(initiative.targetOutcome));
    setWindowTitle(initiative.id != 0 ? tr("Edit Initiative") : tr("Add Initiative"));
    updateOk();
}

Initiative InitiativeDialog::initiative() const
{
    Initiative result = m_initiative;
    result.name = m_ui->nameLineEdit->text().trimmed().toStdString();
    result.businessFunction = m_ui->businessFunctionLineEdit->text().trimmed().toStdString();
    result.owner = m_ui->ownerLineEdit->text().trimmed().toStdString();
    result.stage = Stage(m_ui->stageComboBox->currentData().toInt());
    result.targetOutcome = m_ui->targetOutcomePlainTextEdit->toPlainText().trimmed().toStdString();
    return result;
}

void InitiativeDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->nameLineEdit->text().trimmed().isEmpty());
}

} // namespace lastmile::app
