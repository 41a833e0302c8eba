// SPDX-License-Identifier: Apache-2.0
#include "launch_channel.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace lastmile::app {

namespace {

constexpr qint64 kMaxRequestBytes = 1 << 20; // far more than any list of paths
constexpr int kPeerTimeoutMs = 10000;        // a launch that connected and sent nothing
const QByteArray kReceived = QByteArrayLiteral("ok\n");

// The socket address for `name`; false when the path does not fit (unix(7): 108 bytes with the
// terminating zero).
bool socketAddress(const QString& name, sockaddr_un* address)
{
    const QByteArray path = QFile::encodeName(name);
    if (path.isEmpty() || std::size_t(path.size()) >= sizeof address->sun_path) {
        return false;
    }
    *address = {};
    address->sun_family = AF_UNIX;
    std::memcpy(address->sun_path, path.constData(), std::size_t(path.size()) + 1);
    return true;
}

// Waits until `fd` is ready for `events` or the deadline passes; false on timeout or error.
bool waitFor(int fd, short events, const QDeadlineTimer& deadline)
{
    for (;;) {
        pollfd entry{fd, events, 0};
        const int ready = ::poll(&entry, 1, int(deadline.remainingTime()));
        if (ready > 0) {
            return (entry.revents & events) != 0;
        }
        if (ready == 0 || errno != EINTR) {
            return false;
        }
    }
}

// A connected socket to `name` (non-blocking), or -1. `busy`, when given, says whether a
// program is there but did not take the connection before the deadline (its backlog full):
// then the name is taken all the same.
int connectTo(const QString& name, const QDeadlineTimer& deadline, bool* busy = nullptr)
{
    if (busy) {
        *busy = false;
    }
    sockaddr_un address;
    if (!socketAddress(name, &address)) {
        return -1;
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -1;
    }
    for (;;) {
        if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
            return fd;
        }
        // A full backlog answers EAGAIN on a Unix socket: the program is there but busy.
        const int error = errno;
        if ((error != EAGAIN && error != EINTR) || deadline.hasExpired()) {
            if (busy) {
                *busy = error == EAGAIN;
            }
            ::close(fd);
            return -1;
        }
        ::usleep(5000);
    }
}

// True when `path` is a socket file (not following a symbolic link).
bool isSocketFile(const char* path, struct stat* info)
{
    return ::lstat(path, info) == 0 && S_ISSOCK(info->st_mode);
}

bool sendAll(int fd, const QByteArray& bytes, const QDeadlineTimer& deadline)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent, std::size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && errno == EAGAIN) {
            if (!waitFor(fd, POLLOUT, deadline)) {
                return false;
            }
        } else {
            return false;
        }
    }
    return true;
}

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

// One launch connected to the running program: reads its line, answers, and goes.
class LaunchChannel::Peer : public QObject
{
public:
    Peer(int fd, LaunchChannel* channel) : QObject(channel), m_fd(fd), m_notifier(fd, QSocketNotifier::Read)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, [this, channel] { read(channel); });
        QTimer::singleShot(kPeerTimeoutMs, this, &QObject::deleteLater);
    }
    ~Peer() override
    {
        m_notifier.setEnabled(false); // before its descriptor goes
        ::close(m_fd);
    }

private:
    void read(LaunchChannel* channel)
    {
        char buffer[4096];
        bool ended = false; // the launch closed its side, or the socket failed
        while (!ended) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                const qsizetype searchFrom = m_received.size();
                m_received.append(buffer, n);
                if (m_received.indexOf('\n', searchFrom) >= 0) {
                    break; // a whole line: what follows it is never read
                }
                if (m_received.size() > kMaxRequestBytes) {
                    return finish();
                }
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else if (n < 0 && errno == EAGAIN) {
                break; // all there is for now
            } else {
                ended = true;
            }
        }
        const qsizetype end = m_received.indexOf('\n');
        if (end < 0) {
            if (ended) {
                finish(); // went away before a whole line
            }
            return; // else more to come
        }
        bool ok = false;
        const LaunchRequest request = LaunchRequest::fromBytes(m_received.left(end), &ok);
        if (ok) {
            // Three bytes into a fresh socket's empty buffer: sent whole or not at all, and a
            // launch that went away meanwhile needs no answer.
            ::send(m_fd, kReceived.constData(), std::size_t(kReceived.size()), MSG_NOSIGNAL);
        }
        finish();
        if (ok) {
            emit channel->requested(request);
        }
    }

    void finish()
    {
        m_notifier.setEnabled(false);
        deleteLater();
    }

    int m_fd;
    QSocketNotifier m_notifier;
    QByteArray m_received;
};

LaunchChannel::LaunchChannel(QString name, QObject* parent) : QObject(parent), m_name(std::move(name)) {}

LaunchChannel::~LaunchChannel()
{
    close();
}

QString LaunchChannel::defaultName()
{
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty()) {
        display = qEnvironmentVariable("DISPLAY");
    }
    for (QChar& c : display) {
        const bool kept = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                          c == QLatin1Char('.') || c == QLatin1Char('-');
        if (!kept) {
            c = QLatin1Char('_');
        }
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return folder + QStringLiteral("/lastmile-%1.socket").arg(display.isEmpty() ? QStringLiteral("none") : display);
}

bool LaunchChannel::handOver(const LaunchRequest& request, int timeoutMs) const
{
    const QByteArray bytes = request.toBytes();
    if (bytes.size() > kMaxRequestBytes) {
        return false; // the running program would refuse it
    }
    const QDeadlineTimer deadline(timeoutMs);
    const int fd = connectTo(m_name, deadline);
    if (fd < 0) {
        return false;
    }
    QByteArray reply;
    if (sendAll(fd, bytes, deadline)) {
        while (!reply.contains('\n') && reply.size() <= kReceived.size() && waitFor(fd, POLLIN, deadline)) {
            char buffer[64];
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                reply.append(buffer, n);
            } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                break;
            }
        }
    }
    ::close(fd);
    return reply == kReceived;
}

bool LaunchChannel::listen()
{
    if (m_fd >= 0) {
        return true;
    }
    sockaddr_un address;
    if (!socketAddress(m_name, &address)) {
        return false;
    }
    // Two programs starting at once take turns: without it, the second could remove the
    // socket the first has just made, and the first, when it quits, the second's.
    QLockFile lock(m_name + QStringLiteral(".lock"));
    if (!lock.tryLock(2000)) {
        return false;
    }
    // Listening would take the name over even from a program that answers on it, or that is
    // there but too busy to answer now.
    bool busy = false;
    if (const int probe = connectTo(m_name, QDeadlineTimer(1000), &busy); probe >= 0 || busy) {
        if (probe >= 0) {
            ::close(probe);
        }
        return false;
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    const auto* raw = reinterpret_cast<const sockaddr*>(&address);
    struct stat made;
    if (::bind(fd, raw, sizeof address) != 0) {
        // A socket left behind by a program that ended abruptly: nothing answered the probe.
        // Anything else at the name (a file, a folder) is not ours to remove.
        if (errno != EADDRINUSE || !isSocketFile(address.sun_path, &made) || ::unlink(address.sun_path) != 0 ||
            ::bind(fd, raw, sizeof address) != 0) {
            ::close(fd);
            return false;
        }
    }
    if (::chmod(address.sun_path, S_IRUSR | S_IWUSR) != 0 || !isSocketFile(address.sun_path, &made) ||
        ::listen(fd, 16) != 0) {
        ::unlink(address.sun_path);
        ::close(fd);
        return false;
    }
    m_fd = fd;
    m_device = made.st_dev;
    m_inode = made.st_ino;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LaunchChannel::accept);
    return true;
}

bool LaunchChannel::isListening() const
{
    return m_fd >= 0;
}

void LaunchChannel::accept()
{
    for (;;) {
        const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            const int error = errno;
            if (error == EINTR || error == ECONNABORTED || error == EPROTO) {
                continue;
            }
            if (error != EAGAIN) {
                // Out of descriptors or memory: the connection stays queued and the notifier
                // would fire again at once; look again in a moment instead.
                m_notifier->setEnabled(false);
                QTimer::singleShot(100, m_notifier, [notifier = m_notifier] { notifier->setEnabled(true); });
            }
            return;
        }
        ucred peer{};
        socklen_t size = sizeof peer;
        if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0 || peer.uid != ::geteuid()) {
            ::close(fd); // another user's program
            continue;
        }
        new Peer(fd, this);
    }
}

void LaunchChannel::close()
{
    if (m_fd < 0) {
        return;
    }
    delete m_notifier;
    m_notifier = nullptr;
    ::close(m_fd);
    m_fd = -1;
    // The file is removed only while it is still the one made here: a later program may have
    // replaced it after this one stopped answering.
    const QByteArray path = QFile::encodeName(m_name);
    struct stat current;
    if (isSocketFile(path.constData(), &current) && current.st_dev == m_device && current.st_ino == m_inode) {
        ::unlink(path.constData());
    }
}

} // namespace lastmile::app
