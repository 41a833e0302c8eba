// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/scoring.h"

#include <QTimer>
#include <QWidget>
#include <cstdint>
#include <functional>
#include <optional>
#include <tuple>
#include <vector>

class QAction;
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
class QuestionnaireNavigator;
class QuestionnaireSelectors;
class RoomBar;
class RoomController;
class RoomPanel;

// The questionnaire of one initiative in one round, a step per friction: each question with its
// help and five anchored levels as large cards, don't know, not applicable, notes and evidence;
// answered for a respondent or as the facilitator's consensus; keyboard first. Where it stands
// and what an answer writes is its QuestionnaireNavigator's; the page shows it and turns keys,
// clicks and typing into the navigator's moves and answers.
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
    // The round whose answers the page shows: the one it stands on once it has `document`, else
    // the one it opens on (the latest).
    std::vector<std::int64_t> roundsShown(const AssessmentDocument& document) const;

signals:
    // The page stands on another round (roundsShown()); emitted before it draws that round.
    void roundsShownChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createSteps(QWidget* parent);
    void connectPanel();
    void connectRoom();
    void createActions();
    QAction* addKeyAction(const QString& text, const QList<QKeySequence>& keys, std::function<void()> run);

    // Following the document and the navigator.
    void rebuildSelectors();
    void followNavigator();
    void onDocumentChanged(const storage::Change& change);
    void refreshRoomBar();

    // What the page shows.
    void refresh();
    void showEmpty(const QString& message);
    void refreshSteps(const RoundData& round, const InitiativeResponses& responses);
    void refreshQuestion(const RoundData& round, const InitiativeResponses& responses);
    void focusQuestion();
    QString answererName() const;

    // Answering: a refusal in review is said in a dialog; text typed is saved first.
    bool mayAnswer();
    void writeAnswer(const std::optional<Answer>& answer, bool advance);
    void chooseNotApplicable();
    void commitReason(const QString& reason);
    void commitTyped();
    void scheduleText();

    AssessmentDocument* m_document = nullptr;
    QuestionnaireNavigator* m_navigator = nullptr;
    RoomController* m_roomController = nullptr;
    std::optional<std::tuple<std::int64_t, int, int>> m_shown; // initiative, friction, question in view
    std::int64_t m_roundShown = 0;                             // the round roundsShownChanged() last told of
    ScoringRules m_rules;
    QTimer m_textTimer;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QWidget* m_content = nullptr;
    QuestionnaireSelectors* m_selectors = nullptr;
    RoomBar* m_roomBar = nullptr;
    QListView* m_stepList = nullptr;
    FrictionStepModel* m_stepModel = nullptr;
    FrictionStepDelegate* m_stepDelegate = nullptr;
    QLabel* m_overallLabel = nullptr;
    QProgressBar* m_overallBar = nullptr;
    QLabel* m_readinessLabel = nullptr;
    QScrollArea* m_scroll = nullptr;
    QuestionPanel* m_panel = nullptr;
    RoomPanel* m_room = nullptr;
    QList<QAction*> m_answerActions;
    QList<QAction*> m_keyActions;
};

} // namespace lastmile::app
