// SPDX-License-Identifier: Apache-2.0
// VotingServer: the session's lifetime, the room's state and admitting typed names.
#include "voting_server.h"

#include "http_front.h"
#include "join_code.h"
#include "room_messages.h"
#include "room_round.h"
#include "text/save_file.h"
#include "vote_messages.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QWebSocket>

namespace lastmile::session {

namespace {

constexpr int kHeartbeatMs = 10'000;
const QString kStateFormat = QStringLiteral("lastmile-session");

} // namespace

VotingServer::VotingServer(storage::AssessmentFile& file, QObject* parent)
    : VotingServer(std::make_unique<FileVotingStore>(file), nullptr, parent)
{
}

VotingServer::VotingServer(VotingStore& store, QObject* parent) : VotingServer(nullptr, &store, parent) {}

VotingServer::VotingServer(std::unique_ptr<VotingStore> own, VotingStore* store, QObject* parent)
    : QObject(parent), m_ownStore(std::move(own)), m_store(store ? *store : *m_ownStore)
{
    connect(&m_follower, &RoomFollower::changed, this,
            static_cast<void (VotingServer::*)(const RoomSnapshot&)>(&VotingServer::syncWithRoom));
    m_clock.start();
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &VotingServer::heartbeat);
}

VotingServer::~VotingServer()
{
    stop();
}

bool VotingServer::start(std::int64_t roundId, const QHostAddress& address, quint16 port, const QString& statePath,
                         QString* error)
{
    stop();
    auto assessment = m_store.loadWithoutAnswers();
    if (!assessment) {
        *error = QString::fromStdString(assessment.error().detail);
        return false;
    }
    const auto round = std::find_if(assessment->rounds.begin(), assessment->rounds.end(),
                                    [&](const RoundData& r) { return r.round.id == roundId; });
    if (round == assessment->rounds.end()) {
        *error = tr("no round %1 in the file").arg(roundId);
        return false;
    }
    m_round = std::move(*round);
    m_initiativeNames.clear();
    for (const Initiative& initiative : assessment->initiatives) {
        m_initiativeNames[initiative.id] = QString::fromStdString(initiative.name);
    }
    m_statePath = statePath;
    m_participants = {};
    m_resumedPort = 0;
    m_resumed = loadState(roundId);
    if (!m_resumed) {
        m_code = makeJoinCode();
    }
    m_http = std::make_unique<HttpFront>();
    m_http->setMaxConnectionsPerAddress(m_maxPerAddress);
    // A resumed session keeps its port when it may choose one and that port is still free.
    const bool samePort = m_resumed && port == 0 && m_resumedPort != 0 && m_http->listen(address, m_resumedPort);
    if (!samePort && !m_http->listen(address, port)) {
        *error = m_http->errorString();
        m_http.reset();
        return false;
    }
    connect(m_http.get(), &HttpFront::webSocketConnected, this, &VotingServer::acceptPhone);
    m_heartbeat.start();
    if (!saveState()) {
        *error = tr("cannot write %1").arg(m_statePath);
        stop();
        return false;
    }
    return true;
}

void VotingServer::stop()
{
    m_heartbeat.stop();
    const auto phones = m_phones;
    for (const auto& [socket, phone] : phones) {
        // Told the session has ended, a phone's page stops reconnecting and says so (vote.js);
        // a program that was killed says nothing, and its phones come back when it resumes.
        socket->sendTextMessage(QString::fromUtf8(toMessage({{QStringLiteral("type"), QStringLiteral("refused")},
                                                             {QStringLiteral("reason"), QStringLiteral("ended")}})));
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        socket->deleteLater();
    }
    m_phones.clear();
    if (m_http) {
        m_http->close();
        m_http.reset();
        if (!m_statePath.isEmpty()) {
            QFile::remove(m_statePath);
        }
    }
}

bool VotingServer::isRunning() const
{
    return m_http && m_http->isListening();
}

QHostAddress VotingServer::address() const
{
    return m_http ? m_http->address() : QHostAddress();
}

quint16 VotingServer::port() const
{
    return m_http ? m_http->port() : 0;
}

QUrl VotingServer::joinUrl() const
{
    if (!m_http) {
        return {};
    }
    QUrl url(QStringLiteral("http://%1/").arg(m_http->hostPort()));
    url.setQuery(QStringLiteral("code=%1").arg(m_code));
    return url;
}

void VotingServer::followRoom(const RoomRound* room)
{
    m_follower.follow(room);
}

void VotingServer::syncWithRoom()
{
    if (const RoomRound* room = m_follower.room()) {
        syncWithRoom(snapshotOf(*room));
    }
}

void VotingServer::syncWithRoom(const RoomSnapshot& room)
{
    m_anonymous = room.anonymousReveal;
    m_secondsLeft = room.secondsLeft;
    const std::optional<AgendaItem>& item = room.item;
    if (!item || !m_round.bank.findQuestion(item->questionId)) {
        closeQuestion();
        return;
    }
    const bool same =
        m_phase != Phase::Closed && item->initiativeId == m_initiativeId && item->questionId == m_questionId;
    if (!same || (!room.revealed && m_phase == Phase::Revealed)) {
        m_initiativeId = item->initiativeId;
        m_questionId = item->questionId;
        m_position = room.position;
        m_count = room.count;
        m_phase = Phase::Collecting;
        reloadAnswers();
    }
    if (room.revealed && m_phase != Phase::Revealed) {
        m_phase = Phase::Revealed;
        reloadAnswers(); // the reveal shows the file, keyboard answers included
    }
    broadcastState();
}

void VotingServer::openQuestion(std::int64_t initiativeId, const std::string& questionId, int position, int count)
{
    m_initiativeId = initiativeId;
    m_questionId = questionId;
    m_position = position;
    m_count = count;
    m_phase = m_round.bank.findQuestion(questionId) ? Phase::Collecting : Phase::Closed;
    reloadAnswers();
    broadcastState();
}

void VotingServer::reveal()
{
    if (m_phase != Phase::Collecting) {
        return;
    }
    m_phase = Phase::Revealed;
    reloadAnswers(); // the reveal shows the file, keyboard answers included
    broadcastState();
}

void VotingServer::closeQuestion()
{
    m_phase = Phase::Closed;
    m_questionId.clear();
    m_answers.clear();
    broadcastState();
}

void VotingServer::setSecondsLeft(int seconds)
{
    m_secondsLeft = seconds;
    broadcastState();
}

void VotingServer::setAnonymousReveal(bool anonymous)
{
    m_anonymous = anonymous;
    if (m_phase == Phase::Revealed) {
        broadcastState();
    }
}

void VotingServer::reloadAnswers()
{
    m_answers.clear();
    if (m_phase == Phase::Closed) {
        return;
    }
    RoundData round;
    round.round = m_round.round;
    if (const storage::Status loaded = m_store.loadAnswers(round); !loaded) {
        emit storageFailed(loaded.error());
        return;
    }
    for (AnswerRecord& record : round.answers) {
        if (record.initiativeId == m_initiativeId && record.questionId == m_questionId) {
            m_answers[record.respondentId] = std::move(record);
        }
    }
}

const Respondent* VotingServer::respondent(std::int64_t respondentId) const
{
    for (const Respondent& r : m_round.respondents) {
        if (r.id == respondentId) {
            return &r;
        }
    }
    return nullptr;
}

QByteArray VotingServer::stateMessage(const Participant& participant) const
{
    RoomState state;
    state.phase = m_phase == Phase::Collecting ? "collecting" : m_phase == Phase::Revealed ? "revealed" : "closed";
    state.position = m_position;
    state.count = m_count;
    state.secondsLeft = m_secondsLeft;
    state.initiativeName = m_initiativeNames.count(m_initiativeId) ? m_initiativeNames.at(m_initiativeId) : QString();
    if (m_phase != Phase::Closed) {
        state.question = m_round.bank.findQuestion(m_questionId);
        state.friction = m_round.bank.frictionOfQuestion(m_questionId);
        state.scale = &m_round.bank.scale;
        if (const auto mine = m_answers.find(participant.respondentId); mine != m_answers.end()) {
            state.mine = mine->second.answer;
        }
    }
    if (m_phase == Phase::Revealed) {
        state.reveal = RevealSource{&m_round.respondents, &m_answers, m_anonymous};
    }
    return roomStateMessage(state);
}

void VotingServer::sendState(QWebSocket* socket, const Participant& participant)
{
    socket->sendTextMessage(QString::fromUtf8(stateMessage(participant)));
}

void VotingServer::broadcastState()
{
    for (const auto& [socket, phone] : m_phones) {
        if (phone.tokenHash.isEmpty()) {
            continue;
        }
        const Participant* participant = m_participants.findByHash(phone.tokenHash);
        if (participant && participant->respondentId != 0) {
            sendState(socket, *participant);
        }
    }
}

std::vector<VotingServer::WaitingPhone> VotingServer::waiting() const
{
    std::vector<WaitingPhone> result;
    for (const Participant* participant : m_participants.waiting()) {
        result.push_back({QString::fromLatin1(participant->tokenHash.toHex()), participant->name});
    }
    return result;
}

QString VotingServer::admit(const QString& key, std::int64_t respondentId)
{
    Participant* participant = m_participants.findByHash(QByteArray::fromHex(key.toLatin1()));
    if (!participant || participant->respondentId != 0) {
        return tr("that phone is no longer waiting");
    }
    if (respondentId != 0) {
        const Respondent* existing = respondent(respondentId);
        if (!existing) {
            return tr("no respondent %1 in this round").arg(respondentId);
        }
        if (m_participants.findRespondent(respondentId)) {
            return tr("%1 already answers from another phone").arg(QString::fromStdString(existing->name));
        }
        participant->name = QString::fromStdString(existing->name);
    } else {
        Respondent added{0, m_round.round.id, participant->name.toStdString(), {}};
        const storage::Result<std::int64_t> id = m_store.addRespondent(added);
        if (!id) {
            emit storageFailed(id.error());
            return QString::fromStdString(id.error().detail);
        }
        added.id = *id;
        m_round.respondents.push_back(added);
        respondentId = *id;
    }
    participant->respondentId = respondentId;
    const QByteArray hash = participant->tokenHash;
    saveState();
    for (QWebSocket* socket : socketsFor(hash)) {
        sendWelcome(socket, *participant, {});
    }
    emit waitingChanged();
    emit joined(respondentId, participant->name);
    emit membersChanged();
    return {};
}

void VotingServer::refuse(const QString& key)
{
    const QByteArray hash = QByteArray::fromHex(key.toLatin1());
    const Participant* participant = m_participants.findByHash(hash);
    if (!participant || participant->respondentId != 0) {
        return;
    }
    for (QWebSocket* socket : socketsFor(hash)) {
        drop(socket, QStringLiteral("refused"));
    }
    m_participants.remove(hash);
    saveState();
    emit waitingChanged();
}

void VotingServer::release(std::int64_t respondentId)
{
    const Participant* participant = m_participants.findRespondent(respondentId);
    if (!participant) {
        return;
    }
    const QByteArray hash = participant->tokenHash;
    for (QWebSocket* socket : socketsFor(hash)) {
        drop(socket, QStringLiteral("released"));
    }
    m_participants.remove(hash);
    saveState();
    emit membersChanged();
}

std::vector<VotingServer::Member> VotingServer::members() const
{
    std::vector<Member> result;
    for (const Participant& participant : m_participants.all()) {
        if (participant.respondentId != 0) {
            result.push_back({participant.respondentId, participant.name, socketsOf(participant.tokenHash) > 0});
        }
    }
    return result;
}

bool VotingServer::saveState() const
{
    if (m_statePath.isEmpty()) {
        return true;
    }
    QJsonObject state = m_participants.toJson();
    state.insert(QStringLiteral("format"), kStateFormat);
    state.insert(QStringLiteral("round"), static_cast<double>(m_round.round.id));
    state.insert(QStringLiteral("code"), m_code);
    state.insert(QStringLiteral("port"), m_http ? static_cast<int>(m_http->port()) : 0);
    return text::saveAtomically(m_statePath, QJsonDocument(state).toJson()).isEmpty();
}

bool VotingServer::loadState(std::int64_t roundId)
{
    if (m_statePath.isEmpty()) {
        return false;
    }
    QFile file(m_statePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QJsonObject state = QJsonDocument::fromJson(file.read(1 << 20)).object();
    const QString code = normalizeJoinCode(state.value(QStringLiteral("code")).toString());
    auto table = ParticipantTable::fromJson(state);
    if (state.value(QStringLiteral("format")).toString() != kStateFormat ||
        state.value(QStringLiteral("round")).toDouble() != static_cast<double>(roundId) ||
        code.size() != kJoinCodeLength || !table) {
        return false;
    }
    // Phones of respondents removed since are forgotten.
    for (const Participant& participant : std::vector<Participant>(table->all())) {
        if (participant.respondentId != 0 && !respondent(participant.respondentId)) {
            table->remove(participant.tokenHash);
        }
    }
    m_code = code;
    m_participants = std::move(*table);
    const int port = state.value(QStringLiteral("port")).toInt();
    m_resumedPort = port > 0 && port <= 65535 ? static_cast<quint16>(port) : 0;
    return true;
}

} // namespace lastmile::session
