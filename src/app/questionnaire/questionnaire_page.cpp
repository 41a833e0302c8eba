// SPDX-License-Identifier: Apache-2.0
#include "questionnaire_page.h"

#include "answer_labels.h"
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/plain_label.h"
#include "app/review.h"
#include "app/workshop/agenda_dialog.h"
#include "app/workshop/room_controller.h"
#include "friction_step_delegate.h"
#include "friction_step_model.h"
#include "question_panel.h"
#include "questionnaire_navigator.h"
#include "questionnaire_selectors.h"
#include "room_bar.h"
#include "room_panel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace lastmile::app {

QuestionnairePage::QuestionnairePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("questionnairePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_emptyLabel = plainLabel(m_stack, QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_emptyLabel);

    m_roomController = new RoomController(this);
    m_navigator = new QuestionnaireNavigator(this);
    m_navigator->setRoom(m_roomController);
    connect(m_navigator, &QuestionnaireNavigator::aboutToMove, this, &QuestionnairePage::commitTyped);
    connect(m_navigator, &QuestionnaireNavigator::moved, this, &QuestionnairePage::followNavigator);

    m_content = new QWidget(m_stack);
    auto* content = new QVBoxLayout(m_content);
    m_selectors = new QuestionnaireSelectors(m_content);
    content->addWidget(m_selectors);
    m_roomBar = new RoomBar(m_content);
    content->addWidget(m_roomBar);

    auto* splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->setObjectName(QStringLiteral("questionnaireSplitter"));
    splitter->setChildrenCollapsible(false);
    QWidget* steps = createSteps(splitter);
    m_panel = new QuestionPanel;
    m_scroll = new QScrollArea(splitter);
    m_scroll->setObjectName(QStringLiteral("questionScrollArea"));
    m_scroll->setWidget(m_panel);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_room = new RoomPanel(splitter);
    m_room->setMinimumWidth(m_room->fontMetrics().averageCharWidth() * 30);
    splitter->addWidget(steps);
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_room);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    content->addWidget(splitter, 1);
    m_stack->addWidget(m_content);

    connect(m_selectors, &QuestionnaireSelectors::initiativeChosen, this,
            [this](std::int64_t id) { showInitiative(id, roundId()); });
    connect(m_selectors, &QuestionnaireSelectors::roundChosen, this, [this](std::int64_t id) {
        m_navigator->switchRound(id);
        rebuildSelectors();
        focusQuestion();
    });
    connect(m_selectors, &QuestionnaireSelectors::respondentChosen, this, [this](std::int64_t id) {
        setRespondent(id);
        focusQuestion();
    });
    connect(m_selectors, &QuestionnaireSelectors::advanceChosen, this, [this](bool on) {
        setAdvanceAfterAnswering(on);
        focusQuestion();
    });
    connectPanel();
    connectRoom();
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(400);
    connect(&m_textTimer, &QTimer::timeout, this, &QuestionnairePage::flushPendingText);

    m_panel->chainFocusAfter(m_scroll);
    createActions();
    setFocusProxy(m_scroll);
    refresh();
}

QuestionnairePage::~QuestionnairePage()
{
    flushPendingText();
}

QWidget* QuestionnairePage::createSteps(QWidget* parent)
{
    auto* steps = new QWidget(parent);
    auto* layout = new QVBoxLayout(steps);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* title = plainLabel(steps, QStringLiteral("stepsTitleLabel"));
    title->setText(tr("Frictions"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_stepModel = new FrictionStepModel(this);
    m_stepDelegate = new FrictionStepDelegate(this);
    m_stepList = new QListView(steps);
    m_stepList->setObjectName(QStringLiteral("frictionStepsListView"));
    m_stepList->setModel(m_stepModel);
    m_stepList->setItemDelegate(m_stepDelegate);
    m_stepList->setFocusPolicy(Qt::NoFocus);
    m_stepList->setMouseTracking(true);
    m_stepList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_stepList, 1);
    m_overallLabel = plainLabel(steps, QStringLiteral("overallProgressLabel"));
    layout->addWidget(m_overallLabel);
    m_overallBar = new QProgressBar(steps);
    m_overallBar->setObjectName(QStringLiteral("overallProgressBar"));
    m_overallBar->setTextVisible(false);
    m_overallBar->setMaximumHeight(m_overallBar->fontMetrics().height() / 2);
    layout->addWidget(m_overallBar);
    m_readinessLabel = plainLabel(steps, QStringLiteral("readinessLabel"));
    layout->addWidget(m_readinessLabel);
    connect(m_stepList, &QListView::clicked, this, [this](const QModelIndex& index) {
        m_navigator->goTo(index.row(), 0);
        focusQuestion();
    });
    return steps;
}

void QuestionnairePage::connectPanel()
{
    connect(m_panel, &QuestionPanel::levelChosen, this,
            [this](int level) { writeAnswer(Answer::atLevel(level), true); });
    connect(m_panel, &QuestionPanel::dontKnowChosen, this, [this] { writeAnswer(Answer::dontKnow(), true); });
    connect(m_panel, &QuestionPanel::notApplicableChosen, this, &QuestionnairePage::chooseNotApplicable);
    connect(m_panel, &QuestionPanel::reasonCommitted, this, &QuestionnairePage::commitReason);
    connect(m_panel, &QuestionPanel::reasonDone, this, [this] {
        focusQuestion();
        if (advanceAfterAnswering()) {
            m_navigator->nextQuestion();
        }
    });
    connect(m_panel, &QuestionPanel::textEdited, this, &QuestionnairePage::scheduleText);
    connect(m_panel, &QuestionPanel::textLeft, this, [this] {
        commitTyped();
        focusQuestion();
    });
}

void QuestionnairePage::connectRoom()
{
    connect(m_roomBar, &RoomBar::revealClicked, this, [this] {
        reveal();
        focusQuestion();
    });
    connect(m_roomBar, &RoomBar::voteAgainClicked, this, [this] {
        voteAgain();
        focusQuestion();
    });
    connect(m_roomBar, &RoomBar::planClicked, this, &QuestionnairePage::planAgenda);
    connect(m_roomController, &RoomController::changed, this, [this] {
        m_navigator->followRoom();
        refreshRoomBar();
    });
    session::RoomRound& room = m_roomController->room();
    connect(&room, &session::RoomRound::phaseChanged, this, [this] { refresh(); });
    connect(&room, &session::RoomRound::secondsLeftChanged, m_roomBar, &RoomBar::showTimeLeft);
}

QAction* QuestionnairePage::addKeyAction(const QString& text, const QList<QKeySequence>& keys,
                                         std::function<void()> run)
{
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    // The page's text fields keep their own keys (see QuestionPanel); everywhere else on the
    // visible page the keys answer and move.
    action->setShortcutContext(Qt::WindowShortcut);
    action->setAutoRepeat(false);
    connect(action, &QAction::triggered, this, std::move(run));
    addAction(action);
    m_keyActions.append(action);
    return action;
}

void QuestionnairePage::createActions()
{
    for (int level = kMinLevel; level <= kMaxLevel; ++level) {
        const auto key = Qt::Key(Qt::Key_0 + level);
        m_answerActions.append(addKeyAction(tr("Answer level %1").arg(level),
                                            {QKeySequence(key), QKeySequence(Qt::KeypadModifier | key)},
                                            [this, level] { writeAnswer(Answer::atLevel(level), true); }));
    }
    m_answerActions.append(
        addKeyAction(tr("Don't know"), {QKeySequence(Qt::Key_D)}, [this] { writeAnswer(Answer::dontKnow(), true); }));
    m_answerActions.append(
        addKeyAction(tr("Not applicable"), {QKeySequence(Qt::Key_N)}, [this] { chooseNotApplicable(); }));
    m_answerActions.append(
        addKeyAction(tr("Clear answer"), {QKeySequence(Qt::Key_Backspace), QKeySequence::Delete}, [this] {
            if (m_navigator->currentAnswer()) {
                writeAnswer(std::nullopt, false);
            }
        }));
    addKeyAction(tr("Next question"),
                 {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_PageDown)},
                 [this] { m_navigator->nextQuestion(); });
    addKeyAction(tr("Previous question"),
                 {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_PageUp)},
                 [this] { m_navigator->previousQuestion(); });
    addKeyAction(tr("Next friction"), {QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
                 [this] { m_navigator->nextFriction(); });
    addKeyAction(tr("Previous friction"), {QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
                 [this] { m_navigator->previousFriction(); });
    addKeyAction(tr("Next unanswered question"), {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_F6)},
                 [this] { m_navigator->nextUnanswered(); });
    addKeyAction(tr("Next respondent"), {QKeySequence(Qt::Key_R)}, [this] { m_navigator->cycleRespondent(1); });
    addKeyAction(tr("Previous respondent"), {QKeySequence(Qt::SHIFT | Qt::Key_R)},
                 [this] { m_navigator->cycleRespondent(-1); });
    addKeyAction(tr("Show or hide the help"), {QKeySequence(Qt::Key_H)},
                 [this] { m_panel->setHelpVisible(!m_panel->isHelpVisible()); });
    addKeyAction(tr("Reveal the room's answers"), {QKeySequence(Qt::Key_V)}, [this] { reveal(); });
    addKeyAction(tr("Vote again"), {QKeySequence(Qt::SHIFT | Qt::Key_V)}, [this] { voteAgain(); });
    addKeyAction(tr("Pause or resume the time box"), {QKeySequence(Qt::Key_T)}, [this] {
        session::RoomRound& room = m_roomController->room();
        room.setTimeBoxPaused(room.isTimeBoxRunning());
    });
}

void QuestionnairePage::setDocument(AssessmentDocument* document)
{
    commitTyped();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_shown.reset();
    if (m_document) {
        connect(m_document, &AssessmentDocument::changed, this, &QuestionnairePage::onDocumentChanged);
        connect(m_document, &AssessmentDocument::roundLoaded, this, [this](std::int64_t loaded) {
            if (loaded == roundId()) {
                refresh(); // the answers of the round it stands on are in
            }
        });
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            m_navigator->setDocument(nullptr);
        });
    }
    m_roomController->setDocument(document);
    m_navigator->setDocument(document);
    rebuildSelectors();
    m_navigator->resume();
    refresh();
}

void QuestionnairePage::showInitiative(std::int64_t initiativeId, std::int64_t roundId)
{
    m_navigator->showInitiative(initiativeId, roundId);
    rebuildSelectors();
    focusQuestion();
}

void QuestionnairePage::setRespondent(std::int64_t respondentId)
{
    m_navigator->setRespondent(respondentId);
}

std::int64_t QuestionnairePage::initiativeId() const
{
    return m_navigator->initiativeId();
}

std::int64_t QuestionnairePage::roundId() const
{
    return m_navigator->roundId();
}

std::int64_t QuestionnairePage::respondentId() const
{
    return m_navigator->respondentId();
}

int QuestionnairePage::currentFriction() const
{
    return m_navigator->friction();
}

QString QuestionnairePage::currentQuestionId() const
{
    const Question* question = m_navigator->currentQuestion();
    return question ? QString::fromStdString(question->id) : QString();
}

bool QuestionnairePage::advanceAfterAnswering() const
{
    return m_navigator->advanceAfterAnswering();
}

void QuestionnairePage::setAdvanceAfterAnswering(bool on)
{
    m_navigator->setAdvanceAfterAnswering(on);
    m_selectors->select(initiativeId(), roundId(), respondentId(), on);
}

void QuestionnairePage::rebuildSelectors()
{
    m_navigator->settle();
    m_selectors->rebuild(m_document ? &m_document->assessment() : nullptr, m_navigator->round());
    followNavigator();
}

std::vector<std::int64_t> QuestionnairePage::roundsShown(const AssessmentDocument& document) const
{
    if (m_document == &document && m_navigator->round()) {
        return {roundId()};
    }
    return document.latestRoundIds(); // where the navigator starts
}

void QuestionnairePage::followNavigator()
{
    if (roundId() != m_roundShown) {
        m_roundShown = roundId();
        emit roundsShownChanged();
    }
    m_selectors->select(initiativeId(), roundId(), respondentId(), m_navigator->advanceAfterAnswering());
    refresh();
    const auto shown = std::make_tuple(initiativeId(), m_navigator->friction(), m_navigator->question());
    if (m_shown != shown) {
        m_scroll->verticalScrollBar()->setValue(0); // another question starts at its top
        m_shown = shown;
    }
}

void QuestionnairePage::onDocumentChanged(const storage::Change& change)
{
    using Kind = storage::Change::Kind;
    if (change.kind == Kind::Organization || change.kind == Kind::Agenda) {
        return; // the room controller follows the agenda, and the page follows the room
    }
    if (change.kind == Kind::Initiative || change.kind == Kind::Round || change.kind == Kind::Respondent) {
        rebuildSelectors();
    } else if (change.roundId != roundId() || change.initiativeId != initiativeId()) {
        return;
    }
    refresh();
}

void QuestionnairePage::refreshRoomBar()
{
    const bool writable = m_document && !m_document->isReadOnly();
    m_roomBar->showRoom(*m_roomController, m_document && m_roomController->room().current(), writable,
                        m_navigator->round() != nullptr);
}

void QuestionnairePage::reveal()
{
    m_roomController->room().reveal();
}

void QuestionnairePage::voteAgain()
{
    m_roomController->room().revote();
}

void QuestionnairePage::planAgenda()
{
    const RoundData* round = m_navigator->round();
    if (!round || !m_document || m_document->isReadOnly()) {
        return;
    }
    commitTyped();
    auto* dialog = new AgendaDialog(*m_document, round->round.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgendaDialog::planned, this, [this](std::int64_t roundId, const std::optional<Agenda>& agenda) {
        edit::setAgenda(*m_document, roundId, agenda);
        focusQuestion();
    });
    dialog->open();
}

void QuestionnairePage::showEmpty(const QString& message)
{
    m_emptyLabel->setText(message);
    m_stack->setCurrentWidget(m_emptyLabel);
    m_stepModel->setSteps({});
    for (QAction* action : actions()) {
        action->setEnabled(false);
    }
}

void QuestionnairePage::refresh()
{
    const RoundData* round = m_navigator->round();
    const Initiative* initiative = m_document ? m_document->initiative(initiativeId()) : nullptr;
    if (!m_document) {
        showEmpty(tr("Open an assessment to answer its questionnaire."));
        return;
    }
    if (!initiative || initiative->archived) {
        showEmpty(tr("This engagement has no active initiative yet. Add one on the Engagement page."));
        return;
    }
    if (!round || round->bank.frictions.empty()) {
        showEmpty(tr("This engagement has no assessment round yet. Start one on the Engagement page."));
        return;
    }
    m_stack->setCurrentWidget(m_content);
    for (QAction* action : actions()) {
        // In review the answer keys stay live so that pressing one says why nothing changes.
        action->setEnabled(!m_answerActions.contains(action) || m_navigator->currentQuestion() != nullptr);
    }
    const InitiativeResponses responses = initiativeResponses(*round, initiativeId());
    refreshSteps(*round, responses);
    refreshQuestion(*round, responses);
}

void QuestionnairePage::refreshSteps(const RoundData& round, const InitiativeResponses& responses)
{
    const InitiativeScore score = scoreInitiative(round.bank, initiativeId(), responses, m_rules);
    std::vector<FrictionStep> steps = frictionSteps(round.bank, score, responses, respondentId());
    int answered = 0;
    int total = 0;
    QStringList names;
    for (const FrictionStep& step : steps) {
        answered += step.answered;
        total += step.questionCount;
        names.append(step.name);
    }
    m_stepModel->setSteps(std::move(steps));
    const int scrollBar = m_stepList->verticalScrollBar()->sizeHint().width();
    m_stepList->setMinimumWidth(m_stepDelegate->minimumWidth(m_stepList->font(), names) + scrollBar);
    m_stepList->setCurrentIndex(m_stepModel->index(m_navigator->friction()));

    m_overallLabel->setText(respondentId() != 0
                                ? tr("%1 has answered %2 of %3 questions").arg(answererName()).arg(answered).arg(total)
                                : tr("Consensus recorded for %1 of %2 questions").arg(answered).arg(total));
    m_overallBar->setRange(0, std::max(1, total));
    m_overallBar->setValue(answered);
    if (!score.readiness) {
        m_readinessLabel->setText(tr("No readiness index yet: no friction has an answered question."));
    } else if (score.coverage < m_rules.lowCoverageBelow) {
        // Thin evidence is never a clean number (docs/scoring.md, "Coverage").
        m_readinessLabel->setText(tr("Readiness index %1: insufficient evidence (coverage %2, under %3)")
                                      .arg(scoreLabel(score.readiness), coverageLabel(score.coverage),
                                           coverageLabel(m_rules.lowCoverageBelow)));
    } else {
        m_readinessLabel->setText(tr("Readiness index %1 (everyone's answers) · coverage %2")
                                      .arg(scoreLabel(score.readiness), coverageLabel(score.coverage)));
    }
}

void QuestionnairePage::refreshQuestion(const RoundData& round, const InitiativeResponses& responses)
{
    const Question* question = m_navigator->currentQuestion();
    if (!question) {
        m_panel->showNoQuestion(tr("This friction has no questions in this round's question bank."));
        m_room->clear();
        return;
    }
    const Friction& friction = round.bank.frictions[std::size_t(m_navigator->friction())];
    m_panel->setQuestion(tr("%1 · question %2 of %3")
                             .arg(QString::fromStdString(friction.name))
                             .arg(m_navigator->question() + 1)
                             .arg(friction.questions.size()),
                         *question, round.bank);

    const std::optional<Answer> answer = answerOf(responses, question->id, respondentId());
    QString status;
    if (respondentId() == 0) {
        status = answer ? tr("Consensus: %1").arg(answerLabel(*answer, round.bank)) : tr("No consensus recorded yet.");
    } else {
        status = answer ? tr("%1 answered: %2").arg(answererName(), answerLabel(*answer, round.bank))
                        : tr("%1 has not answered yet.").arg(answererName());
    }
    m_panel->setAnswer(answer, status);

    const std::optional<AnswerRecord> record = m_navigator->currentAnswer();
    m_panel->setTexts(record ? QString::fromStdString(record->note) : QString(),
                      record ? QString::fromStdString(record->evidence) : QString(), m_navigator->isTypedHere());
    m_panel->setEditable(m_navigator->canAnswer(), answer.has_value());
    m_panel->setEvidenceVisible(respondentId() != 0);

    std::vector<RoomPanel::Entry> entries;
    for (const Respondent& respondent : round.respondents) {
        entries.push_back({QString::fromStdString(respondent.name), QString::fromStdString(respondent.role),
                           answerOf(responses, question->id, respondent.id), respondent.id == respondentId()});
    }
    QuestionResponses individuals;
    std::optional<Answer> consensus;
    if (const auto found = responses.find(question->id); found != responses.end()) {
        individuals.answers = found->second.answers;
        consensus = found->second.consensus;
    }
    const bool hidden = !m_roomController->room().isRevealed() && !RoomController::showValuesBeforeReveal();
    m_room->showAnswers(entries, aggregateAnswers(individuals, m_rules), consensus, respondentId() == 0, round.bank,
                        hidden);
}

QString QuestionnairePage::answererName() const
{
    if (const RoundData* round = m_navigator->round(); round && respondentId() != 0) {
        for (const Respondent& respondent : round->respondents) {
            if (respondent.id == respondentId()) {
                return QString::fromStdString(respondent.name);
            }
        }
    }
    return tr("Consensus");
}

void QuestionnairePage::focusQuestion()
{
    if (isVisible()) {
        m_scroll->setFocus(Qt::OtherFocusReason);
    }
}

void QuestionnairePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    QWidget* focus = window()->focusWidget();
    if (!focus || !isAncestorOf(focus)) {
        m_scroll->setFocus(Qt::OtherFocusReason);
    }
}

bool QuestionnairePage::mayAnswer()
{
    return !refuseIfReadOnly(this, m_document) && m_navigator->canAnswer();
}

void QuestionnairePage::writeAnswer(const std::optional<Answer>& answer, bool advance)
{
    flushPendingText();
    if (mayAnswer()) {
        m_navigator->answer(answer, advance);
    }
}

void QuestionnairePage::chooseNotApplicable()
{
    flushPendingText();
    if (mayAnswer()) {
        m_navigator->answerNotApplicable();
        m_panel->focusReason();
    }
}

void QuestionnairePage::commitReason(const QString& reason)
{
    m_navigator->setReason(reason.toStdString());
}

void QuestionnairePage::commitTyped()
{
    flushPendingText();
    if (const std::optional<QString> reason = m_panel->takeTypedReason()) {
        commitReason(*reason);
    }
}

void QuestionnairePage::scheduleText()
{
    if (m_navigator->markTextTyped()) {
        m_textTimer.start();
    }
}

void QuestionnairePage::flushPendingText()
{
    m_textTimer.stop();
    if (m_navigator->hasTypedText()) {
        m_navigator->saveText(m_panel->note().toStdString(), m_panel->evidence().toStdString());
    }
}

} // namespace lastmile::app
