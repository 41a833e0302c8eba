// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QSocketNotifier;

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
// Unix domain socket (unix(7)) served from the event loop. The running program listens; a new
// launch hands its request over and ends, or, when nothing answers, listens itself. Requests from
// the same user only: the socket file is the user's alone (mode 0600) and a connection from
// another user (SO_PEERCRED) is closed unread. A request is one line of at most 1 MiB, read
// within 10 s of connecting; anything else is closed without an answer. Plain POSIX sockets
// rather than QLocalServer, so that start-up does not load QtNetwork and what it needs.
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

    // Hands `request` to the running Lastmile; true when it confirmed within `timeoutMs` (in
    // all: connecting, writing and reading the answer). Blocks: call it before this program's
    // event loop runs. False when nothing listens, the name is too long for a socket address
    // (107 bytes), or no confirmation came.
    bool handOver(const LaunchRequest& request, int timeoutMs = 5000) const;
    // Listens for requests; replaces a socket file no program answers on. False when another
    // program listens already (answering, or there but busy), or the socket cannot be made
    // (the name too long, the folder missing or not writable, something other than a socket at
    // the name). Two programs starting at once claim the name in turn (a lock file, NAME.lock).
    // Closing the channel removes its socket file, if it is still the one it made.
    bool listen();
    bool isListening() const;

signals:
    // A launch asked for `request`; it has been told it was received.
    void requested(const lastmile::app::LaunchRequest& request);

private:
    class Peer;
    void accept();
    void close();

    QString m_name;
    int m_fd = -1; // the listening socket, or -1
    QSocketNotifier* m_notifier = nullptr;
    quint64 m_device = 0; // the socket file made by listen(): removed on close only if still ours
    quint64 m_inode = 0;
};

} // namespace lastmile::app
