// SPDX-License-Identifier: Apache-2.0
// The session server (lastmile-cli session) killed with SIGKILL in the middle of a burst of
// votes, then started again: it resumes its join code and phones, the phones resend what was
// not acknowledged, and the file ends up holding each phone's last acknowledged vote, once.
#include "../storage/storage_fixtures.h"
#include "phone_client.h"
#include "session_fixtures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <catch2/catch.hpp>
#include <random>

using namespace lastmile;
using namespace lastmile::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Starts the session and reads its url and code lines.
bool startSession(QProcess& process, const std::string& path, quint16 port, QString& code)
{
    process.start(QStringLiteral(LASTMILE_CLI),
                  {QStringLiteral("session"), QString::fromStdString(path), QStringLiteral("--round"),
                   QStringLiteral("1"), QStringLiteral("--initiative"), QStringLiteral("1"), QStringLiteral("--port"),
                   QString::number(port), QStringLiteral("--per-address"), QStringLiteral("200")});
    QByteArray out;
    const bool started = waitUntil(
        [&] {
            out += process.readAllStandardOutput();
            return out.contains("code: ") && out.indexOf('\n', out.indexOf("code: ")) > 0;
        },
        10000);
    if (!started) {
        return false;
    }
    const qsizetype at = out.indexOf("code: ") + 6;
    code = QString::fromUtf8(out.mid(at, out.indexOf('\n', at) - at)).trimmed();
    return true;
}

} // namespace

TEST_CASE("a session killed with SIGKILL mid-burst and started again loses and doubles nothing", "[session][sigkill]")
{
    constexpr int kPhones = 50;
    TempDir dir;
    const std::string path = dir.file("killed.lastmile");
    {
        Assessment assessment = smallAssessment(1, kPhones);
        assessment.rounds.front().answers.clear();
        REQUIRE(storage::AssessmentFile::create(path, assessment));
    }
    const std::string question = coreBank().frictions.front().questions.front().id;
    const quint16 port = freePort();

    QProcess server;
    QString code;
    REQUIRE(startSession(server, path, port, code));
    server.write(QByteArray("open ") + QByteArray::fromStdString(question) + '\n');

    std::vector<std::unique_ptr<PhoneClient>> phones;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
    for (int i = 0; i < kPhones; ++i) {
        phones.push_back(std::make_unique<PhoneClient>(url, code));
        phones.back()->setReconnectDelay(20);
        phones.back()->connectAs(i + 1);
    }
    REQUIRE(waitUntil([&] { return std::all_of(phones.begin(), phones.end(), [](auto& p) { return p->isJoined(); }); },
                      20000));

    std::mt19937 random(7);
    const char* answers[] = {"0", "1", "2", "3", "4", "dk", "na"};
    const auto acks = [&] {
        int total = 0;
        for (const auto& phone : phones) {
            total += phone->acknowledgements();
        }
        return total;
    };
    // A burst: every phone votes every 150 ms; the server is killed after 120 acknowledgements.
    QElapsedTimer clock;
    clock.start();
    qint64 nextRound = 0;
    const auto burst = [&] {
        if (clock.elapsed() >= nextRound) {
            nextRound = clock.elapsed() + 150;
            for (auto& phone : phones) {
                if (phone->isJoined()) {
                    phone->vote(question, answers[random() % 7]);
                }
            }
        }
    };
    REQUIRE(waitUntil(
        [&] {
            burst();
            return acks() >= 120;
        },
        20000));
    server.kill(); // SIGKILL
    REQUIRE(server.waitForFinished(5000));
    // Votes cast while the server is down wait on the phones.
    for (auto& phone : phones) {
        phone->vote(question, answers[random() % 7]);
    }

    QProcess again;
    QString resumedCode;
    REQUIRE(startSession(again, path, port, resumedCode));
    CHECK(resumedCode == code);
    again.write(QByteArray("open ") + QByteArray::fromStdString(question) + '\n');
    const int before = acks();
    REQUIRE(waitUntil(
        [&] {
            burst();
            return acks() >= before + 100;
        },
        30000));
    REQUIRE(waitUntil(
        [&] {
            return std::all_of(phones.begin(), phones.end(),
                               [](auto& p) { return p->isJoined() && p->unacknowledged() == 0; });
        },
        30000));
    again.write("quit\n");
    REQUIRE(again.waitForFinished(10000));
    CHECK(again.exitStatus() == QProcess::NormalExit);
    CHECK(again.exitCode() == 0);

    int rows = 0;
    const auto stored = storedAnswers(path, &rows);
    CHECK(rows == kPhones);
    for (int i = 0; i < kPhones; ++i) {
        const auto acked = phones[static_cast<std::size_t>(i)]->acknowledged();
        REQUIRE(acked.count(question) == 1);
        CHECK(stored.at({i + 1, question}) == acked.at(question));
    }
    auto file = storage::AssessmentFile::open(path, storage::OpenMode::ReadOnly);
    REQUIRE(file);
    const auto findings = (*file)->verify();
    REQUIRE(findings);
    CHECK(findings->empty());
}
