// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <QObject>
#include <cstdint>
#include <optional>
#include <string>

namespace lastmile::app {

class AssessmentDocument;
class RoomController;

// Where the questionnaire stands and how it answers, without widgets: the initiative, round and
// answerer (a respondent, or 0 for the facilitator's consensus), the current question as a
// friction index and a question index into the round's bank, moving between questions (next,
// previous, by friction, to the next one the answerer left open) and answering the current one
// through the edit facade, moving on afterwards when that is set. With a room whose agenda was
// planned, next and previous follow the agenda (the room moves, and the questionnaire follows it
// through showQuestion); otherwise every move opens the new question for the room.
class QuestionnaireNavigator : public QObject
{
    Q_OBJECT

public:
    explicit QuestionnaireNavigator(QObject* parent = nullptr);

    // The document answered, or none; starts on its first initiative and latest round.
    void setDocument(AssessmentDocument* document);
    AssessmentDocument* document() const { return m_document; }
    // The room the questionnaire drives, or none.
    void setRoom(RoomController* room) { m_room = room; }

    std::int64_t initiativeId() const { return m_initiativeId; }
    std::int64_t roundId() const { return m_roundId; }
    std::int64_t respondentId() const { return m_respondentId; }
    int friction() const { return m_friction; }
    int question() const { return m_question; }
    const RoundData* round() const;
    // The current question, or null when there is none (no round, an empty bank).
    const Question* currentQuestion() const;
    // The current answerer's answer to the current question (core's answerOf), or none.
    std::optional<AnswerRecord> currentAnswer() const;
    // True when the document may be changed and there is a question to answer.
    bool canAnswer() const;

    // Opens an initiative of a round. Another initiative or round starts on its first question;
    // another round answers as the consensus.
    void open(std::int64_t initiativeId, std::int64_t roundId);
    // Another round of the same initiative, answering as the person of the same name if they
    // took part in it, or as the consensus.
    void switchRound(std::int64_t roundId);
    void setRespondent(std::int64_t respondentId);
    // After the document changed: an initiative, round or respondent that is gone (or archived)
    // gives way to the first active initiative, the latest round, the consensus; the position
    // is clamped to the round's bank.
    void settle();

    // Moves to a question of the current initiative: false (and no move) when it is not in the bank.
    bool goTo(int friction, int question);
    // The question `delta` steps away in bank order, across frictions; no move past either end.
    void step(int delta);
    void nextQuestion();
    void previousQuestion();
    void nextFriction();
    void previousFriction();
    // The next question the answerer has not answered after the current one, or, with
    // `includeCurrent`, from it; wraps around; no move when all are answered.
    void nextUnanswered(bool includeCurrent = false);
    // The next (delta 1) or previous (-1) answerer: consensus, then each respondent, around.
    void cycleRespondent(int delta);
    // Shows the question the room opened: `questionId` of initiative `initiativeId`; false when
    // the round's bank does not have it. No move (and no signal) when it is already shown.
    bool showQuestion(std::int64_t initiativeId, const std::string& questionId);
    // Opens the current question for the room (every move does; for staying where it is).
    void openForRoom();

    // Records `answer` (or clears the answer when empty) as the current answerer's answer to the
    // current question, when it differs. With `advance` and advanceAfterAnswering(), then moves
    // to the next question once the answer was recorded. False when nothing could be answered
    // (read-only, no question) or the file refused it.
    bool answer(const std::optional<Answer>& answer, bool advance);

    // Moves to the next question after an answer. Remembered on this computer once chosen;
    // until then off for rounds with several respondents (the room answers one question
    // together) and on otherwise.
    bool advanceAfterAnswering() const { return m_advance; }
    void setAdvanceAfterAnswering(bool on);

signals:
    // Before the position or answerer changes: typed text belongs to the question it was typed for.
    void aboutToMove();
    // The initiative, round, answerer or question changed.
    void moved();

private:
    bool followsPlannedAgenda() const;
    bool isAnswered(std::int64_t initiativeId, const std::string& questionId) const;
    void moveTo(std::int64_t initiativeId, int friction, int question);
    void applyAdvanceSetting();

    AssessmentDocument* m_document = nullptr;
    RoomController* m_room = nullptr;
    std::int64_t m_initiativeId = 0;
    std::int64_t m_roundId = 0;
    std::int64_t m_respondentId = 0;
    int m_friction = 0;
    int m_question = 0;
    bool m_advance = true;
};

} // namespace lastmile::app
