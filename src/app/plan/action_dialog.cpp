// SPDX-License-Identifier: Apache-2.0
#include "action_dialog.h"

#include "core/friction.h"
#include "plan_text.h"
#include "ui_action_dialog.h"

#include <QPushButton>

namespace lastmile::app {

namespace {

const QDate kNoDate(2000, 1, 1);

QString recommendationTitle(const Assessment& assessment, const Action& action)
{
    for (auto round = assessment.rounds.rbegin(); round != assessment.rounds.rend(); ++round) {
        if (const Friction* friction = round->bank.findFriction(action.frictionId)) {
            for (const auto& band : friction->actions) {
                for (const RecommendedAction& recommended : band) {
                    if (recommended.id == action.recommendationId) {
                        return QString::fromStdString(recommended.title);
                    }
                }
            }
        }
    }
    return QString::fromStdString(action.recommendationId);
}

} // namespace

ActionDialog::ActionDialog(const Assessment& assessment, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ActionDialog>()), m_assessment(assessment)
{
    m_ui->setupUi(this);
    for (const Initiative& initiative : assessment.initiatives) {
        if (!initiative.archived) {
            m_ui->initiativeComboBox->addItem(QString::fromStdString(initiative.name), qlonglong(initiative.id));
        }
    }
    for (std::string_view id : kFrictionIds) {
        const std::string frictionId(id);
        m_ui->frictionComboBox->addItem(frictionName(assessment, frictionId), QString::fromStdString(frictionId));
    }
    for (ActionStatus status : kActionStatuses) {
        m_ui->statusComboBox->addItem(actionStatusLabel(status), int(status));
    }
    m_ui->dueDateEdit->setMinimumDate(kNoDate);
    m_ui->dueDateEdit->setSpecialValueText(tr("No date"));
    m_ui->recommendationLabel->hide();
    connect(m_ui->textPlainTextEdit, &QPlainTextEdit::textChanged, this, &ActionDialog::updateOk);
    connect(m_ui->dueCheckBox, &QCheckBox::toggled, this, &ActionDialog::setDueEnabled);
    setAction({});
}

ActionDialog::~ActionDialog() = default;

void ActionDialog::setAction(const Action& action)
{
    m_action = action;
    setWindowTitle(action.id == 0 ? tr("Add Action") : tr("Edit Action"));
    int initiative = m_ui->initiativeComboBox->findData(qlonglong(action.initiativeId));
    if (initiative < 0 && action.initiativeId != 0) {
        for (const Initiative& candidate : m_assessment.initiatives) {
            if (candidate.id == action.initiativeId) {
                m_ui->initiativeComboBox->addItem(QString::fromStdString(candidate.name), qlonglong(candidate.id));
                initiative = m_ui->initiativeComboBox->count() - 1;
            }
        }
    }
    m_ui->initiativeComboBox->setCurrentIndex(std::max(initiative, 0));
    m_ui->frictionComboBox->setCurrentIndex(
        std::max(m_ui->frictionComboBox->findData(QString::fromStdString(action.frictionId)), 0));
    m_ui->textPlainTextEdit->setPlainText(QString::fromStdString(action.text));
    m_ui->ownerLineEdit->setText(QString::fromStdString(action.owner));
    const QDate due = QDate::fromString(QString::fromStdString(action.due), Qt::ISODate);
    m_ui->dueCheckBox->setChecked(due.isValid());
    m_ui->dueDateEdit->setDate(due.isValid() ? due : kNoDate);
    setDueEnabled(due.isValid());
    m_ui->statusComboBox->setCurrentIndex(std::max(m_ui->statusComboBox->findData(int(action.status)), 0));
    m_ui->notePlainTextEdit->setPlainText(QString::fromStdString(action.note));
    m_ui->recommendationLabel->setVisible(!action.recommendationId.empty());
    m_ui->recommendationLabel->setText(
        tr("Started from the question bank's recommendation “%1”.").arg(recommendationTitle(m_assessment, action)));
    updateOk();
}

Action ActionDialog::action() const
{
    Action result = m_action;
    result.initiativeId = m_ui->initiativeComboBox->currentData().toLongLong();
    result.frictionId = m_ui->frictionComboBox->currentData().toString().toStdString();
    result.text = m_ui->textPlainTextEdit->toPlainText().trimmed().toStdString();
    result.owner = m_ui->ownerLineEdit->text().trimmed().toStdString();
    result.due = m_ui->dueCheckBox->isChecked() && m_ui->dueDateEdit->date() != kNoDate
                     ? m_ui->dueDateEdit->date().toString(Qt::ISODate).toStdString()
                     : std::string();
    result.status = static_cast<ActionStatus>(m_ui->statusComboBox->currentData().toInt());
    result.note = m_ui->notePlainTextEdit->toPlainText().trimmed().toStdString();
    return result;
}

void ActionDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_ui->initiativeComboBox, m_ui->frictionComboBox, m_ui->ownerLineEdit,
                                         m_ui->dueCheckBox, m_ui->statusComboBox}) {
        widget->setEnabled(!readOnly);
    }
    m_ui->textPlainTextEdit->setReadOnly(readOnly);
    m_ui->notePlainTextEdit->setReadOnly(readOnly);
    setDueEnabled(m_ui->dueCheckBox->isChecked());
    m_ui->buttonBox->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                                 : QDialogButtonBox::Cancel | QDialogButtonBox::Ok);
    if (readOnly) {
        setWindowTitle(tr("Action"));
    }
    updateOk();
}

void ActionDialog::setDueEnabled(bool on)
{
    m_ui->dueDateEdit->setEnabled(on && !m_readOnly);
    if (on && m_ui->dueDateEdit->date() == kNoDate) {
        m_ui->dueDateEdit->setDate(QDate::currentDate().addDays(30));
    } else if (!on) {
        m_ui->dueDateEdit->setDate(kNoDate);
    }
}

void ActionDialog::updateOk()
{
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok)) {
        ok->setEnabled(!m_ui->textPlainTextEdit->toPlainText().trimmed().isEmpty() &&
                       m_ui->initiativeComboBox->currentIndex() >= 0);
    }
}

} // namespace lastmile::app
