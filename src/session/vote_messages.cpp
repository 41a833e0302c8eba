// SPDX-License-Identifier: Apache-2.0
#include "vote_messages.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace lastmile::session {

namespace {

// Control and format characters (bidi overrides, zero-width joiners) are dropped; runs of
// white space become one space.
QString plainText(const QString& typed)
{
    QString text;
    bool space = false;
    for (const QChar c : typed) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse) {
            continue;
        }
        if (space && !text.isEmpty()) {
            text += QLatin1Char(' ');
        }
        space = false;
        text += c;
    }
    return text;
}

ClientMessage invalid(const QString& problem)
{
    ClientMessage message;
    message.problem = problem;
    return message;
}

} // namespace

QString cleanName(const QString& typed)
{
    const QString name = plainText(typed);
    if (name.size() > kMaxNameLength || name.contains(QLatin1Char('<')) || name.contains(QLatin1Char('>'))) {
        return {};
    }
    return name;
}

QString cleanReason(const QString& typed)
{
    return plainText(typed).left(kMaxReasonLength);
}

ClientMessage parseClientMessage(const QByteArray& text)
{
    if (text.size() > kMaxMessageBytes) {
        return invalid(QStringLiteral("message too long"));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return invalid(QStringLiteral("not a JSON object"));
    }
    const QJsonObject object = document.object();
    const QString type = object.value(QStringLiteral("type")).toString();
    ClientMessage message;
    if (type == QLatin1String("hello")) {
        const QJsonValue code = object.value(QStringLiteral("code"));
        const QJsonValue token = object.value(QStringLiteral("token"));
        if (!code.isString() || !(token.isUndefined() || token.isNull() || token.isString())) {
            return invalid(QStringLiteral("hello without a code"));
        }
        message.type = ClientMessage::Type::Hello;
        message.code = code.toString();
        message.token = token.toString();
        return message;
    }
    if (type == QLatin1String("join")) {
        const QJsonValue respondent = object.value(QStringLiteral("respondent"));
        const QJsonValue name = object.value(QStringLiteral("name"));
        if (respondent.isDouble() && name.isUndefined()) {
            const double id = respondent.toDouble();
            if (id < 1 || id > 9e15 || id != static_cast<double>(static_cast<std::int64_t>(id))) {
                return invalid(QStringLiteral("join: not a respondent id"));
            }
            message.respondentId = static_cast<std::int64_t>(id);
        } else if (name.isString() && respondent.isUndefined()) {
            message.name = cleanName(name.toString()); // empty when refused: the server says so
        } else {
            return invalid(QStringLiteral("join: neither a respondent nor a name"));
        }
        message.type = ClientMessage::Type::Join;
        return message;
    }
    if (type == QLatin1String("vote")) {
        const QJsonValue question = object.value(QStringLiteral("question"));
        const QJsonValue answer = object.value(QStringLiteral("answer"));
        const QJsonValue seq = object.value(QStringLiteral("seq"));
        const QJsonValue reason = object.value(QStringLiteral("reason"));
        const double number = seq.toDouble(-1);
        if (!question.isString() || !answer.isString() || !seq.isDouble() || number < 1 || number > 9e15 ||
            number != static_cast<double>(static_cast<std::int64_t>(number)) ||
            !(reason.isUndefined() || reason.isString())) {
            return invalid(QStringLiteral("vote: malformed"));
        }
        message.type = ClientMessage::Type::Vote;
        message.questionId = question.toString();
        message.seq = static_cast<std::int64_t>(number);
        message.answer = answerFromToken(answer.toString().toStdString());
        if (message.answer && message.answer->kind == Answer::Kind::NotApplicable) {
            message.answer->reason = cleanReason(reason.toString()).toStdString();
        }
        return message;
    }
    return invalid(QStringLiteral("unknown message type"));
}

QByteArray toMessage(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace lastmile::session
