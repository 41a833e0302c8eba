// SPDX-License-Identifier: Apache-2.0
#include "phone_client.h"
#include "session/join_code.h"
#include "session/room_round.h"
#include "session_fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::test;

namespace {

bool hasMessage(const PhoneClient& phone, const QString& type, const QString& reason = {})
{
    for (const QJsonObject& message : phone.messages()) {
        if (message.value(QStringLiteral("type")).toString() == type &&
            (reason.isEmpty() || message.value(QStringLiteral("reason")).toString() == reason)) {
            return true;
        }
    }
    return false;
}

QJsonObject lastState(const PhoneClient& phone)
{
    for (auto it = phone.messages().rbegin(); it != phone.messages().rend(); ++it) {
        if (it->value(QStringLiteral("type")).toString() == QLatin1String("state")) {
            return *it;
        }
    }
    return {};
}

} // namespace

TEST_CASE("a phone joins by name, votes once per change, and a resent vote is not written again", "[session]")
{
    SessionFixture room;
    const auto questions = room.questions(2);
    room.server->openQuestion(1, questions[0], 0, 2);
    int writes = 0;
    room.file->setChangeListener(
        [&](const storage::Change& change) { writes += change.kind == storage::Change::Kind::Answer ? 1 : 0; });

    PhoneClient phone(room.serverUrl(), room.server->code());
    phone.connectAs(2);
    REQUIRE(waitUntil([&] { return phone.isJoined(); }));
    CHECK(session::isTokenShape(phone.token()));
    const QJsonObject state = lastState(phone);
    CHECK(state.value(QStringLiteral("phase")).toString() == QLatin1String("collecting"));
    CHECK(state.value(QStringLiteral("question")).toObject().value(QStringLiteral("id")).toString().toStdString() ==
          questions[0]);
    CHECK(state.value(QStringLiteral("question")).toObject().value(QStringLiteral("levels")).toArray().size() == 5);
    CHECK_FALSE(state.contains(QStringLiteral("reveal")));

    phone.vote(questions[0], "3");
    REQUIRE(waitUntil([&] { return phone.unacknowledged() == 0; }));
    CHECK(storedAnswers(room.path).at({2, questions[0]}) == "3");
    CHECK(writes == 1);

    // The same vote again (an acknowledgement lost on the way): acknowledged, not written.
    phone.sendRaw(QByteArrayLiteral("{\"type\":\"vote\",\"question\":\"") + QByteArray::fromStdString(questions[0]) +
                  QByteArrayLiteral("\",\"answer\":\"1\",\"seq\":1}"));
    REQUIRE(waitUntil([&] { return phone.acknowledgements() == 2; }));
    CHECK(writes == 1);
    CHECK(storedAnswers(room.path).at({2, questions[0]}) == "3");

    // A change replaces the answer.
    phone.vote(questions[0], "dk");
    REQUIRE(waitUntil([&] { return phone.unacknowledged() == 0; }));
    int rows = 0;
    CHECK(storedAnswers(room.path, &rows).at({2, questions[0]}) == "dk");
    CHECK(rows == 1);
    CHECK(writes == 2);

    // After a reconnection the phone is the same respondent and sees its own answer.
    phone.reconnect();
    REQUIRE(waitUntil([&] { return phone.isJoined() && lastState(phone).contains(QStringLiteral("mine")); }));
    CHECK(lastState(phone).value(QStringLiteral("mine")).toObject().value(QStringLiteral("answer")).toString() ==
          QLatin1String("dk"));
    room.file->setChangeListener({});
}

TEST_CASE("votes on a closed or other question, or outside 0-4/dk/na, are rejected and not stored", "[session]")
{
    SessionFixture room;
    const auto questions = room.questions(2);
    PhoneClient phone(room.serverUrl(), room.server->code());
    phone.connectAs(1);
    REQUIRE(waitUntil([&] { return phone.isJoined(); }));

    phone.vote(questions[0], "2"); // nothing is open
    REQUIRE(waitUntil([&] { return hasMessage(phone, QStringLiteral("rejected"), QStringLiteral("closed")); }));
    room.server->openQuestion(1, questions[0], 0, 2);
    phone.vote(questions[1], "2"); // not the open question
    phone.vote(questions[0], "5");
    phone.vote(questions[0], "-1");
    phone.vote(questions[0], "<b>");
    REQUIRE(waitUntil([&] { return phone.unacknowledged() == 0; }));
    room.server->reveal();
    phone.vote(questions[0], "2"); // revealed: closed to votes
    REQUIRE(waitUntil([&] { return phone.unacknowledged() == 0; }));
    CHECK(phone.acknowledgements() == 0);
    CHECK(storedAnswers(room.path).empty());
}

TEST_CASE("wrong join codes are refused, and five lock the address out for a minute", "[session]")
{
    SessionFixture room;
    for (int attempt = 0; attempt < 5; ++attempt) {
        PhoneClient guesser(room.serverUrl(), QStringLiteral("ABCDEFGHJKM"));
        guesser.connectAs(1);
        REQUIRE(waitUntil([&] { return hasMessage(guesser, QStringLiteral("refused"), QStringLiteral("code")); }));
        CHECK_FALSE(guesser.isJoined());
    }
    PhoneClient rightCode(room.serverUrl(), room.server->code());
    rightCode.connectAs(1);
    REQUIRE(waitUntil([&] { return hasMessage(rightCode, QStringLiteral("refused"), QStringLiteral("locked")); }));
    CHECK_FALSE(rightCode.isJoined());
    CHECK(room.server->members().empty());
}

TEST_CASE("the code may be typed in lower case and grouped", "[session]")
{
    SessionFixture room;
    PhoneClient phone(room.serverUrl(), session::groupedJoinCode(room.server->code()).toLower());
    phone.connectAs(1);
    REQUIRE(waitUntil([&] { return phone.isJoined(); }));
}

TEST_CASE("an upgrade from another origin or for another host is forbidden", "[session]")
{
    SessionFixture room;
    const QByteArray host = QByteArrayLiteral("127.0.0.1:") + QByteArray::number(room.server->port());
    const QByteArray upgrade = "GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                               "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    CHECK(httpExchange(room.serverUrl(), upgrade + "Host: " + host + "\r\nOrigin: http://evil.example\r\n\r\n")
              .startsWith("HTTP/1.1 403"));
    CHECK(httpExchange(room.serverUrl(), upgrade + "Host: evil.example\r\nOrigin: http://evil.example\r\n\r\n")
              .startsWith("HTTP/1.1 403"));
    CHECK(httpExchange(room.serverUrl(), upgrade + "Host: " + host + "\r\n\r\n").startsWith("HTTP/1.1 403"));
    const QByteArray accepted =
        httpExchange(room.serverUrl(), upgrade + "Host: " + host + "\r\nOrigin: http://" + host + "\r\n\r\n");
    CHECK(accepted.startsWith("HTTP/1.1 101"));

    QWebSocket foreign(QStringLiteral("http://evil.example"));
    foreign.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(room.server->port())));
    waitUntil([&] { return foreign.state() == QAbstractSocket::UnconnectedState; }, 3000);
    CHECK(foreign.state() != QAbstractSocket::ConnectedState);
}

TEST_CASE("the page is served with its security headers, and anything else is 404 or 405", "[session]")
{
    SessionFixture room;
    const QByteArray page = httpExchange(room.serverUrl(), "GET /?code=X HTTP/1.1\r\nHost: a\r\n\r\n");
    CHECK(page.startsWith("HTTP/1.1 200"));
    CHECK(page.contains("Content-Security-Policy: default-src 'self'\r\n"));
    CHECK(page.contains("X-Content-Type-Options: nosniff\r\n"));
    CHECK(page.contains("Cache-Control: no-store\r\n"));
    CHECK(page.contains("<script src=\"vote.js\""));
    CHECK(httpExchange(room.serverUrl(), "GET /vote.js HTTP/1.1\r\n\r\n").contains("Content-Type: text/javascript"));
    CHECK(httpExchange(room.serverUrl(), "GET /vote.css HTTP/1.1\r\n\r\n").contains("Content-Type: text/css"));
    CHECK(httpExchange(room.serverUrl(), "GET /../etc/passwd HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404"));
    CHECK(httpExchange(room.serverUrl(), "GET /favicon.ico HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404"));
    CHECK(httpExchange(room.serverUrl(), "POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n").startsWith("HTTP/1.1 405"));
    CHECK(httpExchange(room.serverUrl(), "nonsense\r\n\r\n").startsWith("HTTP/1.1 400"));
    CHECK(httpExchange(room.serverUrl(), "GET / HTTP/1.1\r\nX: " + QByteArray(9000, 'a')).startsWith("HTTP/1.1 431"));
}

TEST_CASE("one address may hold only so many connections open", "[session]")
{
    SessionFixture room(4, 3);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 4; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, room.server->port());
        REQUIRE(sockets.back()->waitForConnected(3000));
    }
    // The fourth is closed by the server before it says anything; the first three stay open.
    REQUIRE(waitUntil([&] { return sockets[3]->state() == QAbstractSocket::UnconnectedState; }));
    waitUntil([] { return false; }, 200);
    for (int i = 0; i < 3; ++i) {
        CHECK(sockets[static_cast<std::size_t>(i)]->state() == QAbstractSocket::ConnectedState);
    }
    // Once one closes, another may come in.
    sockets[0]->abort();
    waitUntil([] { return false; }, 300); // the server notices the reset
    QTcpSocket later;
    later.connectToHost(QHostAddress::LocalHost, room.server->port());
    REQUIRE(later.waitForConnected(3000));
    later.write("GET / HTTP/1.1\r\n\r\n");
    REQUIRE(
        waitUntil([&] { return later.bytesAvailable() > 0 || later.state() == QAbstractSocket::UnconnectedState; }));
    CHECK(later.readAll().startsWith("HTTP/1.1 200"));
}

TEST_CASE("an oversize message closes the connection and stores nothing", "[session]")
{
    SessionFixture room;
    const auto questions = room.questions(1);
    room.server->openQuestion(1, questions[0], 0, 1);
    PhoneClient phone(room.serverUrl(), room.server->code());
    phone.connectAs(1);
    REQUIRE(waitUntil([&] { return phone.isJoined(); }));
    phone.sendRaw(QByteArrayLiteral("{\"type\":\"vote\",\"question\":\"") + QByteArray::fromStdString(questions[0]) +
                  QByteArrayLiteral("\",\"answer\":\"na\",\"seq\":1,\"reason\":\"") + QByteArray(3000, 'x') +
                  QByteArrayLiteral("\"}"));
    REQUIRE(waitUntil([&] { return !phone.isConnected(); }));
    CHECK(storedAnswers(room.path).empty());
}

TEST_CASE("a fourth connection for one token is refused", "[session]")
{
    SessionFixture room;
    PhoneClient first(room.serverUrl(), room.server->code());
    first.connectAs(1);
    REQUIRE(waitUntil([&] { return first.isJoined(); }));
    std::vector<std::unique_ptr<QWebSocket>> extra;
    std::vector<QString> firstReplies(3);
    for (std::size_t i = 0; i < 3; ++i) {
        auto socket = std::make_unique<QWebSocket>(room.serverUrl().toString());
        QWebSocket* raw = socket.get();
        QObject::connect(raw, &QWebSocket::connected, raw, [&, raw] {
            raw->sendTextMessage(QStringLiteral("{\"type\":\"hello\",\"code\":\"%1\",\"token\":\"%2\"}")
                                     .arg(room.server->code(), first.token()));
        });
        QObject::connect(raw, &QWebSocket::textMessageReceived, raw, [&firstReplies, i](const QString& text) {
            if (firstReplies[i].isEmpty()) {
                firstReplies[i] = text;
            }
        });
        raw->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(room.server->port())));
        REQUIRE(waitUntil([&] { return !firstReplies[i].isEmpty(); }));
        extra.push_back(std::move(socket));
    }
    // The second and third connections are welcomed; the fourth is refused and closed.
    CHECK(firstReplies[0].contains(QLatin1String("\"welcome\"")));
    CHECK(firstReplies[1].contains(QLatin1String("\"welcome\"")));
    CHECK(firstReplies[2].contains(QLatin1String("\"sockets\"")));
    REQUIRE(waitUntil([&] { return extra[2]->state() == QAbstractSocket::UnconnectedState; }));
    CHECK(room.server->members().size() == 1);
}

TEST_CASE("typed names: markup is rejected, a plain name waits and is admitted", "[session]")
{
    SessionFixture room;
    std::vector<QString> replies;
    QWebSocket socket(room.serverUrl().toString());
    QObject::connect(&socket, &QWebSocket::connected, &socket, [&] {
        socket.sendTextMessage(QStringLiteral("{\"type\":\"hello\",\"code\":\"%1\"}").arg(room.server->code()));
    });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                     [&](const QString& text) { replies.push_back(text); });
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(room.server->port())));
    REQUIRE(waitUntil([&] { return replies.size() == 1; }));
    CHECK(replies[0].contains(QLatin1String("\"names\"")));
    socket.sendTextMessage(QStringLiteral("{\"type\":\"join\",\"name\":\"<img src=x onerror=alert(1)>\"}"));
    REQUIRE(waitUntil([&] { return replies.size() == 2; }));
    CHECK(replies[1].contains(QLatin1String("\"rejected\"")));
    CHECK(room.server->waiting().empty());

    socket.sendTextMessage(QStringLiteral("{\"type\":\"join\",\"name\":\"  Jo\\u202e  Smith \"}"));
    REQUIRE(waitUntil([&] { return replies.size() == 3; }));
    CHECK(replies[2].contains(QLatin1String("\"waiting\":true")));
    REQUIRE(room.server->waiting().size() == 1);
    CHECK(room.server->waiting()[0].name == QLatin1String("Jo Smith"));

    CHECK(room.server->admit(room.server->waiting()[0].key, 0).isEmpty());
    REQUIRE(waitUntil([&] { return replies.size() >= 4; }));
    CHECK(replies[3].contains(QLatin1String("\"waiting\":false")));
    const auto loaded = room.file->loadWithoutAnswers();
    REQUIRE(loaded);
    CHECK(loaded->rounds.front().respondents.back().name == "Jo Smith");
}

TEST_CASE("a name already answering from another phone cannot be taken", "[session]")
{
    SessionFixture room;
    PhoneClient first(room.serverUrl(), room.server->code());
    first.connectAs(3);
    REQUIRE(waitUntil([&] { return first.isJoined(); }));
    PhoneClient second(room.serverUrl(), room.server->code());
    second.connectAs(3);
    REQUIRE(waitUntil([&] { return hasMessage(second, QStringLiteral("rejected"), QStringLiteral("taken")); }));
    CHECK_FALSE(second.isJoined());
    room.server->release(3);
    REQUIRE(waitUntil([&] { return !first.isConnected(); }));
    second.reconnect();
    REQUIRE(waitUntil([&] { return second.isJoined(); }));
}

TEST_CASE("the reveal sends the distribution, with names unless anonymous", "[session]")
{
    SessionFixture room;
    const auto questions = room.questions(1);
    room.server->openQuestion(1, questions[0], 0, 1);
    PhoneClient a(room.serverUrl(), room.server->code());
    PhoneClient b(room.serverUrl(), room.server->code());
    a.connectAs(1);
    b.connectAs(2);
    REQUIRE(waitUntil([&] { return a.isJoined() && b.isJoined(); }));
    a.vote(questions[0], "1");
    b.vote(questions[0], "4");
    REQUIRE(waitUntil([&] { return a.unacknowledged() + b.unacknowledged() == 0; }));
    CHECK_FALSE(lastState(b).contains(QStringLiteral("reveal")));
    room.server->reveal();
    REQUIRE(waitUntil([&] { return lastState(a).contains(QStringLiteral("reveal")); }));
    const QJsonObject reveal = lastState(a).value(QStringLiteral("reveal")).toObject();
    CHECK(reveal.value(QStringLiteral("counts")).toArray() == QJsonArray({0, 1, 0, 0, 1, 0, 0}));
    CHECK(reveal.value(QStringLiteral("answered")).toInt() == 2);
    CHECK(reveal.value(QStringLiteral("roster")).toInt() == 4);
    CHECK(reveal.value(QStringLiteral("names")).toArray().at(4).toArray() ==
          QJsonArray({QStringLiteral("Respondent 2")}));
    room.server->setAnonymousReveal(true);
    REQUIRE(waitUntil(
        [&] { return !lastState(a).value(QStringLiteral("reveal")).toObject().contains(QStringLiteral("names")); }));
}

TEST_CASE("a session started again resumes its code and phones", "[session]")
{
    SessionFixture room;
    const auto questions = room.questions(1);
    const QString statePath = QString::fromStdString(room.dir.file("room.session"));
    PhoneClient phone(room.serverUrl(), room.server->code());
    phone.connectAs(2);
    REQUIRE(waitUntil([&] { return phone.isJoined(); }));
    const QString code = room.server->code();
    // A second server on the same state file, as after the program was killed.
    session::VotingServer again(*room.file);
    QString error;
    REQUIRE(again.start(1, QHostAddress::LocalHost, 0, statePath, &error));
    CHECK(again.resumed());
    CHECK(again.code() == code);
    REQUIRE(again.members().size() == 1);
    CHECK(again.members()[0].respondentId == 2);
    again.openQuestion(1, questions[0], 0, 1);
    PhoneClient same(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(again.port())), code);
    same.setToken(phone.token());
    same.connectAs(0); // with no respondent to pick: only the token can bring it in
    REQUIRE(waitUntil([&] { return same.isJoined(); }));
    CHECK_FALSE(hasMessage(same, QStringLiteral("names")));
    again.stop();
    CHECK_FALSE(QFile::exists(statePath));
}

TEST_CASE("a session started again on any free port takes its old port, so the phones come back by themselves",
          "[session]")
{
    SessionFixture room;
    const QString statePath = QString::fromStdString(room.dir.file("room.session"));
    PhoneClient phone(room.serverUrl(), room.server->code());
    phone.connectAs(2);
    REQUIRE(waitUntil([&] { return phone.isJoined(); }));
    const QString code = room.server->code();
    const quint16 port = room.server->port();
    // The program is killed: its port is free again and its state file stays.
    QFile state(statePath);
    REQUIRE(state.open(QIODevice::ReadOnly));
    const QByteArray kept = state.readAll();
    state.close();
    room.server->stop();
    QFile restored(statePath);
    REQUIRE(restored.open(QIODevice::WriteOnly));
    restored.write(kept);
    restored.close();

    session::VotingServer again(*room.file);
    QString error;
    REQUIRE(again.start(1, QHostAddress::LocalHost, 0, statePath, &error));
    CHECK(again.resumed());
    CHECK(again.port() == port);
    // The phone's page reconnects to the address it had, with its token.
    PhoneClient same(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), code);
    same.setToken(phone.token());
    same.connectAs(0);
    REQUIRE(waitUntil([&] { return same.isJoined(); }));

    // A taken old port gives way to a free one.
    again.stop();
    REQUIRE(restored.open(QIODevice::WriteOnly));
    restored.write(kept);
    restored.close();
    QTcpServer squatter;
    REQUIRE(squatter.listen(QHostAddress::LocalHost, port));
    session::VotingServer third(*room.file);
    REQUIRE(third.start(1, QHostAddress::LocalHost, 0, statePath, &error));
    CHECK(third.resumed());
    CHECK(third.port() != port);
    CHECK(third.code() == code);
}

TEST_CASE("stopping tells every phone the session has ended", "[session]")
{
    SessionFixture room;
    PhoneClient joined(room.serverUrl(), room.server->code());
    joined.connectAs(2);
    PhoneClient greeting(room.serverUrl(), room.server->code());
    greeting.connectAs(0); // has the code, has picked no name yet
    REQUIRE(waitUntil([&] { return joined.isJoined() && hasMessage(greeting, QStringLiteral("names")); }));
    room.server->stop();
    REQUIRE(waitUntil([&] {
        return hasMessage(joined, QStringLiteral("refused"), QStringLiteral("ended")) &&
               hasMessage(greeting, QStringLiteral("refused"), QStringLiteral("ended"));
    }));
}

TEST_CASE("the phones follow the room: its open item, its reveal, and an anonymous agenda", "[session]")
{
    SessionFixture room;
    const auto questions = room.questions(2);
    session::RoomRound round;
    round.setAgenda({1, {{1, questions[0], 0}, {1, questions[1], 120}}, 0, true});
    room.server->followRoom(&round);
    PhoneClient phone(room.serverUrl(), room.server->code());
    phone.connectAs(1);
    REQUIRE(waitUntil([&] { return phone.isJoined() && !lastState(phone).isEmpty(); }));
    const auto openId = [&] {
        return lastState(phone).value(QStringLiteral("question")).toObject().value(QStringLiteral("id")).toString();
    };
    CHECK(openId().toStdString() == questions[0]);
    CHECK(lastState(phone).value(QStringLiteral("count")).toInt() == 2);

    round.next();
    REQUIRE(waitUntil([&] { return openId().toStdString() == questions[1]; }));
    CHECK(lastState(phone).value(QStringLiteral("position")).toInt() == 1);
    CHECK(lastState(phone).value(QStringLiteral("secondsLeft")).toInt() > 100);
    phone.vote(questions[0], "2"); // no longer open
    phone.vote(questions[1], "3");
    REQUIRE(waitUntil([&] { return phone.unacknowledged() == 0; }));
    CHECK(phone.acknowledged().size() == 1);

    round.reveal();
    REQUIRE(waitUntil(
        [&] { return lastState(phone).value(QStringLiteral("phase")).toString() == QLatin1String("revealed"); }));
    const QJsonObject reveal = lastState(phone).value(QStringLiteral("reveal")).toObject();
    CHECK(reveal.value(QStringLiteral("anonymous")).toBool());
    CHECK_FALSE(reveal.contains(QStringLiteral("names")));
    CHECK(reveal.value(QStringLiteral("counts")).toArray().at(3).toInt() == 1);
    phone.vote(questions[1], "4"); // revealed: closed to votes
    REQUIRE(waitUntil([&] { return phone.unacknowledged() == 0; }));
    CHECK(storedAnswers(room.path).at({1, questions[1]}) == "3");

    round.revote();
    REQUIRE(waitUntil(
        [&] { return lastState(phone).value(QStringLiteral("phase")).toString() == QLatin1String("collecting"); }));
    room.server->followRoom(nullptr);
}
