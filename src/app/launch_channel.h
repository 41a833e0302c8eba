// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace lastmile::app {

// What a launch of `lastmile` asks for: files to open (absolute paths; none for a new window
// on the library), read-only or not.
struct LaunchRequest
{
    QStringList files;
    bool readOnly = false;

    QByteArray toBytes() const; // one line of JSON
    // Null files and false for bytes that are not such a line; never throws.
    static LaunchRequest fromBytes(const QByteArray& bytes, bool* ok);
};

// The way a second launch reaches the Lastmile already running for this user and display: a
// local socket. The running program listens; a new launch hands its request over and ends, or,
// when nothing answers, listens itself. Requests from the same user only (the socket's mode).
class LaunchChannel : public QObject
{
    Q_OBJECT

public:
    // `name`: the socket's path; defaultName() for the desktop.
    explicit LaunchChannel(QString name, QObject* parent = nullptr);
    ~LaunchChannel() override;

    // $XDG_RUNTIME_DIR/lastmile-<display>.socket: one running Lastmile per user and display.
    static QString defaultName();
    QString name() const { return m_name; }

    // Hands `request` to the running Lastmile; true when it confirmed within `timeoutMs`.
    // Blocks: call it before this program's event loop runs.
    bool handOver(const LaunchRequest& request, int timeoutMs = 5000) const;
    // Listens for requests; replaces a socket file no program answers on. False when another
    // program listens already or the socket cannot be made.
    bool listen();
    bool isListening() const;

signals:
    // A launch asked for `request`; it has been told it was received.
    void requested(const lastmile::app::LaunchRequest& request);

private:
    void accept();

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace lastmile::app
