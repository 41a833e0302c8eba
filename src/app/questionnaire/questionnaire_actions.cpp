// SPDX-License-Identifier: Apache-2.0
// The questionnaire's keys and answering; the navigator moves and answers, through the edit facade.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/review.h"
#include "app/workshop/room_controller.h"
#include "question_panel.h"
#include "questionnaire_navigator.h"
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
    return m_navigator->canAnswer();
}

std::optional<Answer> QuestionnairePage::currentAnswer() const
{
    const std::optional<AnswerRecord> record = m_navigator->currentAnswer();
    return record ? std::optional<Answer>(record->answer) : std::nullopt;
}

void QuestionnairePage::commitTyped()
{
    flushPendingText();
    if (const std::optional<QString> reason = m_panel->takeTypedReason()) {
        commitReason(*reason);
    }
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
    m_navigator->answer(answer, advance);
}

void QuestionnairePage::scheduleText()
{
    const Question* question = currentQuestion();
    if (!canEdit() || !question) {
        return;
    }
    m_pendingText = TextKey{roundId(), initiativeId(), question->id, respondentId()};
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
