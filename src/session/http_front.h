// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <utility>
#include <vector>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace lastmile::session {

// The HTTP end of the voting server: a QTcpServer on one address and port that serves the
// phone page (four files embedded as Qt resources under :/session/page) and hands WebSocket
// upgrades on /ws to a QWebSocketServer. Everything else is answered 404 (405 for methods
// other than GET and HEAD), and every connection is closed after its answer.
//
// Limits (docs/workshop-phones.md, "Security"): request headers at most 8 KiB and complete
// within 10 s; at most 30 open connections per client address; an upgrade only when its Host
// names this server and its Origin is this server's own page (http://HOST:PORT), else 403.
// Every answer carries Content-Security-Policy: default-src 'self', X-Content-Type-Options:
// nosniff, Cache-Control: no-store and Referrer-Policy: no-referrer.
class HttpFront : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxHeaderBytes = 8 * 1024;
    static constexpr int kHeaderTimeoutMs = 10'000;
    static constexpr int kMaxConnectionsPerAddress = 30;

    explicit HttpFront(QObject* parent = nullptr);
    ~HttpFront() override;

    // Listens on `address` only (never on every interface unless the caller passes Any) and
    // `port` (0 = one the system chooses). False with errorString() set when it cannot.
    bool listen(const QHostAddress& address, quint16 port);
    void close();
    bool isListening() const;
    QString errorString() const;
    QHostAddress address() const;
    quint16 port() const;
    // "HOST:PORT" as a browser writes it in Host (IPv6 addresses in brackets).
    QString hostPort() const;
    // Open connections one client address may have (default kMaxConnectionsPerAddress); more
    // are closed as they arrive. Simulations of a room from one computer raise it.
    void setMaxConnectionsPerAddress(int count) { m_maxPerAddress = count; }

signals:
    // A phone's WebSocket, handshake done; the receiver owns it from now on.
    void webSocketConnected(QWebSocket* socket);

private:
    void accept();
    void acceptWebSockets();
    void readRequest(QTcpSocket* socket);
    void answer(QTcpSocket* socket, int status, const QByteArray& contentType, const QByteArray& body,
                bool headOnly = false);

    QTcpServer* m_tcp = nullptr;
    QWebSocketServer* m_webSockets = nullptr;
    std::vector<std::pair<QPointer<QTcpSocket>, QString>> m_open; // every open connection, with its address
    int m_maxPerAddress = kMaxConnectionsPerAddress;
};

} // namespace lastmile::session
