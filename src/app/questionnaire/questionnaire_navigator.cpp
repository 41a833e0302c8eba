// SPDX-License-Identifier: Apache-2.0
#include "questionnaire_navigator.h"

#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/workshop/room_controller.h"

#include <QSettings>
#include <algorithm>
#include <utility>
#include <vector>

namespace lastmile::app {

namespace {

constexpr auto kAdvanceKey = "questionnaire/advanceAfterAnswering";

} // namespace

QuestionnaireNavigator::QuestionnaireNavigator(QObject* parent) : QObject(parent) {}

void QuestionnaireNavigator::setDocument(AssessmentDocument* document)
{
    m_document = document;
    m_initiativeId = 0;
    m_roundId = 0;
    m_respondentId = 0;
    m_friction = 0;
    m_question = 0;
    settle();
}

const RoundData* QuestionnaireNavigator::round() const
{
    return m_document ? m_document->round(m_roundId) : nullptr;
}

const Question* QuestionnaireNavigator::currentQuestion() const
{
    const RoundData* current = round();
    if (!current || m_friction < 0 || m_friction >= int(current->bank.frictions.size())) {
        return nullptr;
    }
    const auto& questions = current->bank.frictions[std::size_t(m_friction)].questions;
    return m_question >= 0 && m_question < int(questions.size()) ? &questions[std::size_t(m_question)] : nullptr;
}

std::optional<AnswerRecord> QuestionnaireNavigator::currentAnswer() const
{
    const Question* question = currentQuestion();
    return question ? answerOf(*round(), m_initiativeId, question->id, m_respondentId) : std::nullopt;
}

bool QuestionnaireNavigator::canAnswer() const
{
    return m_document && !m_document->isReadOnly() && currentQuestion();
}

void QuestionnaireNavigator::open(std::int64_t initiativeId, std::int64_t roundId)
{
    emit aboutToMove();
    if (initiativeId != m_initiativeId || roundId != m_roundId) {
        m_friction = 0; // another initiative starts from its first question, not from here
        m_question = 0;
    }
    m_initiativeId = initiativeId;
    if (roundId != m_roundId) {
        m_roundId = roundId;
        m_respondentId = 0;
    }
    settle();
    emit moved();
}

void QuestionnaireNavigator::switchRound(std::int64_t roundId)
{
    emit aboutToMove();
    std::string answering;
    if (const RoundData* current = round()) {
        for (const Respondent& respondent : current->respondents) {
            answering = respondent.id == m_respondentId ? respondent.name : answering;
        }
    }
    m_roundId = roundId;
    m_respondentId = 0; // the same person in the new round, if they took part
    if (const RoundData* current = round(); current && !answering.empty()) {
        for (const Respondent& respondent : current->respondents) {
            m_respondentId = respondent.name == answering ? respondent.id : m_respondentId;
        }
    }
    settle();
    emit moved();
}

void QuestionnaireNavigator::setRespondent(std::int64_t respondentId)
{
    emit aboutToMove();
    m_respondentId = respondentId;
    settle();
    emit moved();
}

void QuestionnaireNavigator::settle()
{
    if (!m_document) {
        m_initiativeId = m_roundId = m_respondentId = 0;
        return;
    }
    const Assessment& assessment = m_document->assessment();
    const Initiative* initiative = m_document->initiative(m_initiativeId);
    if (!initiative || initiative->archived) {
        const auto active = std::find_if(assessment.initiatives.begin(), assessment.initiatives.end(),
                                         [](const Initiative& item) { return !item.archived; });
        m_initiativeId = active == assessment.initiatives.end() ? 0 : active->id;
    }
    if (!round()) {
        m_roundId = assessment.rounds.empty() ? 0 : assessment.rounds.back().round.id;
    }
    const RoundData* current = round();
    const bool respondentFound =
        current && std::any_of(current->respondents.begin(), current->respondents.end(),
                               [&](const Respondent& respondent) { return respondent.id == m_respondentId; });
    if (!respondentFound) {
        m_respondentId = 0;
    }
    if (current && !current->bank.frictions.empty()) {
        const auto& frictions = current->bank.frictions;
        m_friction = std::clamp(m_friction, 0, int(frictions.size()) - 1);
        const int questions = int(frictions[std::size_t(m_friction)].questions.size());
        m_question = std::clamp(m_question, 0, std::max(0, questions - 1));
    }
    if (m_room) {
        m_room->setRound(m_roundId);
    }
    applyAdvanceSetting();
}

bool QuestionnaireNavigator::goTo(int friction, int question)
{
    const RoundData* current = round();
    if (!current || friction < 0 || friction >= int(current->bank.frictions.size())) {
        return false;
    }
    moveTo(m_initiativeId, friction, question);
    openForRoom();
    return true;
}

void QuestionnaireNavigator::moveTo(std::int64_t initiativeId, int friction, int question)
{
    emit aboutToMove();
    m_initiativeId = initiativeId;
    m_friction = friction;
    m_question = question;
    settle();
    emit moved();
}

void QuestionnaireNavigator::step(int delta)
{
    const RoundData* current = round();
    if (!current) {
        return;
    }
    const auto& frictions = current->bank.frictions;
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

void QuestionnaireNavigator::nextQuestion()
{
    if (followsPlannedAgenda()) {
        emit aboutToMove();
        m_room->room().next();
    } else {
        step(1);
    }
}

void QuestionnaireNavigator::previousQuestion()
{
    if (followsPlannedAgenda()) {
        emit aboutToMove();
        m_room->room().previous();
    } else {
        step(-1);
    }
}

void QuestionnaireNavigator::nextFriction()
{
    goTo(m_friction + 1, 0);
}

void QuestionnaireNavigator::previousFriction()
{
    goTo(m_friction - 1, 0);
}

bool QuestionnaireNavigator::isAnswered(std::int64_t initiativeId, const std::string& questionId) const
{
    const RoundData* current = round();
    return current && answerOf(*current, initiativeId, questionId, m_respondentId).has_value();
}

void QuestionnaireNavigator::nextUnanswered(bool includeCurrent)
{
    const RoundData* current = round();
    if (!current) {
        return;
    }
    if (followsPlannedAgenda()) {
        session::RoomRound& room = m_room->room();
        const auto& items = room.agenda().items;
        for (int offset = includeCurrent ? 0 : 1; !items.empty() && offset <= room.count(); ++offset) {
            const int index = (room.position() + offset) % room.count();
            const AgendaItem& item = items[std::size_t(index)];
            if (!isAnswered(item.initiativeId, item.questionId)) {
                emit aboutToMove();
                room.goTo(index);
                return;
            }
        }
        return;
    }
    const InitiativeResponses responses = initiativeResponses(*current, m_initiativeId);
    std::vector<std::pair<int, int>> order;
    for (std::size_t f = 0; f < current->bank.frictions.size(); ++f) {
        for (std::size_t q = 0; q < current->bank.frictions[f].questions.size(); ++q) {
            order.emplace_back(int(f), int(q));
        }
    }
    const auto here = std::find(order.begin(), order.end(), std::make_pair(m_friction, m_question));
    const std::size_t start = here == order.end() ? 0 : std::size_t(here - order.begin());
    for (std::size_t offset = includeCurrent ? 0 : 1; offset <= order.size(); ++offset) {
        const auto [f, q] = order[(start + offset) % order.size()];
        const Question& question = current->bank.frictions[std::size_t(f)].questions[std::size_t(q)];
        if (!answerOf(responses, question.id, m_respondentId)) {
            goTo(f, q);
            return;
        }
    }
}

void QuestionnaireNavigator::cycleRespondent(int delta)
{
    const RoundData* current = round();
    if (!current) {
        return;
    }
    std::vector<std::int64_t> ids{0};
    for (const Respondent& respondent : current->respondents) {
        ids.push_back(respondent.id);
    }
    const auto here = std::find(ids.begin(), ids.end(), m_respondentId);
    const auto index = here == ids.end() ? 0 : here - ids.begin();
    const auto count = std::ptrdiff_t(ids.size());
    setRespondent(ids[std::size_t(((index + delta) % count + count) % count)]);
}

bool QuestionnaireNavigator::showQuestion(std::int64_t initiativeId, const std::string& questionId)
{
    const RoundData* current = round();
    if (!current) {
        return false;
    }
    const Question* shown = currentQuestion();
    if (initiativeId == m_initiativeId && shown && shown->id == questionId) {
        return true;
    }
    const auto& frictions = current->bank.frictions;
    for (std::size_t f = 0; f < frictions.size(); ++f) {
        for (std::size_t q = 0; q < frictions[f].questions.size(); ++q) {
            if (frictions[f].questions[q].id == questionId) {
                moveTo(initiativeId, int(f), int(q));
                return true;
            }
        }
    }
    return false;
}

bool QuestionnaireNavigator::answer(const std::optional<Answer>& answer, bool advance)
{
    const Question* question = currentQuestion();
    if (!canAnswer() || !question) {
        return false;
    }
    const auto recorded = [&] {
        const std::optional<AnswerRecord> record = currentAnswer();
        return record ? std::optional<Answer>(record->answer) : std::nullopt;
    };
    if (recorded() != answer) {
        edit::setAnswer(*m_document, m_roundId, m_initiativeId, question->id, m_respondentId, answer);
    }
    const bool stored = recorded() == answer;
    if (stored && advance && m_advance) {
        nextQuestion();
    }
    return stored;
}

void QuestionnaireNavigator::setAdvanceAfterAnswering(bool on)
{
    m_advance = on;
    QSettings().setValue(QLatin1String(kAdvanceKey), on);
}

void QuestionnaireNavigator::applyAdvanceSetting()
{
    const RoundData* current = round();
    const bool together = current && current->respondents.size() > 1;
    m_advance = QSettings().value(QLatin1String(kAdvanceKey), !together).toBool();
}

bool QuestionnaireNavigator::followsPlannedAgenda() const
{
    return m_document && m_room && m_room->hasPlannedAgenda();
}

void QuestionnaireNavigator::openForRoom()
{
    if (m_room && m_document && currentQuestion()) {
        m_room->open(m_initiativeId, currentQuestion()->id);
    }
}

} // namespace lastmile::app
