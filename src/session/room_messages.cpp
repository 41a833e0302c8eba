// SPDX-License-Identifier: Apache-2.0
#include "room_messages.h"

#include "core/room_tally.h"
#include "vote_messages.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lastmile::session {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QJsonObject answerJson(const Answer& answer)
{
    QJsonObject object{{QStringLiteral("answer"), text(answerToken(answer))}};
    if (answer.kind == Answer::Kind::NotApplicable) {
        object.insert(QStringLiteral("reason"), text(answer.reason));
    }
    return object;
}

QJsonObject questionJson(const RoomState& state)
{
    QJsonArray levels;
    QJsonArray scale;
    for (int level = kMinLevel; level <= kMaxLevel; ++level) {
        levels.append(text(state.question->levels.at(static_cast<std::size_t>(level))));
        scale.append(text(state.scale->at(static_cast<std::size_t>(level))));
    }
    return QJsonObject{
        {QStringLiteral("id"), text(state.question->id)},
        {QStringLiteral("text"), text(state.question->text)},
        {QStringLiteral("help"), text(state.question->help)},
        {QStringLiteral("friction"), state.friction ? text(state.friction->name) : QString()},
        {QStringLiteral("initiative"), state.initiativeName},
        {QStringLiteral("levels"), levels},
        {QStringLiteral("scale"), scale},
    };
}

// Buckets in the order the page draws them: levels 0..4, then dk, then na.
int bucketOf(const Answer& answer)
{
    switch (answer.kind) {
    case Answer::Kind::Level:
        return answer.level;
    case Answer::Kind::DontKnow:
        return 5;
    case Answer::Kind::NotApplicable:
        break;
    }
    return 6;
}

QJsonObject revealJson(const RevealSource& source)
{
    QuestionResponses responses;
    std::vector<std::int64_t> roster;
    for (const Respondent& respondent : *source.respondents) {
        roster.push_back(respondent.id);
    }
    for (const auto& [respondentId, record] : *source.answers) {
        responses.answers.push_back({respondentId, record.answer});
    }
    const RoomTally tally = tallyRoom(responses, roster);
    QJsonArray counts;
    for (const int count : tally.levelCounts) {
        counts.append(count);
    }
    counts.append(tally.dontKnow);
    counts.append(tally.notApplicable);
    QJsonObject reveal{
        {QStringLiteral("counts"), counts},
        {QStringLiteral("answered"), tally.answered},
        {QStringLiteral("roster"), tally.rosterSize},
        {QStringLiteral("spread"), tally.aggregate.spread},
        {QStringLiteral("disagreement"), tally.aggregate.disagreement},
        {QStringLiteral("anonymous"), source.anonymous},
    };
    if (tally.aggregate.levelCount > 0) {
        reveal.insert(QStringLiteral("median"), tally.aggregate.level);
    }
    if (!source.anonymous) {
        std::array<QJsonArray, 7> names;
        for (const Respondent& respondent : *source.respondents) {
            if (const auto answer = source.answers->find(respondent.id); answer != source.answers->end()) {
                names.at(static_cast<std::size_t>(bucketOf(answer->second.answer))).append(text(respondent.name));
            }
        }
        QJsonArray buckets;
        for (const QJsonArray& bucket : names) {
            buckets.append(bucket);
        }
        reveal.insert(QStringLiteral("names"), buckets);
    }
    return reveal;
}

} // namespace

QByteArray roomStateMessage(const RoomState& state)
{
    QJsonObject message{
        {QStringLiteral("type"), QStringLiteral("state")},  {QStringLiteral("phase"), QString::fromLatin1(state.phase)},
        {QStringLiteral("position"), state.position},       {QStringLiteral("count"), state.count},
        {QStringLiteral("secondsLeft"), state.secondsLeft},
    };
    if (state.question) {
        message.insert(QStringLiteral("question"), questionJson(state));
    }
    if (state.mine) {
        message.insert(QStringLiteral("mine"), answerJson(*state.mine));
    }
    if (state.reveal) {
        message.insert(QStringLiteral("reveal"), revealJson(*state.reveal));
    }
    return toMessage(message);
}

} // namespace lastmile::session
