// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/agenda.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <optional>

namespace lastmile::session {

// The round of the room (docs/workshop.md): where the room stands on its agenda, and whether
// the open question is still collecting answers or has been revealed. Before the reveal the
// room may see who has answered, never the values. Holds no file: its owner (the app's
// document, or the command line's session) stores the position when positionChanged says so.
// QtCore only; used by the app, the voting server and `lastmile-cli session`.
class RoomRound : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Collecting, Revealed };
    Q_ENUM(Phase)

    explicit RoomRound(QObject* parent = nullptr);

    // Starts on `agenda` at its position, collecting. An empty agenda has no open question.
    void setAgenda(const Agenda& agenda);
    const Agenda& agenda() const { return m_agenda; }
    // The open item: the agenda's current one, or a question opened off the agenda; null when
    // the agenda is empty and nothing was opened.
    const AgendaItem* current() const { return m_offAgenda ? &*m_offAgenda : m_agenda.current(); }
    // True while a question that is not on the agenda is open (the position is kept).
    bool isOffAgenda() const { return m_offAgenda.has_value(); }
    int position() const { return m_agenda.position; }
    int count() const { return static_cast<int>(m_agenda.items.size()); }
    Phase phase() const { return m_phase; }
    bool isRevealed() const { return m_phase == Phase::Revealed; }

    // Seconds left in the open item's time box (0 when it ran out), or -1 when it has none.
    int secondsLeft() const;
    bool isTimeBoxRunning() const { return m_ticker.isActive(); }

public slots:
    // Opens item `position` (clamped to the agenda), collecting, with its time box restarted.
    void goTo(int position);
    void next();
    void previous();
    // Opens the agenda's item for `initiativeId` and `questionId` and returns true; when the
    // agenda has no such item, opens the question off the agenda (no time box, the position
    // kept for next()) and returns false.
    bool open(std::int64_t initiativeId, const std::string& questionId);
    // Shows the room the distribution of the open question; the time box stops.
    void reveal();
    // Hides the distribution again and collects once more (after a discussion, a re-vote).
    void revote();
    // Pauses or resumes the open item's time box.
    void setTimeBoxPaused(bool paused);

signals:
    void positionChanged(int position);
    void phaseChanged(lastmile::session::RoomRound::Phase phase);
    // Every second while a time box runs, and when it starts, pauses or ends.
    void secondsLeftChanged(int secondsLeft);
    // The open item's time box ran out (the question stays open: the facilitator decides).
    void timeBoxExpired();

private:
    void startTimeBox();
    void tick();
    void setPhase(Phase phase);

    Agenda m_agenda;
    Phase m_phase = Phase::Collecting;
    QTimer m_ticker;
    QDeadlineTimer m_deadline;
    int m_pausedLeftMs = -1; // remaining milliseconds while paused, else -1
    std::optional<AgendaItem> m_offAgenda;
};

} // namespace lastmile::session
