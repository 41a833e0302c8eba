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
    ~QuestionnaireNavigator() override;

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
    // Opens an initiative of a round as the user asks for it: with a planned agenda, the room
    // stays where it is when it is on this initiative, or moves to the initiative's first agenda
    // item; otherwise (no agenda, or none of its items) the first question the answerer left
    // open, which the room opens too.
    void showInitiative(std::int64_t initiativeId, std::int64_t roundId);
    // Where to start on a document just set: where the room stopped on a planned agenda,
    // otherwise the first question the answerer left open.
    void resume();
    // Shows the question the room is on (its agenda's current item), unless its initiative is
    // gone or archived; no move without a round or a current item.
    void followRoom();
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
    // Records "not applicable" unless that is already the answer (its reason kept). False when
    // nothing could be answered.
    bool answerNotApplicable();
    // Sets the reason of a "not applicable" answer; nothing when the current answer is another
    // kind or has that reason already. False when nothing was recorded.
    bool setReason(const std::string& reason);

    // Notes and evidence typed for the current question, saved a little later (the page saves
    // once typing stops, and before any move): markTextTyped() remembers the question, answerer
    // and round the text belongs to, saveText() writes it there through the edit facade, even
    // when the questionnaire has moved since. Evidence is kept for respondents only.
    // False (nothing remembered) when nothing can be answered here.
    bool markTextTyped();
    bool hasTypedText() const { return m_typed.has_value(); }
    // True when the text typed belongs to the current question and answerer.
    bool isTypedHere() const;
    void saveText(const std::string& note, const std::string& evidence);

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
    // The question typed text belongs to.
    struct TextKey
    {
        std::int64_t roundId;
        std::int64_t initiativeId;
        std::string questionId;
        std::int64_t respondentId;
        bool operator==(const TextKey&) const = default;
    };
    std::optional<TextKey> here() const;
    bool followsPlannedAgenda() const;
    bool openAgendaOf(std::int64_t initiativeId);
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
    std::optional<TextKey> m_typed;
};

} // namespace lastmile::app
