// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/answer.h"
#include "core/question_bank.h"
#include "core/scoring.h"

#include <QFrame>
#include <optional>
#include <vector>

class QGridLayout;
class QLabel;

namespace lastmile::app {

// What the room said about the current question: every respondent's answer in this round, the
// median and spread of their levels, a flag when they disagree, and the consensus if recorded.
class RoomPanel : public QFrame
{
    Q_OBJECT

public:
    struct Entry
    {
        QString name;
        QString role;
        std::optional<Answer> answer;
        bool current = false; // the respondent now answering
    };

    explicit RoomPanel(QWidget* parent = nullptr);

    // `individuals` is core's aggregate of the respondents' answers alone (without the consensus).
    // With `hideValues` (before the reveal) it shows only who has answered, never what.
    void showAnswers(const std::vector<Entry>& entries, const AggregateAnswer& individuals,
                     const std::optional<Answer>& consensus, bool consensusCurrent, const QuestionBank& bank,
                     bool hideValues);
    void clear();

private:
    QLabel* addLabel(const QString& text, int row, int column, bool bold);

    QLabel* m_title = nullptr;
    QWidget* m_rows = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_disagreement = nullptr;
    QLabel* m_consensus = nullptr;
};

} // namespace lastmile::app
