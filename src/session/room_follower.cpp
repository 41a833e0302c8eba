// SPDX-License-Identifier: Apache-2.0
#include "room_follower.h"

#include "room_round.h"

namespace lastmile::session {

RoomSnapshot snapshotOf(const RoomRound& room)
{
    RoomSnapshot snapshot;
    if (const AgendaItem* item = room.current()) {
        snapshot.item = *item;
    }
    snapshot.offAgenda = room.isOffAgenda();
    snapshot.position = room.isOffAgenda() ? 0 : room.position();
    snapshot.count = room.isOffAgenda() ? 0 : room.count();
    snapshot.revealed = room.isRevealed();
    snapshot.secondsLeft = room.secondsLeft();
    snapshot.timeBoxRunning = room.isTimeBoxRunning();
    snapshot.anonymousReveal = room.agenda().anonymousReveal;
    return snapshot;
}

RoomFollower::RoomFollower(QObject* parent) : QObject(parent) {}

void RoomFollower::follow(const RoomRound* room)
{
    if (m_room) {
        disconnect(m_room, nullptr, this, nullptr);
    }
    m_room = room;
    if (!room) {
        return;
    }
    connect(room, &RoomRound::positionChanged, this, &RoomFollower::announce);
    connect(room, &RoomRound::phaseChanged, this, &RoomFollower::announce);
    connect(room, &RoomRound::secondsLeftChanged, this, [this] {
        // The page counts down by itself: it hears of the time box when it starts, pauses or ends.
        const bool running = m_room && m_room->isTimeBoxRunning();
        if (running != m_timeBoxRunning || !running) {
            announce();
        }
    });
    announce();
}

const RoomRound* RoomFollower::room() const
{
    return m_room;
}

void RoomFollower::announce()
{
    if (m_room) {
        m_timeBoxRunning = m_room->isTimeBoxRunning();
        emit changed(snapshotOf(*m_room));
    }
}

} // namespace lastmile::session
