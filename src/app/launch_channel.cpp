// SPDX-License-Identifier: Apache-2.0
#include "launch_channel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QStandardPaths>

namespace lastmile::app {

namespace {

constexpr qint64 kMaxRequestBytes = 1 << 20; // far more than any list of paths
const QByteArray kReceived = QByteArrayLiteral("ok\n");

} // namespace

QByteArray LaunchRequest::toBytes() const
{
    QJsonObject object;
    object.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
    object.insert(QStringLiteral("read_only"), readOnly);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

LaunchRequest LaunchRequest::fromBytes(const QByteArray& bytes, bool* ok)
{
    LaunchRequest request;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.trimmed(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject() &&
          document.object().value(QStringLiteral("files")).isArray();
    if (!*ok) {
        return request;
    }
    for (const QJsonValue& file : document.object().value(QStringLiteral("files")).toArray()) {
        if (!file.isString() || file.toString().isEmpty()) {
            *ok = false;
            return {};
        }
        request.files << file.toString();
    }
    request.readOnly = document.object().value(QStringLiteral("read_only")).toBool();
    return request;
}

LaunchChannel::LaunchChannel(QString name, QObject* parent) : QObject(parent), m_name(std::move(name)) {}

LaunchChannel::~LaunchChannel() = default;

QString LaunchChannel::defaultName()
{
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty()) {
        display = qEnvironmentVariable("DISPLAY");
    }
    display.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return folder + QStringLiteral("/lastmile-%1.socket").arg(display.isEmpty() ? QStringLiteral("none") : display);
}

bool LaunchChannel::handOver(const LaunchRequest& request, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    socket.write(request.toBytes());
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    QByteArray reply;
    while (!reply.contains('\n') && socket.waitForReadyRead(timeoutMs)) {
        reply += socket.readAll();
    }
    return reply == kReceived;
}

bool LaunchChannel::listen()
{
    if (m_server) {
        return m_server->isListening();
    }
    {
        // Listening would take the name over even from a program that answers on it.
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(1000)) {
            return false;
        }
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        QLocalServer::removeServer(m_name); // left behind by a program that ended abruptly
        if (!m_server->listen(m_name)) {
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &LaunchChannel::accept);
    return true;
}

bool LaunchChannel::isListening() const
{
    return m_server && m_server->isListening();
}

void LaunchChannel::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() + socket->property("received").toByteArray().size() > kMaxRequestBytes) {
                socket->abort();
                return;
            }
            const QByteArray received = socket->property("received").toByteArray() + socket->readAll();
            if (!received.contains('\n')) {
                socket->setProperty("received", received);
                return;
            }
            bool ok = false;
            const LaunchRequest request = LaunchRequest::fromBytes(received.left(received.indexOf('\n')), &ok);
            if (!ok) {
                socket->abort();
                return;
            }
            socket->write(kReceived);
            socket->disconnectFromServer();
            emit requested(request);
        });
    }
}

} // namespace lastmile::app
