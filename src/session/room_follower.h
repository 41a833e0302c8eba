// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/agenda.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace lastmile::session {

class RoomRound;

// What the phones follow of the room at one moment, as a value: the open item, where it stands
// on the agenda, whether it is revealed, its time box, and whether reveals are anonymous.
struct RoomSnapshot
{
    std::optional<AgendaItem> item; // the open item; none when the agenda is empty and nothing is open
    bool offAgenda = false;         // the item was opened off the agenda
    int position = 0;               // its position on the agenda (0 off the agenda)
    int count = 0;                  // the agenda's items (0 off the agenda)
    bool revealed = false;
    int secondsLeft = -1; // left in the time box (0 when it ran out), -1 when it has none
    bool timeBoxRunning = false;
    bool anonymousReveal = false; // the agenda's setting
};

RoomSnapshot snapshotOf(const RoomRound& room);

// Follows a RoomRound for the voting server: says when what the phones show changes (the room
// moved, revealed or collects again, or its time box started, paused or ended; not every second
// of a running time box, which the phone page counts down by itself).
class RoomFollower : public QObject
{
    Q_OBJECT

public:
    explicit RoomFollower(QObject* parent = nullptr);

    // Follows `room` (null: no longer) and emits changed at once for it. The room may be
    // destroyed while followed; it is then no longer followed.
    void follow(const RoomRound* room);
    const RoomRound* room() const;

signals:
    void changed(const lastmile::session::RoomSnapshot& room);

private:
    void announce();

    QPointer<const RoomRound> m_room;
    bool m_timeBoxRunning = false;
};

} // namespace lastmile::session
