// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/answer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <optional>

namespace lastmile::session {

// The messages a phone sends, one JSON object per WebSocket text message
// (docs/workshop-phones.md, "Protocol"):
//   {"type":"hello","code":"ABCD…","token":"…"}          token only when the phone has one
//   {"type":"join","respondent":12} or {"type":"join","name":"Jo"}
//   {"type":"vote","question":"q-id","answer":"0".."4"|"dk"|"na","reason":"…","seq":7}
// The longest message the server reads, in bytes; longer ones close the connection.
inline constexpr int kMaxMessageBytes = 2048;
// Names and reasons are plain text of at most this many characters.
inline constexpr int kMaxNameLength = 40;
inline constexpr int kMaxReasonLength = 200;

struct ClientMessage
{
    enum class Type { Hello, Join, Vote, Invalid };
    Type type = Type::Invalid;
    QString code;                  // Hello
    QString token;                 // Hello; empty for a new phone
    std::int64_t respondentId = 0; // Join by picking a name from the round's respondents
    QString name;                  // Join by typing one: cleanName(typed), empty when refused
    QString questionId;            // Vote
    std::optional<Answer> answer;  // Vote; empty when the answer is not 0..4, dk or na
    std::int64_t seq = 0;          // Vote: the phone's own counter, 1, 2, 3, …
    QString problem;               // Invalid: why, for the server's log
};

// Reads one message. Anything that is not one of the shapes above comes back Invalid, with
// the reason; a vote whose answer is out of range comes back a Vote without an answer, so the
// server can refuse that one vote by its sequence number.
ClientMessage parseClientMessage(const QByteArray& text);

// `typed` as a name the facilitator can admit: control, format (bidi) and markup-free, spaces
// collapsed, trimmed. Empty when nothing is left, when it is longer than kMaxNameLength, or when
// it holds '<' or '>' (a name is never markup; such names are refused, not rewritten).
QString cleanName(const QString& typed);

// The reason of a not-applicable answer, cleaned like a name but up to kMaxReasonLength; longer
// reasons are cut.
QString cleanReason(const QString& typed);

QByteArray toMessage(const QJsonObject& object);

} // namespace lastmile::session
