// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace lastmile::session {

// One phone in the room, known by its token. The token itself is never kept: only its
// SHA-256, so neither memory dumps of the table nor the session file can be replayed.
struct Participant
{
    QByteArray tokenHash;          // SHA-256 of the token, raw bytes
    std::int64_t respondentId = 0; // the round's respondent this phone answers as; 0 while waiting
    QString name;                  // the respondent's name, or the name typed while waiting
    std::int64_t lastSeq = 0;      // the highest vote sequence number stored for this phone
};

// The phones of one session. Pure bookkeeping: no sockets, no file.
class ParticipantTable
{
public:
    static QByteArray hashToken(const QString& token);

    // The participant holding `token`, or null.
    Participant* find(const QString& token);
    Participant* findByHash(const QByteArray& tokenHash);
    // The participant answering as `respondentId`, or null.
    Participant* findRespondent(std::int64_t respondentId);

    // A new participant for `token` (which must not be known yet).
    Participant& add(const QString& token, std::int64_t respondentId, const QString& name);
    void remove(const QByteArray& tokenHash);

    // Those still waiting for the facilitator to admit their typed name, oldest first.
    std::vector<const Participant*> waiting() const;
    const std::vector<Participant>& all() const { return m_participants; }

    // The table as a JSON object and back, for resuming a session after the program stopped
    // (docs/workshop-phones.md, "If the computer stops"). fromJson returns nothing when the
    // object is not a table this code wrote.
    QJsonObject toJson() const;
    static std::optional<ParticipantTable> fromJson(const QJsonObject& object);

private:
    std::vector<Participant> m_participants;
};

// What the facilitator sees of the phones (VotingServer::waiting() and members()).
// A phone that typed a name the facilitator has not admitted yet.
struct WaitingPhone
{
    QString key; // stable while it waits; pass it to admit() or refuse()
    QString name;
};

// A respondent with a phone: whether it is connected now.
struct PhoneMember
{
    std::int64_t respondentId = 0;
    QString name;
    bool connected = false;
};

} // namespace lastmile::session
