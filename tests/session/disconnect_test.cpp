// SPDX-License-Identifier: Apache-2.0
// 50 phones vote while 1,000 connections are cut: by the phone right after it sent a vote
// (before the server read or stored it), and by the server after the vote's transaction
// committed and before its acknowledgement left. Afterwards the file must hold exactly each
// phone's last acknowledged vote, once, no vote may have been written twice, and the file must
// pass its full check.
#include "phone_client.h"
#include "session_fixtures.h"

#include <QElapsedTimer>
#include <QWebSocket>
#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <sstream>

using namespace lastmile;
using namespace lastmile::test;

TEST_CASE("1,000 forced disconnects during voting lose and double nothing", "[session][disconnect]")
{
    constexpr int kPhones = 50;
    constexpr int kDisconnects = 1000;
    constexpr int kQuestions = 4;
    SessionFixture room(kPhones, 4 * kPhones); // the whole room on one address
    const auto questions = room.questions(kQuestions);

    std::mt19937 random(20261129);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    std::uniform_int_distribution<int> answer(0, 6);
    const char* answers[] = {"0", "1", "2", "3", "4", "dk", "na"};

    int serverCuts = 0;
    int phoneCuts = 0;
    std::set<std::pair<std::int64_t, std::int64_t>> written; // (respondent, seq)
    int doubleWrites = 0;
    QObject::connect(room.server.get(), &session::VotingServer::voted,
                     [&](std::int64_t respondent, const QString&, const QString&, std::int64_t seq) {
                         doubleWrites += written.insert({respondent, seq}).second ? 0 : 1;
                     });
    room.server->setBeforeAcknowledgement([&](QWebSocket* socket) {
        if (serverCuts + phoneCuts < kDisconnects && chance(random) < 0.3) {
            ++serverCuts;
            socket->abort(); // committed, not acknowledged
        }
    });

    std::vector<std::unique_ptr<PhoneClient>> phones;
    for (int i = 0; i < kPhones; ++i) {
        phones.push_back(std::make_unique<PhoneClient>(room.serverUrl(), room.server->code()));
        phones.back()->setReconnectDelay(1);
        phones.back()->connectAs(i + 1);
    }
    REQUIRE(waitUntil([&] { return std::all_of(phones.begin(), phones.end(), [](auto& p) { return p->isJoined(); }); },
                      20000));

    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> nextVote(kPhones, 0);
    std::map<QString, int> refusals;
    QObject::connect(room.server.get(), &session::VotingServer::refused,
                     [&](const QString&, const QString& reason) { ++refusals[reason]; });
    const auto progress = [&] {
        std::ostringstream out;
        out << "cut by phones " << phoneCuts << ", by the server " << serverCuts << ", joined "
            << std::count_if(phones.begin(), phones.end(), [](auto& p) { return p->isJoined(); }) << ", refused:";
        for (const auto& [reason, count] : refusals) {
            out << ' ' << reason.toStdString() << ' ' << count;
        }
        return out.str();
    };
    int votes = 0;
    for (int q = 0; q < kQuestions; ++q) {
        room.server->openQuestion(1, questions[static_cast<std::size_t>(q)], q, kQuestions);
        const int target = kDisconnects * (q + 1) / kQuestions;
        const bool cut = waitUntil(
            [&] {
                for (int i = 0; i < kPhones; ++i) {
                    PhoneClient& phone = *phones[static_cast<std::size_t>(i)];
                    if (!phone.isJoined() || clock.elapsed() < nextVote[static_cast<std::size_t>(i)]) {
                        continue;
                    }
                    nextVote[static_cast<std::size_t>(i)] = clock.elapsed() + 150; // under the rate cap
                    phone.vote(questions[static_cast<std::size_t>(q)], answers[answer(random)]);
                    ++votes;
                    if (serverCuts + phoneCuts < target && chance(random) < 0.3) {
                        ++phoneCuts;
                        phone.abort(); // sent, perhaps not even read
                    }
                }
                return serverCuts + phoneCuts >= target;
            },
            120000);
        INFO(progress());
        REQUIRE(cut);
        // Every phone back and every vote acknowledged before the question closes.
        REQUIRE(waitUntil(
            [&] {
                return std::all_of(phones.begin(), phones.end(),
                                   [](auto& p) { return p->isJoined() && p->unacknowledged() == 0; });
            },
            30000));
    }
    room.server->closeQuestion();

    INFO("votes " << votes << ", cut by the phone " << phoneCuts << ", by the server after the commit " << serverCuts);
    CHECK(serverCuts + phoneCuts == kDisconnects);
    CHECK(serverCuts > 100);
    CHECK(phoneCuts > 100);
    CHECK(doubleWrites == 0);

    int rows = 0;
    const auto stored = storedAnswers(room.path, &rows);
    std::size_t expected = 0;
    for (int i = 0; i < kPhones; ++i) {
        for (const auto& [question, acked] : phones[static_cast<std::size_t>(i)]->acknowledged()) {
            ++expected;
            const auto found = stored.find({i + 1, question});
            REQUIRE(found != stored.end());
            CHECK(found->second == acked);
        }
    }
    CHECK(static_cast<std::size_t>(rows) == expected);
    CHECK(stored.size() == expected);
    const auto findings = room.file->verify();
    REQUIRE(findings);
    CHECK(findings->empty());
}
