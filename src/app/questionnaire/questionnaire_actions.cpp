// SPDX-License-Identifier: Apache-2.0
// The questionnaire's keys, navigation and answering. Every change goes through the edit facade.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/review.h"
#include "app/workshop/room_controller.h"
#include "initiative_responses.h"
#include "question_panel.h"
#include "questionnaire_page.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <algorithm>

namespace lastmile::app {

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
                                            [this, level] { choose(level); }));
    }
    m_answerActions.append(addKeyAction(tr("Don't know"), {QKeySequence(Qt::Key_D)}, [this] { chooseDontKnow(); }));
    m_answerActions.append(
        addKeyAction(tr("Not applicable"), {QKeySequence(Qt::Key_N)}, [this] { chooseNotApplicable(); }));
    m_answerActions.append(addKeyAction(tr("Clear answer"), {QKeySequence(Qt::Key_Backspace), QKeySequence::Delete},
                                        [this] { clearAnswer(); }));
    addKeyAction(tr("Next question"),
                 {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_PageDown)},
                 [this] { nextQuestion(); });
    addKeyAction(tr("Previous question"),
                 {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_PageUp)},
                 [this] { previousQuestion(); });
    addKeyAction(tr("Next friction"), {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}, [this] { nextFriction(); });
    addKeyAction(tr("Previous friction"), {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}, [this] { previousFriction(); });
    addKeyAction(tr("Next unanswered question"), {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_F6)},
                 [this] { jumpToNextUnanswered(); });
    addKeyAction(tr("Next respondent"), {QKeySequence(Qt::Key_R)}, [this] { nextRespondent(); });
    addKeyAction(tr("Previous respondent"), {QKeySequence(Qt::SHIFT | Qt::Key_R)}, [this] { previousRespondent(); });
    addKeyAction(tr("Show or hide the help"), {QKeySequence(Qt::Key_H)}, [this] { toggleHelp(); });
    addKeyAction(tr("Reveal the room's answers"), {QKeySequence(Qt::Key_V)}, [this] { reveal(); });
    addKeyAction(tr("Vote again"), {QKeySequence(Qt::SHIFT | Qt::Key_V)}, [this] { voteAgain(); });
    addKeyAction(tr("Pause or resume the time box"), {QKeySequence(Qt::Key_T)}, [this] {
        session::RoomRound& room = m_roomController->room();
        room.setTimeBoxPaused(room.isTimeBoxRunning());
    });
}

bool QuestionnairePage::canEdit() const
{
    return m_document && !m_document->isReadOnly() && currentQuestion();
}

std::optional<Answer> QuestionnairePage::currentAnswer() const
{
    const Question* question = currentQuestion();
    if (!question) {
        return std::nullopt;
    }
    if (m_respondentId != 0) {
        const AnswerRecord* record = m_document->answer(m_roundId, m_initiativeId, question->id, m_respondentId);
        return record ? std::optional<Answer>(record->answer) : std::nullopt;
    }
    const ConsensusRecord* record = m_document->consensus(m_roundId, m_initiativeId, question->id);
    return record ? std::optional<Answer>(record->answer) : std::nullopt;
}

void QuestionnairePage::commitTyped()
{
    flushPendingText();
    if (const std::optional<QString> reason = m_panel->takeTypedReason()) {
        commitReason(*reason);
    }
}

void QuestionnairePage::goTo(int friction, int question)
{
    const RoundData* round = currentRound();
    if (!round || friction < 0 || friction >= int(round->bank.frictions.size())) {
        return;
    }
    commitTyped();
    m_friction = friction;
    m_question = question;
    refresh();
    m_scroll->verticalScrollBar()->setValue(0);
    openForRoom();
}

void QuestionnairePage::step(int delta)
{
    const RoundData* round = currentRound();
    if (!round) {
        return;
    }
    const auto& frictions = round->bank.frictions;
    int friction = m_friction;
    int question = m_question + delta;
    while (friction >= 0 && friction < int(frictions.size()) &&
           (question < 0 || question >= int(frictions[std::size_t(friction)].questions.size()))) {
        if (question < 0) {
            --friction;
            question = friction >= 0 ? int(frictions[std::size_t(friction)].questions.size()) - 1 : 0;
        } else {
            ++friction;
            question = 0;
        }
    }
    if (friction >= 0 && friction < int(frictions.size())) {
        goTo(friction, question);
    }
}

void QuestionnairePage::nextQuestion()
{
    if (followsPlannedAgenda()) {
        commitTyped();
        m_roomController->room().next();
    } else {
        step(1);
    }
}

void QuestionnairePage::previousQuestion()
{
    if (followsPlannedAgenda()) {
        commitTyped();
        m_roomController->room().previous();
    } else {
        step(-1);
    }
}

void QuestionnairePage::nextFriction()
{
    goTo(m_friction + 1, 0);
}

void QuestionnairePage::previousFriction()
{
    goTo(m_friction - 1, 0);
}

bool QuestionnairePage::isAnsweredBy(const RoundData& round, const AgendaItem& item) const
{
    if (m_respondentId == 0) {
        return m_document->consensus(round.round.id, item.initiativeId, item.questionId) != nullptr;
    }
    return m_document->answer(round.round.id, item.initiativeId, item.questionId, m_respondentId) != nullptr;
}

void QuestionnairePage::jumpToNextUnanswered(bool includeCurrent)
{
    const RoundData* round = currentRound();
    if (!round) {
        return;
    }
    if (followsPlannedAgenda()) {
        session::RoomRound& room = m_roomController->room();
        const auto& items = room.agenda().items;
        if (items.empty()) {
            return;
        }
        for (int offset = includeCurrent ? 0 : 1; offset <= room.count(); ++offset) {
            const int index = (room.position() + offset) % room.count();
            if (!isAnsweredBy(*round, items[std::size_t(index)])) {
                commitTyped();
                room.goTo(index);
                return;
            }
        }
        return;
    }
    const InitiativeResponses responses = initiativeResponses(*round, m_initiativeId);
    std::vector<std::pair<int, int>> order;
    for (std::size_t f = 0; f < round->bank.frictions.size(); ++f) {
        for (std::size_t q = 0; q < round->bank.frictions[f].questions.size(); ++q) {
            order.emplace_back(int(f), int(q));
        }
    }
    const auto here = std::find(order.begin(), order.end(), std::make_pair(m_friction, m_question));
    const std::size_t start = here == order.end() ? 0 : std::size_t(here - order.begin());
    for (std::size_t offset = includeCurrent ? 0 : 1; offset <= order.size(); ++offset) {
        const auto [f, q] = order[(start + offset) % order.size()];
        const Question& question = round->bank.frictions[std::size_t(f)].questions[std::size_t(q)];
        if (!answerOf(responses, question.id, m_respondentId)) {
            goTo(f, q);
            return;
        }
    }
}

void QuestionnairePage::nextRespondent()
{
    cycleRespondent(1);
}

void QuestionnairePage::previousRespondent()
{
    cycleRespondent(-1);
}

void QuestionnairePage::cycleRespondent(int delta)
{
    const RoundData* round = currentRound();
    if (!round) {
        return;
    }
    std::vector<std::int64_t> ids{0};
    for (const Respondent& respondent : round->respondents) {
        ids.push_back(respondent.id);
    }
    const auto here = std::find(ids.begin(), ids.end(), m_respondentId);
    const auto index = here == ids.end() ? 0 : here - ids.begin();
    const auto count = std::ptrdiff_t(ids.size());
    setRespondent(ids[std::size_t(((index + delta) % count + count) % count)]);
}

void QuestionnairePage::toggleHelp()
{
    m_panel->setHelpVisible(!m_panel->isHelpVisible());
}

void QuestionnairePage::choose(int level)
{
    writeAnswer(Answer::atLevel(level), true);
}

void QuestionnairePage::chooseDontKnow()
{
    writeAnswer(Answer::dontKnow(), true);
}

void QuestionnairePage::chooseNotApplicable()
{
    if (refuseIfReadOnly(this, m_document) || !canEdit()) {
        return;
    }
    const std::optional<Answer> current = currentAnswer();
    if (!current || current->kind != Answer::Kind::NotApplicable) {
        writeAnswer(Answer::notApplicable(), false);
    }
    m_panel->focusReason();
}

void QuestionnairePage::clearAnswer()
{
    if (currentAnswer()) {
        writeAnswer(std::nullopt, false);
    }
}

void QuestionnairePage::commitReason(const QString& reason)
{
    const std::optional<Answer> current = currentAnswer();
    if (!canEdit() || !current || current->kind != Answer::Kind::NotApplicable ||
        current->reason == reason.toStdString()) {
        return;
    }
    writeAnswer(Answer::notApplicable(reason.toStdString()), false);
}

void QuestionnairePage::writeAnswer(const std::optional<Answer>& answer, bool advance)
{
    flushPendingText();
    const Question* question = currentQuestion();
    if (refuseIfReadOnly(this, m_document) || !canEdit() || !question) {
        return;
    }
    if (currentAnswer() != answer) {
        edit::setAnswer(*m_document, m_roundId, m_initiativeId, question->id, m_respondentId, answer);
    }
    if (advance && advanceAfterAnswering() && currentAnswer() == answer) {
        nextQuestion();
    }
}

void QuestionnairePage::scheduleText()
{
    const Question* question = currentQuestion();
    if (!canEdit() || !question) {
        return;
    }
    m_pendingText = TextKey{m_roundId, m_initiativeId, question->id, m_respondentId};
    m_textTimer.start();
}

void QuestionnairePage::flushPendingText()
{
    m_textTimer.stop();
    if (!m_pendingText || !m_document) {
        m_pendingText.reset();
        return;
    }
    const TextKey key = *m_pendingText;
    m_pendingText.reset();
    edit::setAnswerText(*m_document, key.roundId, key.initiativeId, key.questionId, key.respondentId,
                        m_panel->note().toStdString(), key.respondentId != 0 ? m_panel->evidence().toStdString() : "");
}

} // namespace lastmile::app
