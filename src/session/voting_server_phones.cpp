// SPDX-License-Identifier: Apache-2.0
// VotingServer: the phones' connections, their greeting, joining and votes.
#include "http_front.h"
#include "join_code.h"
#include "vote_messages.h"
#include "voting_server.h"

#include <QJsonArray>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>

namespace lastmile::session {

namespace {

constexpr double kBurst = 20;          // messages a phone may send at once
constexpr double kPerSecond = 10;      // and then per second
constexpr int kMaxSocketsPerToken = 3; // a phone, a reloaded tab, a second tab
constexpr qint64 kGreetingMs = 10'000;
constexpr qint64 kSilenceMs = 30'000;
constexpr std::size_t kMaxWaiting = 50;

void send(QWebSocket* socket, const QJsonObject& object)
{
    socket->sendTextMessage(QString::fromUtf8(toMessage(object)));
}

// Compares join codes in time independent of where they differ.
bool sameCode(const QString& a, const QString& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    ushort difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= a.at(i).unicode() ^ b.at(i).unicode();
    }
    return difference == 0;
}

} // namespace

void VotingServer::acceptPhone(QWebSocket* socket)
{
    {
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(kMaxMessageBytes);
        Phone& phone = m_phones[socket];
        phone.address = socket->peerAddress().toString();
        phone.budgetAtMs = phone.lastHeardMs = now();
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& message) { receive(socket, message.toUtf8()); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray&) { drop(socket, QStringLiteral("binary")); });
        connect(socket, &QWebSocket::pong, this, [this, socket] {
            if (const auto phone = m_phones.find(socket); phone != m_phones.end()) {
                phone->second.lastHeardMs = now();
            }
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            const auto phone = m_phones.find(socket);
            if (phone == m_phones.end()) {
                return;
            }
            const bool member = !phone->second.tokenHash.isEmpty();
            m_phones.erase(phone);
            socket->deleteLater();
            if (member) {
                emit membersChanged();
            }
        });
    }
}

void VotingServer::drop(QWebSocket* socket, const QString& reason)
{
    const auto phone = m_phones.find(socket);
    if (phone == m_phones.end()) {
        return;
    }
    const QString address = phone->second.address;
    const bool member = !phone->second.tokenHash.isEmpty();
    m_phones.erase(phone);
    send(socket, {{QStringLiteral("type"), QStringLiteral("refused")}, {QStringLiteral("reason"), reason}});
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    socket->deleteLater();
    emit refused(address, reason);
    if (member) {
        emit membersChanged();
    }
}

void VotingServer::heartbeat()
{
    std::vector<QWebSocket*> silent;
    for (auto& [socket, phone] : m_phones) {
        if ((!phone.greeted && now() - phone.budgetAtMs > kGreetingMs) || now() - phone.lastHeardMs > kSilenceMs) {
            silent.push_back(socket);
        } else {
            socket->ping();
        }
    }
    for (QWebSocket* socket : silent) {
        const auto phone = m_phones.find(socket);
        const bool member = !phone->second.tokenHash.isEmpty();
        m_phones.erase(phone);
        socket->abort(); // a phone gone to sleep: its socket may be half-open
        socket->deleteLater();
        if (member) {
            emit membersChanged();
        }
    }
}

int VotingServer::socketsOf(const QByteArray& tokenHash) const
{
    return static_cast<int>(std::count_if(m_phones.begin(), m_phones.end(),
                                          [&](const auto& entry) { return entry.second.tokenHash == tokenHash; }));
}

std::vector<QWebSocket*> VotingServer::socketsFor(const QByteArray& tokenHash) const
{
    std::vector<QWebSocket*> sockets;
    for (const auto& [socket, phone] : m_phones) {
        if (phone.tokenHash == tokenHash) {
            sockets.push_back(socket);
        }
    }
    return sockets;
}

void VotingServer::receive(QWebSocket* socket, const QByteArray& text)
{
    const auto found = m_phones.find(socket);
    if (found == m_phones.end()) {
        return;
    }
    Phone& phone = found->second;
    const qint64 at = now();
    phone.lastHeardMs = at;
    phone.budget = std::min(kBurst, phone.budget + static_cast<double>(at - phone.budgetAtMs) * kPerSecond / 1000.0);
    phone.budgetAtMs = at;
    if (phone.budget < 1) {
        drop(socket, QStringLiteral("rate"));
        return;
    }
    phone.budget -= 1;
    if (text.size() > kMaxMessageBytes) {
        drop(socket, QStringLiteral("size"));
        return;
    }
    const ClientMessage message = parseClientMessage(text);
    switch (message.type) {
    case ClientMessage::Type::Hello:
        hello(socket, phone, message.code, message.token);
        return;
    case ClientMessage::Type::Join:
        join(socket, phone, message.respondentId, message.name);
        return;
    case ClientMessage::Type::Vote:
        vote(socket, phone, message.questionId, message.answer, message.seq);
        return;
    case ClientMessage::Type::Invalid:
        break;
    }
    drop(socket, QStringLiteral("malformed"));
}

void VotingServer::hello(QWebSocket* socket, Phone& phone, const QString& code, const QString& token)
{
    if (phone.greeted) {
        drop(socket, QStringLiteral("malformed"));
        return;
    }
    if (m_guard.isLocked(phone.address, now())) {
        drop(socket, QStringLiteral("locked"));
        return;
    }
    if (!sameCode(normalizeJoinCode(code), m_code)) {
        m_guard.fail(phone.address, now());
        drop(socket, QStringLiteral("code"));
        return;
    }
    m_guard.succeed(phone.address);
    phone.greeted = true;
    const Participant* participant = isTokenShape(token) ? m_participants.find(token) : nullptr;
    if (!participant) {
        sendNames(socket); // a new phone, or one whose name was released: it picks a name
        return;
    }
    if (socketsOf(participant->tokenHash) >= kMaxSocketsPerToken) {
        drop(socket, QStringLiteral("sockets"));
        return;
    }
    phone.tokenHash = participant->tokenHash;
    sendWelcome(socket, *participant, {});
    emit membersChanged();
}

void VotingServer::sendNames(QWebSocket* socket)
{
    QJsonArray names;
    for (const Respondent& r : m_round.respondents) {
        names.append(QJsonObject{{QStringLiteral("id"), static_cast<double>(r.id)},
                                 {QStringLiteral("name"), QString::fromStdString(r.name)},
                                 {QStringLiteral("taken"), m_participants.findRespondent(r.id) != nullptr}});
    }
    send(socket, {{QStringLiteral("type"), QStringLiteral("names")},
                  {QStringLiteral("round"), QString::fromStdString(m_round.round.name)},
                  {QStringLiteral("names"), names}});
}

void VotingServer::sendWelcome(QWebSocket* socket, const Participant& participant, const QString& token)
{
    QJsonObject welcome{{QStringLiteral("type"), QStringLiteral("welcome")},
                        {QStringLiteral("name"), participant.name},
                        {QStringLiteral("waiting"), participant.respondentId == 0}};
    if (!token.isEmpty()) {
        welcome.insert(QStringLiteral("token"), token);
    }
    send(socket, welcome);
    if (participant.respondentId != 0) {
        sendState(socket, participant);
    }
}

void VotingServer::join(QWebSocket* socket, Phone& phone, std::int64_t respondentId, const QString& name)
{
    if (!phone.greeted || !phone.tokenHash.isEmpty()) {
        drop(socket, QStringLiteral("malformed"));
        return;
    }
    const auto reject = [socket](const QString& reason) {
        send(socket, {{QStringLiteral("type"), QStringLiteral("rejected")}, {QStringLiteral("reason"), reason}});
    };
    if (respondentId != 0) {
        const Respondent* picked = respondent(respondentId);
        if (!picked) {
            reject(QStringLiteral("name"));
            sendNames(socket);
            return;
        }
        if (m_participants.findRespondent(respondentId)) {
            reject(QStringLiteral("taken"));
            sendNames(socket);
            return;
        }
        const QString token = makeToken();
        Participant& added = m_participants.add(token, respondentId, QString::fromStdString(picked->name));
        phone.tokenHash = added.tokenHash;
        saveState();
        sendWelcome(socket, added, token);
        emit joined(respondentId, added.name);
        emit membersChanged();
        return;
    }
    if (name.isEmpty()) {
        reject(QStringLiteral("name")); // markup, or too long: the phone may type another
        return;
    }
    if (m_participants.waiting().size() >= kMaxWaiting) {
        drop(socket, QStringLiteral("waiting-full"));
        return;
    }
    const QString token = makeToken();
    Participant& added = m_participants.add(token, 0, name);
    phone.tokenHash = added.tokenHash;
    saveState();
    sendWelcome(socket, added, token);
    emit waitingChanged();
}

void VotingServer::vote(QWebSocket* socket, Phone& phone, const QString& questionId,
                        const std::optional<Answer>& answer, std::int64_t seq)
{
    Participant* participant = phone.tokenHash.isEmpty() ? nullptr : m_participants.findByHash(phone.tokenHash);
    const auto reply = [socket, seq](const QString& type, const QString& reason) {
        send(socket, {{QStringLiteral("type"), type},
                      {QStringLiteral("seq"), static_cast<double>(seq)},
                      {QStringLiteral("reason"), reason}});
    };
    if (!participant || participant->respondentId == 0) {
        reply(QStringLiteral("rejected"), QStringLiteral("not-joined"));
        return;
    }
    if (seq <= participant->lastSeq) {
        // A vote resent after a lost acknowledgement: stored already.
        send(socket, {{QStringLiteral("type"), QStringLiteral("ack")},
                      {QStringLiteral("seq"), static_cast<double>(seq)},
                      {QStringLiteral("question"), questionId}});
        return;
    }
    if (!answer) {
        reply(QStringLiteral("rejected"), QStringLiteral("invalid"));
        return;
    }
    if (m_phase != Phase::Collecting || questionId.toStdString() != m_questionId) {
        reply(QStringLiteral("rejected"), QStringLiteral("closed"));
        return;
    }
    if (m_queuedSeq.count(participant->tokenHash) && seq <= m_queuedSeq[participant->tokenHash]) {
        return; // the same vote twice in one turn: its acknowledgement is on its way
    }
    AnswerRecord record{m_initiativeId, m_questionId, participant->respondentId, *answer, {}, {}};
    if (const auto existing = m_answers.find(participant->respondentId); existing != m_answers.end()) {
        record.note = existing->second.note;
        record.evidence = existing->second.evidence;
    }
    // Votes that arrive together are stored together, in one transaction and one disk sync, at
    // the end of this turn of the event loop (group commit); each is acknowledged after it.
    if (m_queue.empty()) {
        QTimer::singleShot(0, this, &VotingServer::storeQueuedVotes);
    }
    m_queuedSeq[participant->tokenHash] = seq;
    m_queue.push_back({socket, participant->tokenHash, seq, std::move(record)});
}

void VotingServer::storeQueuedVotes()
{
    std::vector<QueuedVote> queue = std::move(m_queue);
    m_queue.clear();
    m_queuedSeq.clear();
    if (queue.empty()) {
        return;
    }
    std::vector<AnswerRecord> records;
    for (const QueuedVote& vote : queue) {
        records.push_back(vote.record);
    }
    std::vector<bool> stored(queue.size(), true);
    if (!m_store.setAnswers(records, m_round.round.id)) {
        // One refused answer must not keep the others out: store them one by one.
        for (std::size_t i = 0; i < queue.size(); ++i) {
            const storage::Status saved = m_store.setAnswer(queue[i].record, m_round.round.id);
            stored[i] = saved.ok();
            if (!saved) {
                emit storageFailed(saved.error());
            }
        }
    }
    for (std::size_t i = 0; i < queue.size(); ++i) {
        acknowledge(queue[i], stored[i]);
    }
}

void VotingServer::acknowledge(const QueuedVote& vote, bool stored)
{
    const QString question = QString::fromStdString(vote.record.questionId);
    if (!stored) {
        if (vote.socket) {
            send(vote.socket, {{QStringLiteral("type"), QStringLiteral("retry")},
                               {QStringLiteral("seq"), static_cast<double>(vote.seq)},
                               {QStringLiteral("reason"), QStringLiteral("storage")}});
        }
        return;
    }
    if (vote.record.initiativeId == m_initiativeId && vote.record.questionId == m_questionId) {
        m_answers[vote.record.respondentId] = vote.record;
    }
    if (Participant* participant = m_participants.findByHash(vote.tokenHash)) {
        participant->lastSeq = std::max(participant->lastSeq, vote.seq);
    }
    const QString answer = QString::fromStdString(answerToken(vote.record.answer));
    emit voted(vote.record.respondentId, question, answer, vote.seq);
    if (m_beforeAck && vote.socket) {
        m_beforeAck(vote.socket);
    }
    QJsonObject ack{{QStringLiteral("type"), QStringLiteral("ack")},
                    {QStringLiteral("seq"), static_cast<double>(vote.seq)},
                    {QStringLiteral("question"), question},
                    {QStringLiteral("answer"), answer}};
    if (vote.record.answer.kind == Answer::Kind::NotApplicable) {
        ack.insert(QStringLiteral("reason"), QString::fromStdString(vote.record.answer.reason));
    }
    for (QWebSocket* own : socketsFor(vote.tokenHash)) {
        send(own, ack); // the phone that voted, and any other tab of the same participant
        own->flush();   // on its way now, not after whatever else this turn of the event loop does
    }
}

} // namespace lastmile::session
