// SPDX-License-Identifier: Apache-2.0
#include "room_panel.h"

#include "answer_labels.h"
#include "app/plain_label.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace lastmile::app {

RoomPanel::RoomPanel(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("roomPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    m_title = plainLabel(this, QStringLiteral("roomTitleLabel"));
    m_title->setText(tr("Answers in this round"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_rows = new QWidget(this);
    m_grid = new QGridLayout(m_rows);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
    layout->addWidget(m_rows);

    m_summary = plainLabel(this, QStringLiteral("spreadLabel"));
    layout->addWidget(m_summary);
    m_disagreement = plainLabel(this, QStringLiteral("disagreementLabel"));
    m_disagreement->setStyleSheet(
        QStringLiteral("QLabel { background: #7F1D3F; color: white; padding: 0.4em; border-radius: 3px; }"));
    m_disagreement->setFont(bold);
    m_disagreement->hide();
    layout->addWidget(m_disagreement);
    m_consensus = plainLabel(this, QStringLiteral("consensusLabel"));
    layout->addWidget(m_consensus);
    layout->addStretch(1);
}

QLabel* RoomPanel::addLabel(const QString& text, int row, int column, bool bold)
{
    QLabel* label = plainLabel(m_rows, column == 0 ? QStringLiteral("respondentNameLabel%1").arg(row)
                                                   : QStringLiteral("respondentAnswerLabel%1").arg(row));
    label->setText(text);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    m_grid->addWidget(label, row, column, column == 0 ? Qt::AlignLeft | Qt::AlignTop : Qt::AlignRight | Qt::AlignTop);
    return label;
}

void RoomPanel::clear()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_summary->clear();
    m_disagreement->hide();
    m_consensus->clear();
}

void RoomPanel::showAnswers(const std::vector<Entry>& entries, const AggregateAnswer& individuals,
                            const std::optional<Answer>& consensus, bool consensusCurrent, const QuestionBank& bank,
                            bool hideValues)
{
    clear();
    int row = 0;
    for (const Entry& entry : entries) {
        QLabel* name = addLabel(entry.name, row, 0, entry.current);
        if (!entry.role.isEmpty()) {
            name->setToolTip(entry.role);
        }
        QString shown = tr("–");
        QString tip = tr("Not answered yet");
        if (entry.answer && hideValues) {
            shown = tr("✓");
            tip = tr("Answered; the answer is shown at the reveal");
        } else if (entry.answer) {
            shown = answerShortLabel(*entry.answer);
            tip = answerLabel(*entry.answer, bank);
        }
        addLabel(shown, row, 1, entry.current)->setToolTip(tip);
        ++row;
    }
    if (entries.empty()) {
        addLabel(tr("This round has no respondents yet."), 0, 0, false);
    }

    if (hideValues) {
        m_summary->setText(tr("The answers are hidden until the reveal (V)."));
    } else if (individuals.levelCount == 0) {
        m_summary->setText(tr("No levels given yet."));
    } else {
        m_summary->setText(tr("Levels given: %1 · median %2 · spread %3")
                               .arg(individuals.levelCount)
                               .arg(QLocale().toString(individuals.level, 'g', 3))
                               .arg(individuals.spread));
    }
    if (individuals.disagreement && !hideValues) {
        m_disagreement->setText(tr("Disagreement (spread %1): the room sees this differently. Discuss it "
                                   "before recording a consensus.")
                                    .arg(individuals.spread));
        m_disagreement->show();
    }
    const QString consensusText =
        consensus ? tr("Consensus: %1").arg(answerLabel(*consensus, bank)) : tr("Consensus: not recorded");
    m_consensus->setText(consensusText);
    QFont font = this->font();
    font.setBold(consensusCurrent || consensus.has_value());
    m_consensus->setFont(font);
}

} // namespace lastmile::app
