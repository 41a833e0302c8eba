// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/scoring.h"

#include <QTimer>
#include <QWidget>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QScrollArea;
class QStackedWidget;

namespace lastmile::storage {
struct Change;
}

namespace lastmile::app {

class AssessmentDocument;
class FrictionStepDelegate;
class FrictionStepModel;
class QuestionPanel;
class RoomPanel;

// The questionnaire of one initiative in one round, a step per friction: each question with its
// help and five anchored levels as large cards, don't know, not applicable, notes and evidence;
// answered for a respondent or as the facilitator's consensus; keyboard first.
class QuestionnairePage : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnairePage(QWidget* parent = nullptr);
    ~QuestionnairePage() override;

    // The document shown, or none. The window calls setDocument(nullptr) before closing one.
    void setDocument(AssessmentDocument* document);
    void showInitiative(std::int64_t initiativeId, std::int64_t roundId);
    // Large type and high contrast for a projector.
    void setPresentationMode(bool on);
    bool isPresenting() const { return m_presenting; }

    // Where the page stands.
    std::int64_t initiativeId() const { return m_initiativeId; }
    std::int64_t roundId() const { return m_roundId; }
    // The respondent answering, or 0 for the facilitator's consensus.
    std::int64_t respondentId() const { return m_respondentId; }
    void setRespondent(std::int64_t respondentId);
    QString currentQuestionId() const;
    int currentFriction() const { return m_friction; }
    bool advanceAfterAnswering() const;
    void setAdvanceAfterAnswering(bool on);
    // Saves notes and evidence typed but not yet saved (they are saved shortly after typing stops).
    void flushPendingText();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct TextKey
    {
        std::int64_t roundId;
        std::int64_t initiativeId;
        std::string questionId;
        std::int64_t respondentId;
    };

    // questionnaire_page.cpp: the page, its selectors and how it follows the document;
    // questionnaire_display.cpp: what it shows.
    void createSelectors(QWidget* parent);
    void rebuildSelectors();
    void onDocumentChanged(const storage::Change& change);
    void refresh();
    void showEmpty(const QString& message);
    void refreshQuestion(const RoundData& round, const InitiativeResponses& responses);
    void focusQuestion();
    const RoundData* currentRound() const;
    const Question* currentQuestion() const;
    QString answererName() const;

    // questionnaire_actions.cpp: keys, navigation and answering.
    void createActions();
    QAction* addKeyAction(const QString& text, const QList<QKeySequence>& keys, std::function<void()> run);
    bool canEdit() const;
    bool isAnswered(const std::string& questionId) const;
    std::optional<Answer> currentAnswer() const;
    void goTo(int friction, int question);
    void commitTyped();
    void nextQuestion();
    void previousQuestion();
    void step(int delta);
    void nextFriction();
    void previousFriction();
    void jumpToNextUnanswered();
    void nextRespondent();
    void previousRespondent();
    void cycleRespondent(int delta);
    void toggleHelp();
    void choose(int level);
    void chooseDontKnow();
    void chooseNotApplicable();
    void clearAnswer();
    void commitReason(const QString& reason);
    void writeAnswer(const std::optional<Answer>& answer, bool advance);
    void scheduleText();

    AssessmentDocument* m_document = nullptr;
    std::int64_t m_initiativeId = 0;
    std::int64_t m_roundId = 0;
    std::int64_t m_respondentId = 0;
    int m_friction = 0;
    int m_question = 0;
    bool m_presenting = false;
    ScoringRules m_rules;
    std::optional<TextKey> m_pendingText;
    QTimer m_textTimer;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_selectorBar = nullptr;
    QComboBox* m_initiativeCombo = nullptr;
    QComboBox* m_roundCombo = nullptr;
    QComboBox* m_respondentCombo = nullptr;
    QCheckBox* m_advanceCheck = nullptr;
    QLabel* m_contextLabel = nullptr;
    QListView* m_stepList = nullptr;
    FrictionStepModel* m_stepModel = nullptr;
    FrictionStepDelegate* m_stepDelegate = nullptr;
    QLabel* m_stepsTitle = nullptr;
    QLabel* m_overallLabel = nullptr;
    QProgressBar* m_overallBar = nullptr;
    QLabel* m_readinessLabel = nullptr;
    QScrollArea* m_scroll = nullptr;
    QuestionPanel* m_panel = nullptr;
    RoomPanel* m_room = nullptr;
    QList<QAction*> m_answerActions;
};

} // namespace lastmile::app
