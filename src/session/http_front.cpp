// SPDX-License-Identifier: Apache-2.0
#include "http_front.h"

#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>

namespace lastmile::session {

namespace {

struct Request
{
    QByteArray method;
    QByteArray path;                       // without the query
    QHash<QByteArray, QByteArray> headers; // names in lower case
};

// Parses the request line and headers in `head` (everything before the blank line). False
// when they are not HTTP/1.x.
bool parseRequest(const QByteArray& head, Request& request)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty()) {
        return false;
    }
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() != 3 || !first.at(2).startsWith("HTTP/1.")) {
        return false;
    }
    request.method = first.at(0);
    request.path = first.at(1);
    if (const qsizetype query = request.path.indexOf('?'); query >= 0) {
        request.path.truncate(query);
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return true;
}

struct PageFile
{
    const char* path;
    const char* resource;
    const char* type;
};

constexpr PageFile kPageFiles[] = {
    {"/", ":/session/page/index.html", "text/html; charset=utf-8"},
    {"/vote.js", ":/session/page/vote.js", "text/javascript; charset=utf-8"},
    {"/vote.css", ":/session/page/vote.css", "text/css; charset=utf-8"},
    {"/icon.svg", ":/session/page/icon.svg", "image/svg+xml"},
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Service Unavailable";
    }
}

bool headerHasToken(const QByteArray& value, const QByteArray& token)
{
    for (const QByteArray& part : value.split(',')) {
        if (part.trimmed().toLower() == token) {
            return true;
        }
    }
    return false;
}

} // namespace

HttpFront::HttpFront(QObject* parent)
    : QObject(parent), m_tcp(new QTcpServer(this)),
      m_webSockets(new QWebSocketServer(QStringLiteral("Lastmile"), QWebSocketServer::NonSecureMode, this))
{
    // QTcpServer and QWebSocketServer keep at most 30 unaccepted sockets; take each as it comes.
    connect(m_tcp, &QTcpServer::newConnection, this, &HttpFront::accept);
    connect(m_webSockets, &QWebSocketServer::newConnection, this, &HttpFront::acceptWebSockets);
}

void HttpFront::acceptWebSockets()
{
    while (QWebSocket* webSocket = m_webSockets->nextPendingConnection()) {
        // Qt 6.4's QWebSocket neither owns nor deletes the QTcpSocket it was upgraded from:
        // that socket goes when the QWebSocket does (and with it this address's count).
        for (QTcpSocket* socket : m_tcp->findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly)) {
            if (socket->property("lastmile.upgraded").toBool() && !socket->property("lastmile.paired").toBool() &&
                socket->peerPort() == webSocket->peerPort() && socket->peerAddress() == webSocket->peerAddress()) {
                socket->setProperty("lastmile.paired", true);
                // Queued on this object: the socket goes after the QWebSocket is gone (if nothing
                // deleted it yet).
                connect(webSocket, &QObject::destroyed, this, [this, socket = QPointer<QTcpSocket>(socket)] {
                    QMetaObject::invokeMethod(
                        this, [socket] { delete socket.data(); }, Qt::QueuedConnection);
                });
                break;
            }
        }
        emit webSocketConnected(webSocket);
    }
}

HttpFront::~HttpFront() = default;

bool HttpFront::listen(const QHostAddress& address, quint16 port)
{
    return m_tcp->listen(address, port);
}

void HttpFront::close()
{
    m_tcp->close();
}

bool HttpFront::isListening() const
{
    return m_tcp->isListening();
}

QString HttpFront::errorString() const
{
    return m_tcp->errorString();
}

QHostAddress HttpFront::address() const
{
    return m_tcp->serverAddress();
}

quint16 HttpFront::port() const
{
    return m_tcp->serverPort();
}

QString HttpFront::hostPort() const
{
    const QHostAddress host = address();
    const QString text = host.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(host.toString())
                                                                          : host.toString();
    return QStringLiteral("%1:%2").arg(text).arg(port());
}

void HttpFront::accept()
{
    // Sockets are counted while they exist; QPointer notices their end even after the
    // WebSocket code dropped every connection to their signals.
    std::erase_if(m_open, [](const auto& entry) { return entry.first.isNull(); });
    while (QTcpSocket* socket = m_tcp->nextPendingConnection()) {
        const QString peer = socket->peerAddress().toString();
        const auto open =
            std::count_if(m_open.begin(), m_open.end(), [&](const auto& entry) { return entry.second == peer; });
        if (open >= m_maxPerAddress) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_open.emplace_back(socket, peer);
        // Acknowledgements are small and each is awaited by a phone: send them at once rather
        // than wait for the previous segment's ACK (Nagle's algorithm).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        QTimer::singleShot(kHeaderTimeoutMs, socket, [this, socket] {
            // Still ours (not handed to the WebSocket server) and no complete request yet.
            if (socket->property("lastmile.answered").isNull()) {
                answer(socket, 408, "text/plain; charset=utf-8", "Request Timeout\n");
            }
        });
    }
}

void HttpFront::readRequest(QTcpSocket* socket)
{
    if (!socket->property("lastmile.answered").isNull()) {
        socket->readAll(); // a client that keeps sending after its answer
        return;
    }
    // Peek: an upgrade's bytes must stay in the socket for the WebSocket server to read.
    const QByteArray head = socket->peek(kMaxHeaderBytes + 4);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxHeaderBytes) {
            answer(socket, 431, "text/plain; charset=utf-8", "Request Header Fields Too Large\n");
        }
        return;
    }
    Request request;
    if (!parseRequest(head.left(end), request)) {
        answer(socket, 400, "text/plain; charset=utf-8", "Bad Request\n");
        return;
    }
    const bool upgrade = headerHasToken(request.headers.value("connection"), "upgrade") &&
                         request.headers.value("upgrade").toLower() == "websocket";
    if (upgrade && request.path == "/ws" && request.method == "GET") {
        // DNS rebinding and cross-site pages: only our own page, reached at our own address.
        const QByteArray host = hostPort().toLatin1();
        if (request.headers.value("host") != host || request.headers.value("origin") != "http://" + host) {
            answer(socket, 403, "text/plain; charset=utf-8", "Forbidden\n");
            return;
        }
        // From here the WebSocket server reads the socket; this object no longer does.
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        disconnect(socket, &QTcpSocket::disconnected, socket, nullptr);
        socket->setProperty("lastmile.answered", true);
        socket->setProperty("lastmile.upgraded", true);
        // A handshake that fails leaves the socket to us; one that succeeds pairs it first.
        connect(socket, &QTcpSocket::disconnected, socket, [socket] {
            if (!socket->property("lastmile.paired").toBool()) {
                socket->deleteLater();
            }
        });
        m_webSockets->handleConnection(socket);
        return;
    }
    socket->read(end + 4);
    if (request.method != "GET" && request.method != "HEAD") {
        answer(socket, 405, "text/plain; charset=utf-8", "Method Not Allowed\n");
        return;
    }
    for (const PageFile& file : kPageFiles) {
        if (request.path == file.path) {
            QFile resource(QString::fromLatin1(file.resource));
            if (!resource.open(QIODevice::ReadOnly)) {
                break;
            }
            answer(socket, 200, file.type, resource.readAll(), request.method == "HEAD");
            return;
        }
    }
    answer(socket, 404, "text/plain; charset=utf-8", "Not Found\n");
}

void HttpFront::answer(QTcpSocket* socket, int status, const QByteArray& contentType, const QByteArray& body,
                       bool headOnly)
{
    socket->setProperty("lastmile.answered", true);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Content-Security-Policy: default-src 'self'\r\n";
    response += "X-Content-Type-Options: nosniff\r\n";
    response += "Cache-Control: no-store\r\n";
    response += "Referrer-Policy: no-referrer\r\n";
    response += "X-Frame-Options: DENY\r\n";
    if (status == 405) {
        response += "Allow: GET, HEAD\r\n";
    }
    response += "Connection: close\r\n\r\n";
    if (!headOnly) {
        response += body;
    }
    socket->write(response);
    socket->disconnectFromHost(); // after the bytes are written
}

} // namespace lastmile::session
