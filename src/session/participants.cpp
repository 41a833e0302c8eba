// SPDX-License-Identifier: Apache-2.0
#include "participants.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

namespace lastmile::session {

QByteArray ParticipantTable::hashToken(const QString& token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

Participant* ParticipantTable::find(const QString& token)
{
    return findByHash(hashToken(token));
}

Participant* ParticipantTable::findByHash(const QByteArray& tokenHash)
{
    const auto found = std::find_if(m_participants.begin(), m_participants.end(),
                                    [&](const Participant& p) { return p.tokenHash == tokenHash; });
    return found == m_participants.end() ? nullptr : &*found;
}

Participant* ParticipantTable::findRespondent(std::int64_t respondentId)
{
    const auto found = std::find_if(m_participants.begin(), m_participants.end(),
                                    [&](const Participant& p) { return p.respondentId == respondentId; });
    return respondentId == 0 || found == m_participants.end() ? nullptr : &*found;
}

Participant& ParticipantTable::add(const QString& token, std::int64_t respondentId, const QString& name)
{
    m_participants.push_back({hashToken(token), respondentId, name, 0});
    return m_participants.back();
}

void ParticipantTable::remove(const QByteArray& tokenHash)
{
    std::erase_if(m_participants, [&](const Participant& p) { return p.tokenHash == tokenHash; });
}

std::vector<const Participant*> ParticipantTable::waiting() const
{
    std::vector<const Participant*> result;
    for (const Participant& participant : m_participants) {
        if (participant.respondentId == 0) {
            result.push_back(&participant);
        }
    }
    return result;
}

QJsonObject ParticipantTable::toJson() const
{
    QJsonArray list;
    for (const Participant& participant : m_participants) {
        list.append(QJsonObject{{QStringLiteral("token_sha256"), QString::fromLatin1(participant.tokenHash.toHex())},
                                {QStringLiteral("respondent"), static_cast<double>(participant.respondentId)},
                                {QStringLiteral("name"), participant.name}});
    }
    return QJsonObject{{QStringLiteral("participants"), list}};
}

std::optional<ParticipantTable> ParticipantTable::fromJson(const QJsonObject& object)
{
    if (!object.value(QStringLiteral("participants")).isArray()) {
        return std::nullopt;
    }
    ParticipantTable table;
    for (const QJsonValue& value : object.value(QStringLiteral("participants")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QByteArray hash = QByteArray::fromHex(entry.value(QStringLiteral("token_sha256")).toString().toLatin1());
        const double respondent = entry.value(QStringLiteral("respondent")).toDouble(-1);
        if (hash.size() != 32 || respondent < 0 || !entry.value(QStringLiteral("name")).isString()) {
            return std::nullopt;
        }
        table.m_participants.push_back(
            {hash, static_cast<std::int64_t>(respondent), entry.value(QStringLiteral("name")).toString(), 0});
    }
    return table;
}

} // namespace lastmile::session
