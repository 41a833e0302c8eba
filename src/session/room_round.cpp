// SPDX-License-Identifier: Apache-2.0
#include "room_round.h"

#include <algorithm>
#include <cmath>

namespace lastmile::session {

RoomRound::RoomRound(QObject* parent) : QObject(parent)
{
    m_ticker.setInterval(1000);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &RoomRound::tick);
}

void RoomRound::setAgenda(const Agenda& agenda)
{
    m_agenda = agenda;
    m_offAgenda.reset();
    m_agenda.position = std::clamp(m_agenda.position, 0, std::max(0, count() - 1));
    setPhase(Phase::Collecting);
    startTimeBox();
    emit positionChanged(m_agenda.position);
}

int RoomRound::secondsLeft() const
{
    const AgendaItem* item = current();
    if (!item || item->timeBoxSeconds <= 0) {
        return -1;
    }
    if (m_pausedLeftMs >= 0) {
        return static_cast<int>(std::ceil(m_pausedLeftMs / 1000.0));
    }
    if (!m_ticker.isActive()) {
        return m_phase == Phase::Revealed || m_deadline.hasExpired() ? 0 : item->timeBoxSeconds;
    }
    return static_cast<int>(std::ceil(static_cast<double>(m_deadline.remainingTime()) / 1000.0));
}

void RoomRound::goTo(int position)
{
    if (count() == 0) {
        return;
    }
    const int clamped = std::clamp(position, 0, count() - 1);
    const bool moved = clamped != m_agenda.position || m_offAgenda;
    m_agenda.position = clamped;
    m_offAgenda.reset();
    setPhase(Phase::Collecting);
    startTimeBox();
    if (moved) {
        emit positionChanged(clamped);
    }
}

void RoomRound::next()
{
    // Off the agenda, the room goes back to where it left the agenda.
    goTo(m_offAgenda ? m_agenda.position : m_agenda.position + 1);
}

void RoomRound::previous()
{
    goTo(m_agenda.position - 1);
}

bool RoomRound::open(std::int64_t initiativeId, const std::string& questionId)
{
    const auto found = std::find_if(m_agenda.items.begin(), m_agenda.items.end(), [&](const AgendaItem& item) {
        return item.initiativeId == initiativeId && item.questionId == questionId;
    });
    if (found == m_agenda.items.end()) {
        const AgendaItem item{initiativeId, questionId, 0};
        if (m_offAgenda != item) {
            m_offAgenda = item;
            setPhase(Phase::Collecting);
            startTimeBox();
            emit positionChanged(m_agenda.position);
        }
        return false;
    }
    if (static_cast<int>(found - m_agenda.items.begin()) != m_agenda.position || m_offAgenda) {
        goTo(static_cast<int>(found - m_agenda.items.begin()));
    }
    return true;
}

void RoomRound::reveal()
{
    if (!current()) {
        return;
    }
    if (m_ticker.isActive()) {
        m_ticker.stop();
        m_pausedLeftMs = -1;
        emit secondsLeftChanged(secondsLeft());
    }
    setPhase(Phase::Revealed);
}

void RoomRound::revote()
{
    if (!current()) {
        return;
    }
    setPhase(Phase::Collecting);
}

void RoomRound::setTimeBoxPaused(bool paused)
{
    if (secondsLeft() < 0 || m_phase == Phase::Revealed) {
        return;
    }
    if (paused && m_ticker.isActive()) {
        m_pausedLeftMs = static_cast<int>(std::max<qint64>(0, m_deadline.remainingTime()));
        m_ticker.stop();
    } else if (!paused && m_pausedLeftMs >= 0) {
        m_deadline.setRemainingTime(m_pausedLeftMs, Qt::PreciseTimer);
        m_pausedLeftMs = -1;
        m_ticker.start();
    }
    emit secondsLeftChanged(secondsLeft());
}

void RoomRound::startTimeBox()
{
    m_ticker.stop();
    m_pausedLeftMs = -1;
    const AgendaItem* item = current();
    if (item && item->timeBoxSeconds > 0) {
        m_deadline.setRemainingTime(static_cast<qint64>(item->timeBoxSeconds) * 1000, Qt::PreciseTimer);
        m_ticker.start();
    } else {
        m_deadline = QDeadlineTimer();
    }
    emit secondsLeftChanged(secondsLeft());
}

void RoomRound::tick()
{
    const int left = secondsLeft();
    if (left <= 0) {
        m_ticker.stop();
        emit secondsLeftChanged(0);
        emit timeBoxExpired();
        return;
    }
    emit secondsLeftChanged(left);
}

void RoomRound::setPhase(Phase phase)
{
    if (phase != m_phase) {
        m_phase = phase;
        emit phaseChanged(phase);
    }
}

} // namespace lastmile::session
