// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "join_guard.h"
#include "participants.h"
#include "room_follower.h"
#include "storage/assessment_file.h"
#include "voting_store.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QWebSocket;

namespace lastmile::session {

class HttpFront;
class RoomRound;

// The voting server of one workshop session (docs/workshop-phones.md): the phone page, joining
// with the join code, named participants with 128-bit tokens, and votes stored at once as the
// respondents' answers in the .lastmile file. The app and lastmile-cli both run this class;
// the facilitator's side tells it which question is open and when it is revealed.
//
// Votes: a vote is accepted only for the open question while it is collecting, only with an
// answer 0..4, dk or na, and only from a phone admitted as one of the round's respondents. It
// is stored as that respondent's answer (the note and evidence already there are kept) at the
// end of the event loop's turn, together with the other votes that arrived in it, in one
// transaction (AssessmentFile::setAnswers, durable on return), and acknowledged after that. Each phone numbers its
// votes; a number at or below the last one stored is acknowledged again without a write, so a
// resent vote is never counted twice.
//
// Limits: 2 KiB per message, 10 messages a second (bursts of 20), 3 connections per token, a
// greeting within 10 s, a pong within 30 s, 5 wrong join codes a minute per address (then a
// minute's lockout), 50 names waiting for admission. A phone breaking a limit is disconnected;
// nothing it sent after the limit is stored.
class VotingServer : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Closed, Collecting, Revealed };

    using WaitingPhone = session::WaitingPhone;
    using Member = PhoneMember;

    // A server reading and writing `file` (or `store`), which must outlive it, on the thread
    // that makes it.
    explicit VotingServer(storage::AssessmentFile& file, QObject* parent = nullptr);
    explicit VotingServer(VotingStore& store, QObject* parent = nullptr);
    ~VotingServer() override;

    // Starts serving round `roundId` of the file on `address`:`port` (0 = any free port).
    // `statePath` keeps the join code and the phones' token hashes while the session runs, so
    // that a session started again after the program stopped resumes with the same code and
    // phones (empty: not kept). Resuming with `port` 0, it listens on the port the session had
    // when that port is free, so the phones' pages, which keep reconnecting to their address,
    // come back by themselves. False with the reason in `error` when the round cannot be read
    // or the address cannot be listened on; nothing is left running then.
    bool start(std::int64_t roundId, const QHostAddress& address, quint16 port, const QString& statePath,
               QString* error);
    // Connections one client address may have open (30 unless changed; see HttpFront). Takes
    // effect at the next start().
    void setMaxConnectionsPerAddress(int count) { m_maxPerAddress = count; }
    // Closes every phone, stops listening and removes the state file.
    void stop();
    bool isRunning() const;
    bool resumed() const { return m_resumed; }

    QString code() const { return m_code; }
    // http://HOST:PORT/?code=CODE, the address the QR code holds.
    QUrl joinUrl() const;
    QHostAddress address() const;
    quint16 port() const;

    // Follows `room` (null: no longer): the phones vote on its open item while it collects, see
    // its reveal, named or anonymous as its agenda says, and its time box. The room must
    // outlive the server or be unfollowed first.
    void followRoom(const RoomRound* room);
    // Reads the followed room again, as after the facilitator reopened the item already open.
    void syncWithRoom();
    // The room as `room` says, for a room this server does not follow itself (the app's, across
    // the voting module): what followRoom does on each change.
    void syncWithRoom(const RoomSnapshot& room);

    // The room set by hand (what followRoom does for a RoomRound): the question open now, its
    // phase, and the time left on its time box (-1: none). Every phone follows at once.
    void openQuestion(std::int64_t initiativeId, const std::string& questionId, int position, int count);
    void reveal();
    void closeQuestion();
    void setSecondsLeft(int seconds);
    void setAnonymousReveal(bool anonymous);
    Phase phase() const { return m_phase; }
    std::int64_t openInitiative() const { return m_initiativeId; }
    const std::string& openQuestionId() const { return m_questionId; }

    // Admitting typed names. admit() answers as `respondentId`, or, with 0, as a new respondent
    // of the round named as typed; it returns an empty string or why it could not.
    std::vector<WaitingPhone> waiting() const;
    QString admit(const QString& key, std::int64_t respondentId);
    void refuse(const QString& key);
    // Forgets the phone answering as `respondentId`, so another phone may take the name.
    void release(std::int64_t respondentId);
    std::vector<Member> members() const;

    // Tests only: called after a vote is stored and before it is acknowledged.
    void setBeforeAcknowledgement(std::function<void(QWebSocket*)> hook) { m_beforeAck = std::move(hook); }

signals:
    void joined(std::int64_t respondentId, const QString& name);
    void waitingChanged();
    void membersChanged();
    // A vote stored: after its transaction committed, before its acknowledgement. `seq` is the
    // phone's number for it; each (respondent, seq) is written once in a server's life.
    void voted(std::int64_t respondentId, const QString& questionId, const QString& answer, std::int64_t seq);
    // A phone refused: "code", "locked", "sockets", "rate", "size", "waiting-full"; for the log.
    void refused(const QString& address, const QString& reason);
    void storageFailed(const storage::StorageError& error);

private:
    struct Phone
    {
        QString address;
        QByteArray tokenHash; // empty until it joins
        bool greeted = false;
        double budget = 20;    // messages it may still send now (rate cap)
        qint64 budgetAtMs = 0; // when budget was last refilled
        qint64 lastHeardMs = 0;
    };

    // voting_server_phones.cpp: one phone's connection and messages.
    void acceptPhone(QWebSocket* socket);
    void receive(QWebSocket* socket, const QByteArray& message);
    void hello(QWebSocket* socket, Phone& phone, const QString& code, const QString& token);
    void join(QWebSocket* socket, Phone& phone, std::int64_t respondentId, const QString& name);
    void vote(QWebSocket* socket, Phone& phone, const QString& questionId, const std::optional<Answer>& answer,
              std::int64_t seq);
    struct QueuedVote
    {
        QPointer<QWebSocket> socket;
        QByteArray tokenHash;
        std::int64_t seq = 0;
        AnswerRecord record;
    };
    void storeQueuedVotes();
    void acknowledge(const QueuedVote& vote, bool stored);
    void sendNames(QWebSocket* socket);
    void sendWelcome(QWebSocket* socket, const Participant& participant, const QString& token);
    void drop(QWebSocket* socket, const QString& reason);
    void heartbeat();
    int socketsOf(const QByteArray& tokenHash) const;
    std::vector<QWebSocket*> socketsFor(const QByteArray& tokenHash) const;

    // voting_server.cpp
    VotingServer(std::unique_ptr<VotingStore> own, VotingStore* store, QObject* parent);
    void broadcastState();
    void sendState(QWebSocket* socket, const Participant& participant);
    QByteArray stateMessage(const Participant& participant) const;
    void reloadAnswers();
    bool saveState() const;
    bool loadState(std::int64_t roundId);
    const Respondent* respondent(std::int64_t respondentId) const;
    qint64 now() const { return m_clock.elapsed(); }

    std::unique_ptr<VotingStore> m_ownStore; // the FileVotingStore of a server made on a file
    VotingStore& m_store;
    std::unique_ptr<HttpFront> m_http;
    RoundData m_round; // bank and respondents; answers of the open question only (m_answers)
    std::map<std::int64_t, QString> m_initiativeNames;
    QString m_code;
    QString m_statePath;
    bool m_resumed = false;
    quint16 m_resumedPort = 0; // the port of the session resumed, from its state file
    int m_maxPerAddress = 30;
    ParticipantTable m_participants;
    JoinGuard m_guard;
    std::map<QWebSocket*, Phone> m_phones;
    QElapsedTimer m_clock;
    QTimer m_heartbeat;

    Phase m_phase = Phase::Closed;
    std::int64_t m_initiativeId = 0;
    std::string m_questionId;
    int m_position = 0;
    int m_count = 0;
    int m_secondsLeft = -1;
    bool m_anonymous = false;
    std::map<std::int64_t, AnswerRecord> m_answers; // the open question's answers, by respondent
    std::vector<QueuedVote> m_queue;                // votes to store at the end of this turn
    std::map<QByteArray, std::int64_t> m_queuedSeq; // the highest queued seq per token hash
    std::function<void(QWebSocket*)> m_beforeAck;
    RoomFollower m_follower;
};

} // namespace lastmile::session
