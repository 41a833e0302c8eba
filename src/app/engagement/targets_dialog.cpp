// SPDX-License-Identifier: Apache-2.0
#include "targets_dialog.h"

#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/plain_label.h"
#include "app/plan/plan_text.h"
#include "core/friction.h"
#include "text/messages.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

namespace lastmile::app {

QString targetSummary(const AssessmentDocument& document, std::int64_t initiativeId)
{
    const auto score = latestScore(document.assessment(), initiativeId);
    int set = 0;
    int met = 0;
    for (std::string_view id : kFrictionIds) {
        const auto target = document.target(initiativeId, std::string(id));
        const FrictionScore* scored = score ? score->friction(id) : nullptr;
        set += target ? 1 : 0;
        met += target && scored && scored->score && std::lround(*scored->score) <= std::lround(*target) ? 1 : 0;
    }
    if (set == 0) {
        return TargetsDialog::tr("No targets agreed yet (Targets…).");
    }
    return TargetsDialog::tr("Targets: %1 of %2 frictions; %3 met in the latest round.")
        .arg(set)
        .arg(kFrictionIds.size())
        .arg(met);
}

TargetsDialog::TargetsDialog(AssessmentDocument* document, std::int64_t initiativeId, QWidget* parent)
    : QDialog(parent), m_document(document), m_initiativeId(initiativeId)
{
    const Assessment& assessment = document->assessment();
    const Initiative* initiative = document->initiative(initiativeId);
    const QString name = initiative ? QString::fromStdString(initiative->name) : QString();
    setWindowTitle(tr("Targets — %1").arg(name));
    auto* layout = new QVBoxLayout(this);
    QLabel* intro = plainLabel(this, QStringLiteral("introLabel"));
    intro->setText(
        assessment.rounds.empty()
            ? tr("The friction scores agreed with the client as targets for “%1” (0 = no friction, 100 = severe).")
                  .arg(name)
            : tr("The friction scores agreed with the client as targets for “%1” (0 = no friction, 100 = severe), "
                 "against its scores in “%2”.")
                  .arg(name, QString::fromStdString(assessment.rounds.back().round.name)));
    layout->addWidget(intro);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    const QStringList headers{tr("Friction"), tr("Current"), tr("Target"), tr("Gap to target")};
    for (int column = 0; column < headers.size(); ++column) {
        QLabel* header = plainLabel(this, {}, false);
        header->setText(headers[column]);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, column);
    }
    const auto score = latestScore(assessment, initiativeId);
    const bool readOnly = document->isReadOnly();
    int row = 1;
    for (std::string_view id : kFrictionIds) {
        const std::string frictionId(id);
        QLabel* friction = plainLabel(this, {}, false);
        friction->setText(frictionName(assessment, frictionId));
        const FrictionScore* scored = score ? score->friction(frictionId) : nullptr;
        QString current = tr("not scored");
        if (scored && scored->score && scored->band) {
            m_current[frictionId] = *scored->score;
            current = tr("%1 (%2)").arg(std::lround(*scored->score)).arg(text::Messages::band(*scored->band));
        }
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QString::fromStdString(frictionId) + QStringLiteral("SpinBox"));
        spin->setRange(-1, 100);
        spin->setSpecialValueText(tr("No target"));
        spin->setAccessibleName(tr("Target for %1").arg(friction->text()));
        const auto target = document->target(initiativeId, frictionId);
        spin->setValue(target ? int(std::lround(*target)) : -1);
        spin->setEnabled(!readOnly);
        friction->setBuddy(spin);
        QLabel* gap = plainLabel(this, QString::fromStdString(frictionId) + QStringLiteral("GapLabel"), false);
        grid->addWidget(friction, row, 0);
        QLabel* currentLabel = plainLabel(this, {}, false);
        currentLabel->setText(current);
        grid->addWidget(currentLabel, row, 1);
        grid->addWidget(spin, row, 2);
        grid->addWidget(gap, row, 3);
        m_spins[frictionId] = spin;
        m_gaps[frictionId] = gap;
        connect(spin, &QSpinBox::valueChanged, this, [this, frictionId] { updateGap(frictionId); });
        updateGap(frictionId);
        ++row;
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Cancel | QDialogButtonBox::Ok, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QSpinBox* TargetsDialog::targetSpinBox(const std::string& frictionId) const
{
    const auto found = m_spins.find(frictionId);
    return found == m_spins.end() ? nullptr : found->second;
}

QString TargetsDialog::gapText(const std::string& frictionId) const
{
    const auto found = m_gaps.find(frictionId);
    return found == m_gaps.end() ? QString() : found->second->text();
}

void TargetsDialog::updateGap(const std::string& frictionId)
{
    const int target = m_spins[frictionId]->value();
    const auto current = m_current.find(frictionId);
    QString text;
    if (target < 0) {
        text = tr("—");
    } else if (current == m_current.end()) {
        text = tr("no score yet");
    } else {
        const long gap = std::lround(current->second) - target;
        text = gap > 0 ? tr("%n point(s) to go", nullptr, int(gap)) : tr("✓ target met");
    }
    m_gaps[frictionId]->setText(text);
}

void TargetsDialog::accept()
{
    if (!m_document->isReadOnly() && m_document->initiative(m_initiativeId)) {
        std::map<std::string, int> changes;
        for (const auto& [frictionId, spin] : m_spins) {
            const auto before = m_document->target(m_initiativeId, frictionId);
            const int now = spin->value();
            if ((now < 0) != !before || (before && std::lround(*before) != now)) {
                changes[frictionId] = now;
            }
        }
        if (!changes.empty()) {
            m_document->undoStack()->beginMacro(tr("Set Targets"));
            for (const auto& [frictionId, value] : changes) {
                if (value < 0) {
                    edit::clearTarget(*m_document, m_initiativeId, frictionId);
                } else {
                    edit::setTarget(*m_document, m_initiativeId, frictionId, double(value));
                }
            }
            m_document->undoStack()->endMacro();
        }
    }
    QDialog::accept();
}

} // namespace lastmile::app
