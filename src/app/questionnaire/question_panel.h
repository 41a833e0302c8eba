// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/answer.h"
#include "core/question_bank.h"

#include <QWidget>
#include <array>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace lastmile::app {

class LevelCard;

// One question as the questionnaire shows it: heading, text, help, the five anchored levels as
// cards, "don't know" and "not applicable" (with its reason), notes and evidence. A view only:
// it reports what the user chose and never changes a document itself.
class QuestionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionPanel(QWidget* parent = nullptr);

    void setQuestion(const QString& heading, const Question& question, const QuestionBank& bank);
    void showNoQuestion(const QString& message);
    // The current answer of the person answering; `status` says whose answer it is.
    void setAnswer(const std::optional<Answer>& answer, const QString& status);
    // Shows the note and evidence unless the user has typed something not yet saved.
    void setTexts(const QString& note, const QString& evidence, bool keepTyped);
    // canAnswer: the document can change; hasAnswer: notes belong to an existing answer.
    void setEditable(bool canAnswer, bool hasAnswer);
    void setEvidenceVisible(bool visible);
    void setHelpVisible(bool visible);
    bool isHelpVisible() const;

    QString note() const;
    QString evidence() const;
    // The reason typed but not yet committed, if any; the field then counts as committed.
    std::optional<QString> takeTypedReason();
    void focusReason();
    // Tab goes from `previous` to the reason, the notes and the evidence.
    void chainFocusAfter(QWidget* previous);

    LevelCard* levelCard(int level) const { return m_cards.at(static_cast<std::size_t>(level)); }

signals:
    void levelChosen(int level);
    void dontKnowChosen();
    void notApplicableChosen();
    void reasonCommitted(const QString& reason);
    void reasonDone();
    void textEdited();
    // Esc in the reason, notes or evidence: back to answering with the keys.
    void textLeft();

private:
    void applyFonts();

    QLabel* m_heading = nullptr;
    QLabel* m_question = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_helpToggle = nullptr;
    QLabel* m_help = nullptr;
    std::array<LevelCard*, 5> m_cards{};
    LevelCard* m_dontKnow = nullptr;
    LevelCard* m_notApplicable = nullptr;
    QWidget* m_reasonRow = nullptr;
    QLineEdit* m_reason = nullptr;
    QWidget* m_textRow = nullptr;
    QLabel* m_evidenceLabel = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
    QLabel* m_keys = nullptr;
    bool m_updating = false;
    bool m_helpShown = true;
};

} // namespace lastmile::app
