// SPDX-License-Identifier: Apache-2.0
#include "session/join_code.h"
#include "session/join_guard.h"
#include "session/participants.h"
#include "session/vote_messages.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>
#include <cmath>
#include <set>

using namespace lastmile;
using namespace lastmile::session;

TEST_CASE("join codes: 31 symbols without look-alikes, at least 50 bits, new each time", "[session][units]")
{
    CHECK(std::string(kJoinCodeAlphabet).size() == 31);
    CHECK(kJoinCodeLength * std::log2(31.0) >= 50.0);
    std::set<QString> codes;
    for (int i = 0; i < 200; ++i) {
        const QString code = makeJoinCode();
        REQUIRE(code.size() == kJoinCodeLength);
        for (const QChar c : code) {
            CHECK(QString::fromLatin1(kJoinCodeAlphabet).contains(c));
            CHECK_FALSE(QStringLiteral("0O1IL").contains(c));
        }
        codes.insert(code);
    }
    CHECK(codes.size() == 200);
}

TEST_CASE("a typed code is read as the projector shows it", "[session][units]")
{
    CHECK(normalizeJoinCode(QStringLiteral("abcd-efgh jkm")) == QLatin1String("ABCDEFGHJKM"));
    CHECK(groupedJoinCode(QStringLiteral("ABCDEFGHJKM")) == QLatin1String("ABCD-EFGH-JKM"));
    CHECK(normalizeJoinCode(QStringLiteral("ABCD0")).isEmpty()); // 0 is not in the alphabet
    CHECK(normalizeJoinCode(QStringLiteral("ABCDÉ")).isEmpty());
    CHECK(normalizeJoinCode(QString(QChar(0))).isEmpty());
}

TEST_CASE("tokens are 128 random bits in hex", "[session][units]")
{
    const QString token = makeToken();
    CHECK(token.size() == 32);
    CHECK(isTokenShape(token));
    CHECK(makeToken() != token);
    CHECK_FALSE(isTokenShape(token.toUpper() + QStringLiteral("x")));
    CHECK_FALSE(isTokenShape(QString(32, QLatin1Char('g'))));
}

TEST_CASE("names are plain text: markup refused, controls and bidi overrides dropped", "[session][units]")
{
    CHECK(cleanName(QStringLiteral("  Ana   María ")) == QString::fromUtf8("Ana María"));
    CHECK(cleanName(QStringLiteral("<b>Ana</b>")).isEmpty());
    CHECK(cleanName(QStringLiteral("Ana\u202eamaB")) == QLatin1String("AnaamaB"));
    CHECK(cleanName(QStringLiteral("A\tB\nC\u0007")) == QLatin1String("A B C"));
    CHECK(cleanName(QString(41, QLatin1Char('a'))).isEmpty());
    CHECK(cleanName(QString(40, QLatin1Char('a'))).size() == 40);
    CHECK(cleanName(QStringLiteral("R&D lead")) == QLatin1String("R&D lead"));
    CHECK(cleanReason(QString(300, QLatin1Char('r'))).size() == kMaxReasonLength);
}

TEST_CASE("client messages: the three shapes, and nothing else", "[session][units]")
{
    ClientMessage hello = parseClientMessage(R"({"type":"hello","code":"ABC","token":"t"})");
    CHECK(hello.type == ClientMessage::Type::Hello);
    CHECK(hello.code == QLatin1String("ABC"));
    CHECK(hello.token == QLatin1String("t"));

    ClientMessage pick = parseClientMessage(R"({"type":"join","respondent":12})");
    CHECK(pick.type == ClientMessage::Type::Join);
    CHECK(pick.respondentId == 12);
    ClientMessage typed = parseClientMessage(R"({"type":"join","name":"<script>"})");
    CHECK(typed.type == ClientMessage::Type::Join);
    CHECK(typed.name.isEmpty());
    CHECK(parseClientMessage(R"({"type":"join","respondent":1.5})").type == ClientMessage::Type::Invalid);
    CHECK(parseClientMessage(R"({"type":"join","respondent":1,"name":"x"})").type == ClientMessage::Type::Invalid);

    ClientMessage vote =
        parseClientMessage(R"({"type":"vote","question":"q","answer":"na","reason":"no plant","seq":3})");
    REQUIRE(vote.type == ClientMessage::Type::Vote);
    REQUIRE(vote.answer);
    CHECK(vote.answer->kind == Answer::Kind::NotApplicable);
    CHECK(vote.answer->reason == "no plant");
    CHECK(vote.seq == 3);
    for (const char* bad : {"5", "-1", "", "4.0", "DK", "level"}) {
        const std::string text = std::string(R"({"type":"vote","question":"q","seq":1,"answer":")") + bad + "\"}";
        const ClientMessage outside = parseClientMessage(QByteArray::fromStdString(text));
        CHECK(outside.type == ClientMessage::Type::Vote);
        CHECK_FALSE(outside.answer);
    }
    CHECK(parseClientMessage(R"({"type":"vote","question":"q","answer":"1","seq":0})").type ==
          ClientMessage::Type::Invalid);
    CHECK(parseClientMessage(R"({"type":"vote","question":"q","answer":1,"seq":1})").type ==
          ClientMessage::Type::Invalid);
    CHECK(parseClientMessage("[1]").type == ClientMessage::Type::Invalid);
    CHECK(parseClientMessage("{").type == ClientMessage::Type::Invalid);
    CHECK(parseClientMessage(R"({"type":"admin"})").type == ClientMessage::Type::Invalid);
    CHECK(parseClientMessage(QByteArray(kMaxMessageBytes + 1, ' ')).type == ClientMessage::Type::Invalid);
}

TEST_CASE("five wrong codes within a minute lock an address out for a minute", "[session][units]")
{
    JoinGuard guard;
    const QString a = QStringLiteral("10.0.0.5");
    for (int i = 0; i < 4; ++i) {
        guard.fail(a, 1000 + i);
    }
    CHECK_FALSE(guard.isLocked(a, 2000));
    guard.fail(a, 2000);
    CHECK(guard.isLocked(a, 2001));
    CHECK_FALSE(guard.isLocked(QStringLiteral("10.0.0.6"), 2001));
    CHECK(guard.isLocked(a, 2000 + JoinGuard::kLockoutMs - 1));
    CHECK_FALSE(guard.isLocked(a, 2000 + JoinGuard::kLockoutMs));
    // Failures spread over more than the window do not add up.
    JoinGuard slow;
    for (int i = 0; i < 10; ++i) {
        slow.fail(a, i * (JoinGuard::kWindowMs / 4 + 1));
    }
    CHECK_FALSE(slow.isLocked(a, 10 * JoinGuard::kWindowMs));
}

TEST_CASE("the participant table keeps token hashes only and reads back what it wrote", "[session][units]")
{
    ParticipantTable table;
    const QString token = makeToken();
    table.add(token, 7, QStringLiteral("Ana"));
    table.add(makeToken(), 0, QStringLiteral("Jo"));
    CHECK(table.find(token)->respondentId == 7);
    CHECK(table.findRespondent(7)->name == QLatin1String("Ana"));
    CHECK(table.findRespondent(0) == nullptr);
    REQUIRE(table.waiting().size() == 1);
    const QJsonObject json = table.toJson();
    CHECK_FALSE(QString::fromUtf8(QJsonDocument(json).toJson()).contains(token));
    auto back = ParticipantTable::fromJson(json);
    REQUIRE(back);
    CHECK(back->find(token)->name == QLatin1String("Ana"));
    CHECK_FALSE(ParticipantTable::fromJson(QJsonObject{{QStringLiteral("participants"), 3}}));
}
