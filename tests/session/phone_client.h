// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

class QWebSocket;

namespace lastmile::test {

// A simulated phone speaking the voting protocol as the phone page does: it keeps its token,
// numbers its votes, keeps every vote until it is acknowledged and resends the unacknowledged
// ones, in order, after each reconnection. Its ledger records what the server acknowledged.
class PhoneClient : public QObject
{
    Q_OBJECT

public:
    struct Vote
    {
        std::string question;
        std::string answer; // "0".."4", "dk", "na"
        std::int64_t seq = 0;
    };

    // `server` is http://HOST:PORT; the phone connects to ws://HOST:PORT/ws with Origin set to it.
    PhoneClient(const QUrl& server, const QString& code, QObject* parent = nullptr);
    ~PhoneClient() override;

    // Connects (again) and, once greeted, joins as `respondentId` (first time) or reattaches
    // with its token; then resends every unacknowledged vote.
    void connectAs(std::int64_t respondentId);
    void reconnect();
    // Drops the connection at once, as a phone losing the network does.
    void abort();
    // Casts a vote: numbered, kept and sent now when connected. Returns its number.
    std::int64_t vote(const std::string& question, const std::string& answer);
    // Sends raw text, for hostile tests.
    void sendRaw(const QByteArray& text);

    bool isJoined() const { return m_joined; }
    bool isConnected() const;
    const QString& token() const { return m_token; }
    void setToken(const QString& token) { m_token = token; }
    std::size_t unacknowledged() const { return m_outbox.size(); }
    // The answer of the highest acknowledged vote per question.
    std::map<std::string, std::string> acknowledged() const;
    const std::vector<QJsonObject>& messages() const { return m_messages; }
    int acknowledgements() const { return m_acks; }

    // When set, reconnects this many milliseconds after every loss of the connection.
    void setReconnectDelay(int ms) { m_reconnectDelay = ms; }

signals:
    void message(const QJsonObject& message);
    void joinedChanged(bool joined);
    void voteAcknowledged(std::int64_t seq);

private:
    void receive(const QString& text);
    void send(const Vote& vote);
    void lost();

    QUrl m_server;
    QString m_code;
    QWebSocket* m_socket = nullptr;
    std::int64_t m_respondentId = 0;
    QString m_token;
    bool m_joined = false;
    bool m_joinSent = false;
    std::int64_t m_nextSeq = 1;
    std::vector<Vote> m_outbox;
    std::map<std::int64_t, Vote> m_sent;            // every vote, by seq
    std::map<std::string, std::int64_t> m_ackedSeq; // highest acknowledged seq per question
    std::vector<QJsonObject> m_messages;
    int m_acks = 0;
    int m_reconnectDelay = -1;
    bool m_reconnecting = false;
};

} // namespace lastmile::test
