// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/agenda.h"
#include "core/assessment_data.h"
#include "core/scoring.h"

#include <QTimer>
#include <QWidget>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <tuple>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
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
class QuestionnaireNavigator;
class RoomController;
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

    // Where the page stands.
    std::int64_t initiativeId() const;
    std::int64_t roundId() const;
    // The respondent answering, or 0 for the facilitator's consensus.
    std::int64_t respondentId() const;
    void setRespondent(std::int64_t respondentId);
    QString currentQuestionId() const;
    int currentFriction() const;
    // Where the page stands and how it answers, without widgets.
    QuestionnaireNavigator* navigator() const { return m_navigator; }
    // Moves to the next question after an answer. Remembered on this computer once chosen;
    // until then off for rounds with several respondents (the room answers one question
    // together) and on otherwise.
    bool advanceAfterAnswering() const;
    void setAdvanceAfterAnswering(bool on);
    // The round of the room this page drives; the presentation window shows the same one.
    RoomController* roomController() const { return m_roomController; }
    // The page's answering and moving keys, for another window showing the same room (the
    // presentation window) to install, so the facilitator can work from either.
    QList<QAction*> keyActions() const { return m_keyActions; }
    // Shows the room's answers (reveal) or collects them again (vote again).
    void reveal();
    void voteAgain();
    // Opens the agenda planner for the page's round.
    void planAgenda();
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

    // questionnaire_page.cpp: the page, its selectors and how it follows the document and
    // the navigator; questionnaire_display.cpp: what it shows.
    void createSelectors(QWidget* parent);
    void rebuildSelectors();
    // The navigator moved: the selectors, the question shown, the scroll position.
    void followNavigator();
    void onDocumentChanged(const storage::Change& change);
    void refresh();
    void showEmpty(const QString& message);
    void refreshQuestion(const RoundData& round, const InitiativeResponses& responses);
    void focusQuestion();
    const RoundData* currentRound() const;
    const Question* currentQuestion() const;
    QString answererName() const;

    // questionnaire_actions.cpp: keys, and answering through the navigator.
    void createActions();
    QAction* addKeyAction(const QString& text, const QList<QKeySequence>& keys, std::function<void()> run);
    bool canEdit() const;
    std::optional<Answer> currentAnswer() const;
    void commitTyped();
    void toggleHelp();
    void choose(int level);
    void chooseDontKnow();
    void chooseNotApplicable();
    void clearAnswer();
    void commitReason(const QString& reason);
    void writeAnswer(const std::optional<Answer>& answer, bool advance);
    void scheduleText();

    // questionnaire_room.cpp: the round of the room, the agenda and the reveal.
    void createRoomBar(QWidget* parent);
    void refreshRoomBar();
    void refreshTimer();
    void followRoom();
    bool followsPlannedAgenda() const;
    // Opens the first agenda item of the initiative; false when it has none.
    bool openAgendaOf(std::int64_t initiativeId);

    AssessmentDocument* m_document = nullptr;
    QuestionnaireNavigator* m_navigator = nullptr;
    std::optional<std::tuple<std::int64_t, int, int>> m_shown; // initiative, friction, question in view
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
    QList<QAction*> m_keyActions;
    RoomController* m_roomController = nullptr;
    QWidget* m_roomBar = nullptr;
    QLabel* m_agendaLabel = nullptr;
    QLabel* m_timerLabel = nullptr;
    QLabel* m_answeredLabel = nullptr;
    QPushButton* m_revealButton = nullptr;
    QPushButton* m_voteAgainButton = nullptr;
    QPushButton* m_planButton = nullptr;
};

} // namespace lastmile::app
