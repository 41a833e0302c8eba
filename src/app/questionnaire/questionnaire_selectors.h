// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>
#include <cstdint>

class QCheckBox;
class QComboBox;

namespace lastmile {
struct Assessment;
struct RoundData;
} // namespace lastmile

namespace lastmile::app {

// The questionnaire's bar of choices: which initiative, which round, who is answering (a
// respondent of the round, or the facilitator's consensus, id 0), and whether an answer moves
// on to the next question. It shows what it is told and reports what the user picks; it never
// moves the questionnaire itself.
class QuestionnaireSelectors : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnaireSelectors(QWidget* parent = nullptr);

    // Fills the lists: the active initiatives of `assessment` in file order, its rounds latest
    // first, and the consensus then the respondents of `round` (may be null). Empty lists
    // without an assessment.
    void rebuild(const Assessment* assessment, const RoundData* round);
    // Selects the entries of these ids (none when an id is not listed), without reporting it.
    void select(std::int64_t initiativeId, std::int64_t roundId, std::int64_t respondentId, bool advance);

signals:
    void initiativeChosen(std::int64_t initiativeId);
    void roundChosen(std::int64_t roundId);
    void respondentChosen(std::int64_t respondentId);
    void advanceChosen(bool on);

private:
    QComboBox* m_initiativeCombo = nullptr;
    QComboBox* m_roundCombo = nullptr;
    QComboBox* m_respondentCombo = nullptr;
    QCheckBox* m_advanceCheck = nullptr;
};

} // namespace lastmile::app
