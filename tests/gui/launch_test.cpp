// SPDX-License-Identifier: Apache-2.0
// A second launch of `lastmile` hands its files to the running program: the real binary is
// started as the desktop starts it, and this test plays the running program.
#include "app/assessment_document.h"
#include "app/launch_channel.h"
#include "app/main_window.h"
#include "app/window_set.h"
#include "app/workspace.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace lastmile::app;

class LaunchTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The child and this test agree on the channel through the environment, as on a desktop.
        qputenv("XDG_RUNTIME_DIR", m_dir.filePath(QStringLiteral("runtime")).toUtf8());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("runtime"))));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
        for (const QString& name :
             {QStringLiteral("a.lastmile"), QStringLiteral("b.lastmile"), QStringLiteral("c.lastmile")}) {
            QString error;
            QVERIFY2(Workspace::writeDemo(m_dir.filePath(name), &error), qPrintable(error));
        }
    }

    void requestsSurviveTheWireAndGarbageIsRefused()
    {
        const LaunchRequest request{{QStringLiteral("/tmp/a b ü.lastmile"), QStringLiteral("/x\ny.lastmile")}, true};
        bool ok = false;
        const LaunchRequest back = LaunchRequest::fromBytes(request.toBytes(), &ok);
        QVERIFY(ok);
        QCOMPARE(back.files, request.files);
        QVERIFY(back.readOnly);
        QVERIFY(request.toBytes().endsWith('\n'));
        QCOMPARE(request.toBytes().count('\n'), 1); // one line, whatever the paths hold
        for (const QByteArray& bad : {QByteArray("open /etc/passwd"), QByteArray("{\"files\":[1]}"),
                                      QByteArray("{\"files\":[\"\"]}"), QByteArray("[]")}) {
            LaunchRequest::fromBytes(bad, &ok);
            QVERIFY2(!ok, bad.constData());
        }
    }

    void aSecondLaunchHandsItsFileToTheRunningProgram()
    {
        LaunchChannel channel(LaunchChannel::defaultName());
        QVERIFY(channel.name().startsWith(m_dir.filePath(QStringLiteral("runtime"))));
        QVERIFY(channel.listen());
        WindowSet windows;
        QStringList errors;
        windows.setWindowSetup([&errors](MainWindow* window) {
            window->setErrorReporter([&errors](const QString& message) { errors << message; });
        });
        connect(&channel, &LaunchChannel::requested, &windows, &WindowSet::open);
        const QString a = m_dir.filePath(QStringLiteral("a.lastmile"));
        const QString b = m_dir.filePath(QStringLiteral("b.lastmile"));

        // The file manager opens a.lastmile: a window shows it, and the launch ends at once.
        QCOMPARE(launch({a}), 0);
        QCOMPARE(windows.windows().size(), 1);
        MainWindow* first = windows.windows().first();
        QVERIFY(first->document());
        QCOMPARE(first->document()->path(), a);
        QVERIFY(!first->document()->isReadOnly());
        QVERIFY(first->isVisible());

        // Again, by a relative path: the same window comes to the front; no second copy opens.
        QCOMPARE(launch({QStringLiteral("a.lastmile")}, m_dir.path()), 0);
        QCOMPARE(windows.windows().size(), 1);

        // Another file, read-only: a window of its own.
        QCOMPARE(launch({QStringLiteral("--read-only"), b}), 0);
        QCOMPARE(windows.windows().size(), 2);
        MainWindow* second = windows.windows().at(1);
        QCOMPARE(second->document()->path(), b);
        QVERIFY(second->document()->isReadOnly());
        QCOMPARE(first->document()->path(), a); // the first window keeps its file

        // A file that cannot be opened: the error is shown, and no empty window is left behind.
        QCOMPARE(launch({m_dir.filePath(QStringLiteral("missing.lastmile"))}), 0);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("missing.lastmile")), qPrintable(errors.first()));
        QTRY_COMPARE(windows.windows().size(), 2);

        // No file: a new window on the library.
        QCOMPARE(launch({}), 0);
        QCOMPARE(windows.windows().size(), 3);
        QVERIFY(!windows.windows().at(2)->document());
        for (MainWindow* window : windows.windows()) {
            window->close();
        }
        QTRY_VERIFY(windows.windows().isEmpty()); // they delete themselves when closed
    }

    void severalFilesOpenInAWindowEachAndNeverTwice()
    {
        WindowSet windows;
        const QString a = m_dir.filePath(QStringLiteral("a.lastmile"));
        const QString b = m_dir.filePath(QStringLiteral("b.lastmile"));
        // A file opens as it was last opened here: both were last edited (b was reviewed above).
        Workspace::rememberReview(a, false);
        Workspace::rememberReview(b, false);
        const QList<MainWindow*> shown = windows.open(LaunchRequest{{a, b, a}, false});
        QCOMPARE(windows.windows().size(), 2);
        QCOMPARE(shown.size(), 3); // a, b, and a again in its window
        QCOMPARE(shown.at(0), shown.at(2));
        QCOMPARE(shown.at(0)->document()->path(), a);
        QCOMPARE(shown.at(1)->document()->path(), b);
        QVERIFY(!shown.at(1)->document()->isReadOnly()); // one program, one writer per file

        // A window on the library takes the next file before a new window is made.
        MainWindow* library = windows.newWindow();
        QCOMPARE(windows.open(LaunchRequest{{m_dir.filePath(QStringLiteral("c.lastmile"))}, false}).size(), 1);
        QCOMPARE(library->document()->path(), m_dir.filePath(QStringLiteral("c.lastmile")));
        QCOMPARE(windows.windows().size(), 3);
        for (MainWindow* window : windows.windows()) {
            window->close();
        }
        QTRY_VERIFY(windows.windows().isEmpty());
    }

    void aSocketLeftBehindIsReplacedButALiveOneIsNot()
    {
        const QString name = m_dir.filePath(QStringLiteral("runtime/stale.socket"));
        // A socket file whose program ended without removing it.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(name);
        std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()) + 1);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        ::close(fd);
        QVERIFY(QFileInfo::exists(name));

        LaunchChannel running(name);
        QVERIFY(running.listen());
        LaunchChannel another(name);
        QVERIFY(!another.listen()); // the name is taken by a program that answers
        QVERIFY(running.isListening());
    }

    void theSocketIsTheUsersAloneAndGoesWithTheChannel()
    {
        const QString name = m_dir.filePath(QStringLiteral("runtime/mode.socket"));
        {
            LaunchChannel channel(name);
            QVERIFY(channel.listen());
            struct stat made;
            QCOMPARE(::stat(QFile::encodeName(name).constData(), &made), 0);
            QVERIFY(S_ISSOCK(made.st_mode));
            QCOMPARE(made.st_mode & 0777, 0600u);
        }
        QVERIFY(!QFileInfo::exists(name)); // closing removed it
        // A name that does not fit a socket address is refused, not cut short.
        LaunchChannel tooLong(m_dir.filePath(QString(120, QLatin1Char('x'))));
        QVERIFY(!tooLong.listen());
        QVERIFY(!tooLong.handOver(LaunchRequest{}, 200));
    }

    void garbageAndOversizedRequestsGetNoAnswerAndOpenNothing()
    {
        const QString name = m_dir.filePath(QStringLiteral("runtime/garbage.socket"));
        LaunchChannel channel(name);
        QVERIFY(channel.listen());
        int requests = 0;
        connect(&channel, &LaunchChannel::requested, this, [&requests] { ++requests; });
        const auto send = [&name](const QByteArray& bytes) {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address{};
            address.sun_family = AF_UNIX;
            const QByteArray path = QFile::encodeName(name);
            std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()) + 1);
            if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
                ::close(fd);
                return QByteArray("no connection");
            }
            // Written while the test's event loop serves the channel, so large writes do not block.
            qsizetype sent = 0;
            ::fcntl(fd, F_SETFL, O_NONBLOCK);
            QByteArray reply;
            const bool closed = QTest::qWaitFor(
                [&] {
                    if (sent < bytes.size()) {
                        const ssize_t n =
                            ::send(fd, bytes.constData() + sent, std::size_t(bytes.size() - sent), MSG_NOSIGNAL);
                        if (n > 0) {
                            sent += n;
                        } else if (n < 0 && errno != EAGAIN) {
                            return true; // the channel closed the connection
                        }
                        return false;
                    }
                    char buffer[16];
                    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
                    if (n > 0) {
                        reply.append(buffer, n);
                    }
                    return n == 0 || (n < 0 && errno != EAGAIN); // closed
                },
                5000);
            ::close(fd);
            return closed ? reply : QByteArray("still open");
        };
        QCOMPARE(send("open /etc/passwd\n"), QByteArray());
        QCOMPARE(send(QByteArray(2 << 20, 'x')), QByteArray()); // over 1 MiB without a line end
        QCOMPARE(requests, 0);
        QCOMPARE(send(LaunchRequest{{QStringLiteral("/tmp/a.lastmile")}, true}.toBytes()), QByteArray("ok\n"));
        QCOMPARE(requests, 1);
        QVERIFY(channel.isListening());
    }

    void aChannelRemovesOnlyItsOwnSocketAndNothingElse()
    {
        const QString name = m_dir.filePath(QStringLiteral("runtime/replaced.socket"));
        auto first = std::make_unique<LaunchChannel>(name);
        QVERIFY(first->listen());
        // The first program stops answering (its file removed by hand, as a clean-up might);
        // a second takes the name; the first quitting must leave the second's socket alone.
        QVERIFY(QFile::remove(name));
        LaunchChannel second(name);
        QVERIFY(second.listen());
        first.reset();
        QVERIFY(QFileInfo::exists(name));
        int requests = 0;
        connect(&second, &LaunchChannel::requested, this, [&requests] { ++requests; });
        bool handed = false;
        std::thread launch([&] { handed = LaunchChannel(name).handOver(LaunchRequest{}, 5000); });
        QTRY_COMPARE(requests, 1);
        launch.join();
        QVERIFY(handed);

        // Something that is not a socket at the name is neither removed nor listened over.
        const QString file = m_dir.filePath(QStringLiteral("runtime/plain-file.socket"));
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("not a socket");
        plain.close();
        LaunchChannel onFile(file);
        QVERIFY(!onFile.listen());
        QVERIFY(QFileInfo(file).isFile());
        QCOMPARE(QFileInfo(file).size(), 12);
    }

    void aRequestMayArriveInPieces()
    {
        const QString name = m_dir.filePath(QStringLiteral("runtime/pieces.socket"));
        LaunchChannel channel(name);
        QVERIFY(channel.listen());
        QStringList opened;
        connect(&channel, &LaunchChannel::requested, this,
                [&opened](const LaunchRequest& request) { opened += request.files; });
        const QByteArray bytes = LaunchRequest{{QStringLiteral("/tmp/pieces.lastmile")}, false}.toBytes();
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(name);
        std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()) + 1);
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        QCOMPARE(::send(fd, bytes.constData(), 5, MSG_NOSIGNAL), ssize_t(5));
        QTest::qWait(100); // the channel reads the first piece and waits for the rest
        QVERIFY(opened.isEmpty());
        QCOMPARE(::send(fd, bytes.constData() + 5, std::size_t(bytes.size() - 5), MSG_NOSIGNAL),
                 ssize_t(bytes.size() - 5));
        ::shutdown(fd, SHUT_WR); // and closes its side at once: the line still counts
        QTRY_COMPARE(opened, QStringList{QStringLiteral("/tmp/pieces.lastmile")});
        QByteArray reply;
        const bool closed = QTest::qWaitFor([fd, &reply] {
            char buffer[8];
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0) {
                reply.append(buffer, n);
            }
            return n == 0; // answered, then closed
        });
        QVERIFY(closed);
        QCOMPARE(reply, QByteArray("ok\n"));
        ::close(fd);
    }

    void withoutARunningProgramAHandOverFails()
    {
        LaunchChannel nobody(m_dir.filePath(QStringLiteral("runtime/nobody.socket")));
        QVERIFY(!nobody.handOver(LaunchRequest{{QStringLiteral("/tmp/x.lastmile")}, false}, 500));
    }

private:
    // Starts the real `lastmile` as the desktop does and waits, serving requests meanwhile.
    int launch(const QStringList& arguments, const QString& folder = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        if (!folder.isEmpty()) {
            process.setWorkingDirectory(folder);
        }
        process.start(QStringLiteral(LASTMILE_APP), arguments);
        if (!process.waitForStarted()) {
            return -1;
        }
        const bool ended = QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000);
        if (!ended) {
            process.kill();
            process.waitForFinished();
            return -2;
        }
        QCoreApplication::processEvents(); // the request arrived before the launch ended
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(LaunchTest)
#include "launch_test.moc"
