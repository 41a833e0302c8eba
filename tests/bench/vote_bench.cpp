// SPDX-License-Identifier: Apache-2.0
// The voting server under 50 simulated phones over loopback (docs/performance.md, "Phone
// voting"). The server runs on its own thread with its own event loop, as in the app (one core
// each when the machine has two); the phones run on the main thread. Three figures, each with
// p50, p99 and max:
//   observed  a vote sent -> the facilitator's answered count includes it (the file's change
//             listener fires after the durable commit, on the server's thread);
//   ack       a vote sent -> its acknowledgement back on the phone;
//   echo      the floor: the same phones, a raw QWebSocket echo of a message of the same size;
//   commit    the other floor: one answer saved durably through the storage layer
//             (AssessmentFile::setAnswer) on a second file, on the server's thread;
//   fsync     the disk's floor: 4 KiB written and synced (fdatasync) in the same folder;
//   wal       what another journal would cost: the same answer saved durably on a third copy
//             opened in SQLite's WAL mode with synchronous=FULL (one sync a commit), for
//             comparison only (the .lastmile file keeps its own journal).
// Two workloads: one vote at a time (a random phone, the next after the acknowledgement), and
// bursts (all 50 phones vote at once). Prints JSON; never fails on a figure.
#include "core/bank_loader.h"
#include "phone_client.h"
#include "samples/synthetic_assessment.h"
#include "session/voting_server.h"
#include "storage/assessment_file.h"
#include "vote_timing.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <pthread.h>
#include <random>
#include <sched.h>
#include <set>
#include <unistd.h>

using namespace lastmile;
using bench::summary;
using bench::waitUntil;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kPhones = 50;

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// Cores of the machine, read before any thread is pinned (pinning narrows what Qt reports).
const int g_cores = QThread::idealThreadCount();

void pinToCore(int core)
{
    if (g_cores < 2 || qEnvironmentVariableIsSet("VOTE_BENCH_NO_PIN")) {
        return;
    }
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(core, &set);
    pthread_setaffinity_np(pthread_self(), sizeof set, &set);
}

// What the facilitator's side sees: when each respondent's answer was last observed.
// By respondent id, sized before the server starts.
std::vector<std::atomic<std::int64_t>> g_observed;

// The server's thread: the file, the voting server, the observer and the echo server.
class ServerSide : public QObject
{
public:
    void start(const QString& path, const std::string& question)
    {
        pinToCore(1);
        auto file = storage::AssessmentFile::open(path.toStdString(), storage::OpenMode::ReadWrite);
        if (!file) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            std::exit(1);
        }
        m_file = std::move(*file);
        m_file->setChangeListener([this](const storage::Change& change) {
            if (change.kind == storage::Change::Kind::Answer) {
                m_answered.insert(change.respondentId); // the answered count the facilitator sees
                g_observed.at(static_cast<std::size_t>(change.respondentId)).store(nowNs());
            }
        });
        m_server = std::make_unique<session::VotingServer>(*m_file);
        m_server->setMaxConnectionsPerAddress(4 * kPhones);
        QString error;
        if (!m_server->start(1, QHostAddress::LocalHost, 0, {}, &error)) {
            std::fprintf(stderr, "cannot start: %s\n", qPrintable(error));
            std::exit(1);
        }
        m_server->openQuestion(1, question, 0, 1);
        m_echo = std::make_unique<QWebSocketServer>(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
        m_echo->listen(QHostAddress::LocalHost, 0);
        QObject::connect(m_echo.get(), &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* socket = m_echo->nextPendingConnection()) {
                QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                                 [socket](const QString& text) { socket->sendTextMessage(text); });
            }
        });
        port = m_server->port();
        echoPort = m_echo->serverPort();
        code = m_server->code();
    }
    // One durable save on the second file, in milliseconds.
    double commitOnce(int level)
    {
        const auto start = Clock::now();
        const storage::Status saved = m_floor->setAnswer({m_floorRecord.initiativeId,
                                                          m_floorRecord.questionId,
                                                          m_floorRecord.respondentId,
                                                          Answer::atLevel(level),
                                                          {},
                                                          {}},
                                                         1);
        if (!saved) {
            std::fprintf(stderr, "the floor's save failed\n");
            std::exit(1);
        }
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    }
    void openFloor(const QString& path, const AnswerRecord& record)
    {
        auto file = storage::AssessmentFile::open(path.toStdString(), storage::OpenMode::ReadWrite);
        if (!file) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), file.error().detail.c_str());
            std::exit(1);
        }
        m_floor = std::move(*file);
        m_floorRecord = record;
    }
    // One 4 KiB write and its fdatasync on `m_syncFile`, in milliseconds.
    double syncOnce()
    {
        static const std::array<char, 4096> block{};
        const auto start = Clock::now();
        if (::pwrite(m_syncFd, block.data(), block.size(), 0) != static_cast<ssize_t>(block.size()) ||
            ::fdatasync(m_syncFd) != 0) {
            std::fprintf(stderr, "the fsync floor failed\n");
            std::exit(1);
        }
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    }
    void openSyncFile(const QString& path)
    {
        m_syncFd = ::open(path.toLocal8Bit().constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_syncFd < 0) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            std::exit(1);
        }
    }
    // The floor's answer saved on a copy in WAL mode, synchronous=FULL, in milliseconds.
    double walCommitOnce(int level)
    {
        const auto start = Clock::now();
        SQLite::Transaction transaction(*m_wal);
        m_walUpdate->reset();
        m_walUpdate->bind(1, level);
        m_walUpdate->exec();
        transaction.commit();
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    }
    void openWal(const QString& path)
    {
        m_wal = std::make_unique<SQLite::Database>(path.toStdString(), SQLite::OPEN_READWRITE);
        m_wal->exec("PRAGMA journal_mode = WAL");
        m_wal->exec("PRAGMA synchronous = FULL");
        m_walUpdate = std::make_unique<SQLite::Statement>(
            *m_wal, "INSERT INTO answer (round_id, initiative_id, question_id, respondent_id, kind, level) "
                    "VALUES (1, " +
                        std::to_string(m_floorRecord.initiativeId) + ", '" + m_floorRecord.questionId + "', " +
                        std::to_string(m_floorRecord.respondentId) +
                        ", 'level', ?) ON CONFLICT (round_id, initiative_id, question_id, respondent_id) DO UPDATE "
                        "SET kind = excluded.kind, level = excluded.level");
    }
    void stop()
    {
        m_walUpdate.reset();
        m_wal.reset();
        if (m_syncFd >= 0) {
            ::close(m_syncFd);
        }
        m_floor.reset();
        m_echo.reset();
        m_server.reset();
        m_file.reset();
    }

    quint16 port = 0;
    quint16 echoPort = 0;
    QString code;

private:
    std::unique_ptr<storage::AssessmentFile> m_file;
    std::unique_ptr<session::VotingServer> m_server;
    std::unique_ptr<QWebSocketServer> m_echo;
    std::set<std::int64_t> m_answered;
    std::unique_ptr<storage::AssessmentFile> m_floor;
    AnswerRecord m_floorRecord;
    int m_syncFd = -1;
    std::unique_ptr<SQLite::Database> m_wal;
    std::unique_ptr<SQLite::Statement> m_walUpdate;
};

struct Figures
{
    std::vector<double> observed, ack, echo, commit, sync, wal; // milliseconds
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int votes = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int bursts = argc > 2 ? std::atoi(argv[2]) : 20;
    pinToCore(0);

    const BankLoadResult bank = loadBankFile(LASTMILE_CORE_BANK);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/vote-bench-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("room.lastmile"));
    const QString floorPath = dir.filePath(QStringLiteral("floor.lastmile"));
    const QString walPath = dir.filePath(QStringLiteral("wal.lastmile"));
    for (const QString& file : {path, floorPath, walPath}) {
        Assessment assessment = makeSyntheticAssessment(*bank.bank, {1, kPhones, 1, 1});
        if (!storage::AssessmentFile::create(file.toStdString(), assessment)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(file));
            return 1;
        }
    }
    const std::string question = bank.bank->frictions.front().questions.front().id;
    const std::vector<Respondent> respondents =
        makeSyntheticAssessment(*bank.bank, {1, kPhones, 1, 1}).rounds.front().respondents;
    std::int64_t highest = 0;
    for (const Respondent& respondent : respondents) {
        highest = std::max(highest, respondent.id);
    }
    g_observed = std::vector<std::atomic<std::int64_t>>(static_cast<std::size_t>(highest + 1));

    QThread thread;
    ServerSide server;
    server.moveToThread(&thread);
    thread.start();
    QMetaObject::invokeMethod(
        &server,
        [&] {
            server.start(path, question);
            server.openFloor(floorPath, {1, question, respondents.front().id, {}, {}, {}});
            server.openSyncFile(dir.filePath(QStringLiteral("sync.bin")));
            server.openWal(walPath);
        },
        Qt::BlockingQueuedConnection);

    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port));
    std::vector<std::unique_ptr<test::PhoneClient>> phones;
    std::vector<std::unique_ptr<QWebSocket>> echoes;
    std::vector<std::int64_t> sentAt(kPhones), echoSentAt(kPhones);
    std::vector<std::int64_t> waitingSeq(kPhones, 0);
    Figures one, burst;
    Figures* figures = &one;
    int outstanding = 0;
    for (int i = 0; i < kPhones; ++i) {
        phones.push_back(std::make_unique<test::PhoneClient>(url, server.code));
        test::PhoneClient* phone = phones.back().get();
        const std::int64_t respondent = respondents.at(static_cast<std::size_t>(i)).id;
        QObject::connect(phone, &test::PhoneClient::voteAcknowledged, phone, [&, i, respondent](std::int64_t seq) {
            if (seq != waitingSeq[static_cast<std::size_t>(i)]) {
                return;
            }
            const std::int64_t now = nowNs();
            const std::int64_t sent = sentAt[static_cast<std::size_t>(i)];
            figures->ack.push_back(static_cast<double>(now - sent) / 1e6);
            figures->observed.push_back(
                static_cast<double>(g_observed.at(static_cast<std::size_t>(respondent)).load() - sent) / 1e6);
            --outstanding;
        });
        phone->connectAs(respondent);
        echoes.push_back(std::make_unique<QWebSocket>());
        QWebSocket* echo = echoes.back().get();
        QObject::connect(echo, &QWebSocket::textMessageReceived, echo, [&, i](const QString&) {
            figures->echo.push_back(static_cast<double>(nowNs() - echoSentAt[static_cast<std::size_t>(i)]) / 1e6);
            --outstanding;
        });
        echo->open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.echoPort)));
    }
    if (!waitUntil([&] {
            return std::all_of(phones.begin(), phones.end(), [](auto& p) { return p->isJoined(); }) &&
                   std::all_of(echoes.begin(), echoes.end(),
                               [](auto& e) { return e->state() == QAbstractSocket::ConnectedState; });
        })) {
        std::fprintf(stderr, "the phones did not all join\n");
        return 1;
    }

    std::mt19937 random(42);
    const char* answers[] = {"0", "1", "2", "3", "4", "dk", "na"};
    const QString echoText = QStringLiteral("{\"type\":\"vote\",\"question\":\"%1\",\"answer\":\"3\",\"seq\":12}")
                                 .arg(QString::fromStdString(question));
    const auto vote = [&](int i) {
        sentAt[static_cast<std::size_t>(i)] = nowNs();
        waitingSeq[static_cast<std::size_t>(i)] =
            phones[static_cast<std::size_t>(i)]->vote(question, answers[random() % 7]);
    };
    const auto echo = [&](int i) {
        echoSentAt[static_cast<std::size_t>(i)] = nowNs();
        echoes[static_cast<std::size_t>(i)]->sendTextMessage(echoText);
    };
    const auto pause = [] { waitUntil([] { return false; }, 110); }; // under each phone's rate cap

    // One at a time, the floor interleaved with the votes so both see the same machine.
    for (int n = 0; n < votes; ++n) {
        const int i = static_cast<int>(random() % kPhones);
        outstanding = 1;
        vote(i);
        waitUntil([&] { return outstanding == 0; });
        outstanding = 1;
        echo(i);
        waitUntil([&] { return outstanding == 0; });
        double commit = 0, sync = 0, wal = 0;
        QMetaObject::invokeMethod(
            &server,
            [&] {
                commit = server.commitOnce(n % 5);
                sync = server.syncOnce();
                wal = server.walCommitOnce(n % 5);
            },
            Qt::BlockingQueuedConnection);
        one.commit.push_back(commit);
        one.sync.push_back(sync);
        one.wal.push_back(wal);
    }
    // Bursts: every phone at once.
    figures = &burst;
    for (int b = 0; b < bursts; ++b) {
        outstanding = kPhones;
        for (int i = 0; i < kPhones; ++i) {
            vote(i);
        }
        waitUntil([&] { return outstanding == 0; });
        pause();
        outstanding = kPhones;
        for (int i = 0; i < kPhones; ++i) {
            echo(i);
        }
        waitUntil([&] { return outstanding == 0; });
        pause();
    }

    const QJsonObject result{
        {QStringLiteral("phones"), kPhones},
        {QStringLiteral("cores"), g_cores},
        {QStringLiteral("one_at_a_time"), QJsonObject{{QStringLiteral("observed"), summary(one.observed)},
                                                      {QStringLiteral("ack"), summary(one.ack)},
                                                      {QStringLiteral("echo"), summary(one.echo)},
                                                      {QStringLiteral("commit"), summary(one.commit)},
                                                      {QStringLiteral("fsync"), summary(one.sync)},
                                                      {QStringLiteral("wal"), summary(one.wal)}}},
        {QStringLiteral("burst"), QJsonObject{{QStringLiteral("observed"), summary(burst.observed)},
                                              {QStringLiteral("ack"), summary(burst.ack)},
                                              {QStringLiteral("echo"), summary(burst.echo)}}},
    };
    std::printf("%s", QJsonDocument(result).toJson().constData());

    phones.clear();
    echoes.clear();
    QMetaObject::invokeMethod(
        &server, [&] { server.stop(); }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return 0;
}
