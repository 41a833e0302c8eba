// SPDX-License-Identifier: Apache-2.0
// What the questionnaire page shows: the steps, the current question, the room's answers, and
// the room's answers.
#include "answer_labels.h"
#include "app/assessment_document.h"
#include "app/workshop/room_controller.h"
#include "friction_step_delegate.h"
#include "friction_step_model.h"
#include "question_panel.h"
#include "questionnaire_navigator.h"
#include "questionnaire_page.h"
#include "room_panel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QScrollBar>
#include <QStackedWidget>
#include <algorithm>

namespace lastmile::app {

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
    const RoundData* round = currentRound();
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
        action->setEnabled(!m_answerActions.contains(action) || currentQuestion() != nullptr);
    }

    const QuestionBank& bank = round->bank;
    const InitiativeResponses responses = initiativeResponses(*round, initiativeId());
    const InitiativeScore score = scoreInitiative(bank, initiativeId(), responses, m_rules);
    std::vector<FrictionStep> steps;
    int answered = 0;
    int total = 0;
    for (std::size_t index = 0; index < bank.frictions.size(); ++index) {
        const Friction& friction = bank.frictions[index];
        const FrictionScore& figures = score.frictions[index];
        FrictionStep step{QString::fromStdString(friction.name),
                          0,
                          int(friction.questions.size()),
                          figures.score,
                          figures.band,
                          figures.coverage,
                          figures.lowCoverage,
                          figures.disagreementCount};
        for (const Question& question : friction.questions) {
            step.answered += answerOf(responses, question.id, respondentId()).has_value() ? 1 : 0;
        }
        answered += step.answered;
        total += step.questionCount;
        steps.push_back(std::move(step));
    }
    QStringList names;
    for (const FrictionStep& step : steps) {
        names.append(step.name);
    }
    m_stepModel->setSteps(std::move(steps));
    const int scrollBar = m_stepList->verticalScrollBar()->sizeHint().width();
    m_stepList->setMinimumWidth(m_stepDelegate->minimumWidth(m_stepList->font(), names) + scrollBar);
    m_stepList->setCurrentIndex(m_stepModel->index(m_navigator->friction()));

    const QString who = answererName();
    m_overallLabel->setText(respondentId() != 0
                                ? tr("%1 has answered %2 of %3 questions").arg(who).arg(answered).arg(total)
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
    refreshQuestion(*round, responses);
}

void QuestionnairePage::refreshQuestion(const RoundData& round, const InitiativeResponses& responses)
{
    const Question* question = currentQuestion();
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

    QString note;
    QString evidence;
    if (const std::optional<AnswerRecord> record =
            lastmile::answerOf(round, initiativeId(), question->id, respondentId())) {
        note = QString::fromStdString(record->note);
        evidence = QString::fromStdString(record->evidence);
    }
    const bool typing = m_pendingText && m_pendingText->roundId == roundId() &&
                        m_pendingText->initiativeId == initiativeId() && m_pendingText->questionId == question->id &&
                        m_pendingText->respondentId == respondentId();
    m_panel->setTexts(note, evidence, typing);
    m_panel->setEditable(canEdit(), answer.has_value());
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

} // namespace lastmile::app
