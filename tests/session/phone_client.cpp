// SPDX-License-Identifier: Apache-2.0
#include "phone_client.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>

namespace lastmile::test {

PhoneClient::PhoneClient(const QUrl& server, const QString& code, QObject* parent)
    : QObject(parent), m_server(server), m_code(code)
{
}

PhoneClient::~PhoneClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

bool PhoneClient::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void PhoneClient::connectAs(std::int64_t respondentId)
{
    m_respondentId = respondentId;
    reconnect();
}

void PhoneClient::reconnect()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_joined = false;
    m_joinSent = false;
    m_socket = new QWebSocket(m_server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash));
    QWebSocket* socket = m_socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        QJsonObject hello{{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("code"), m_code}};
        if (!m_token.isEmpty()) {
            hello.insert(QStringLiteral("token"), m_token);
        }
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &PhoneClient::receive);
    connect(socket, &QWebSocket::disconnected, this, &PhoneClient::lost);
    // A refused connection never connects, so it never disconnects either.
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this, socket] {
        if (socket == m_socket && socket->state() == QAbstractSocket::UnconnectedState) {
            lost();
        }
    });
    QUrl url = m_server;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/ws"));
    url.setQuery(QString());
    socket->open(url);
}

void PhoneClient::abort()
{
    if (m_socket) {
        m_socket->abort();
    }
}

void PhoneClient::lost()
{
    if (m_reconnecting) {
        return;
    }
    const bool was = m_joined;
    m_joined = false;
    if (was) {
        emit joinedChanged(false);
    }
    if (m_reconnectDelay >= 0) {
        m_reconnecting = true;
        QTimer::singleShot(m_reconnectDelay, this, [this] {
            m_reconnecting = false;
            reconnect();
        });
    }
}

std::int64_t PhoneClient::vote(const std::string& question, const std::string& answer)
{
    const Vote vote{question, answer, m_nextSeq++};
    m_sent[vote.seq] = vote;
    m_outbox.push_back(vote);
    if (m_joined) {
        send(vote);
    }
    return vote.seq;
}

void PhoneClient::sendRaw(const QByteArray& text)
{
    if (m_socket) {
        m_socket->sendTextMessage(QString::fromUtf8(text));
    }
}

void PhoneClient::send(const Vote& vote)
{
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("vote")},
                              {QStringLiteral("question"), QString::fromStdString(vote.question)},
                              {QStringLiteral("answer"), QString::fromStdString(vote.answer)},
                              {QStringLiteral("seq"), static_cast<double>(vote.seq)}};
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

std::map<std::string, std::string> PhoneClient::acknowledged() const
{
    std::map<std::string, std::string> result;
    for (const auto& [question, seq] : m_ackedSeq) {
        result[question] = m_sent.at(seq).answer;
    }
    return result;
}

void PhoneClient::receive(const QString& text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    m_messages.push_back(message);
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("names") && m_respondentId != 0 && !m_joinSent) {
        m_joinSent = true; // once a connection: a refused name is not asked for again
        m_token.clear();
        const QJsonObject join{{QStringLiteral("type"), QStringLiteral("join")},
                               {QStringLiteral("respondent"), static_cast<double>(m_respondentId)}};
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(join).toJson(QJsonDocument::Compact)));
    } else if (type == QLatin1String("welcome")) {
        if (message.contains(QStringLiteral("token"))) {
            m_token = message.value(QStringLiteral("token")).toString();
        }
        if (!message.value(QStringLiteral("waiting")).toBool()) {
            m_joined = true;
            for (const Vote& vote : m_outbox) {
                send(vote);
            }
            emit joinedChanged(true);
        }
    } else if (type == QLatin1String("ack") || type == QLatin1String("rejected")) {
        const auto seq = static_cast<std::int64_t>(message.value(QStringLiteral("seq")).toDouble());
        const auto sent = m_sent.find(seq);
        if (sent != m_sent.end()) {
            std::erase_if(m_outbox, [seq](const Vote& v) { return v.seq == seq; });
            if (type == QLatin1String("ack")) {
                ++m_acks;
                std::int64_t& highest = m_ackedSeq[sent->second.question];
                highest = std::max(highest, seq);
                emit voteAcknowledged(seq);
            }
        }
    }
    emit this->message(message);
}

} // namespace lastmile::test
