// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/room_tally.h"
#include "session/room_round.h"

#include <QObject>
#include <cstdint>
#include <string>

namespace lastmile::storage {
struct Change;
}

namespace lastmile::app {

class AssessmentDocument;

// The round of the room in the app (docs/workshop.md): one RoomRound for the open document and
// round, shared by the facilitator's questionnaire and the projector's presentation window.
// With a planned agenda the room follows it and its position is saved in the file as it
// moves; without one the agenda is every question of every active initiative, in bank order,
// and nothing is saved.
class RoomController : public QObject
{
    Q_OBJECT

public:
    explicit RoomController(QObject* parent = nullptr);

    void setDocument(AssessmentDocument* document);
    AssessmentDocument* document() const { return m_document; }
    // Follows round `roundId` (its planned agenda, if any). The room starts collecting.
    void setRound(std::int64_t roundId);
    std::int64_t roundId() const { return m_roundId; }

    session::RoomRound& room() { return m_room; }
    const session::RoomRound& room() const { return m_room; }
    // True when the facilitator planned this round's agenda.
    bool hasPlannedAgenda() const { return m_planned; }
    // The open question, or 0 / empty when there is none.
    std::int64_t initiativeId() const;
    std::string questionId() const;

    // The page moved to a question: the room opens it (on the agenda, or off it).
    void open(std::int64_t initiativeId, const std::string& questionId);
    // What the round's respondents said about the open question (their own answers, without
    // the consensus). Before the reveal only `answered` and `waiting` may be shown to the room.
    RoomTally tally() const;

    // Settings of this computer, kept in QSettings.
    // The facilitator's own screen shows the answers before the reveal (off by default).
    static bool showValuesBeforeReveal();
    static void setShowValuesBeforeReveal(bool on);
    // Before the reveal the room sees who has answered by name (on) or only the count (off).
    static bool showWaitingByName();
    static void setShowWaitingByName(bool on);

    // "1:05 left", "Time is up", or nothing for -1 (no time box): RoomRound::secondsLeft().
    static QString timeLeftText(int secondsLeft);
    // "Answered: 5 of 8".
    static QString answeredText(const RoomTally& tally);

signals:
    // Anything the room sees changed: the open question, the phase, the answers to it, the
    // agenda, or the time left. Views repaint from the controller.
    void changed();

private:
    void onDocumentChanged(const storage::Change& change);
    void loadAgenda();
    void savePosition(int position);

    AssessmentDocument* m_document = nullptr;
    std::int64_t m_roundId = 0;
    bool m_planned = false;
    bool m_loading = false;
    session::RoomRound m_room;
};

} // namespace lastmile::app
