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
    connect(m_ui->bankComboBox, &QComboBox::currentIndexChanged, this, &RoundDialog::updateBank);
    m_ui->bankTitleLabel->hide();
    m_ui->bankComboBox->hide();
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

void RoundDialog::setBanks(const QuestionBank& current, const std::vector<QuestionBank>& available)
{
    m_banks.clear();
    m_banks.push_back(current);
    for (const QuestionBank& bank : available) {
        if (bank.id != current.id || bank.contentVersion != current.contentVersion) {
            m_banks.push_back(bank);
        }
    }
    QSignalBlocker blocker(m_ui->bankComboBox);
    m_ui->bankComboBox->clear();
    for (std::size_t i = 0; i < m_banks.size(); ++i) {
        const QuestionBank& bank = m_banks[i];
        const QString label =
            tr("%1 (version %2)").arg(QString::fromStdString(bank.name), QString::fromStdString(bank.contentVersion));
        m_ui->bankComboBox->addItem(i == 0 ? tr("%1 — as the latest round").arg(label) : label);
    }
    m_ui->bankComboBox->setCurrentIndex(0);
    m_ui->bankTitleLabel->show();
    m_ui->bankComboBox->show();
    updateBank();
}

QuestionBank RoundDialog::bank() const
{
    const int index = m_ui->bankComboBox->currentIndex();
    return index >= 0 && std::size_t(index) < m_banks.size() ? m_banks[std::size_t(index)] : QuestionBank{};
}

void RoundDialog::updateBank()
{
    const QuestionBank chosen = bank();
    m_ui->bankLabel->setText(tr("“%1” (%2): %3 questions in %4 frictions. The round keeps its own copy.")
                                 .arg(QString::fromStdString(chosen.name), QString::fromStdString(chosen.id))
                                 .arg(chosen.questionCount())
                                 .arg(chosen.frictions.size()));
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
