// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "render/qr_code.h"
#include "session/participants.h"
#include "session/room_follower.h"
#include "session/voting_store.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtPlugin>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace lastmile::storage {
class AssessmentFile;
}

namespace lastmile::session {
class RoomRound;
}

namespace lastmile::modules {

// One of this computer's addresses on a network the room's phones may share.
struct NetworkAddress
{
    QString address;       // IPv4, as text: "192.168.1.20"
    QString interfaceName; // the interface as the system names it for people: "wlp2s0"
};

// What a running voting server tells the app, on the thread it runs on (session::VotingServer's
// signals of the same names).
class VotingListener
{
public:
    virtual ~VotingListener() = default;
    virtual void joined(std::int64_t respondentId, const QString& name) = 0;
    virtual void waitingChanged() = 0;
    virtual void membersChanged() = 0;
    virtual void voted(std::int64_t respondentId, const QString& questionId, const QString& answer,
                       std::int64_t seq) = 0;
    virtual void refused(const QString& address, const QString& reason) = 0;
    virtual void storageFailed(const storage::StorageError& error) = 0;
};

// One workshop session's voting server inside the module (session::VotingServer, whose calls of
// the same names say what each does). Addresses are text ("127.0.0.1").
class VotingServerModule
{
public:
    virtual ~VotingServerModule() = default;
    virtual bool start(std::int64_t roundId, const QString& address, quint16 port, const QString& statePath,
                       QString* error) = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    virtual bool resumed() const = 0;
    virtual QString code() const = 0;
    virtual QUrl joinUrl() const = 0;
    virtual QString address() const = 0; // empty when not running
    virtual quint16 port() const = 0;
    virtual void syncWithRoom(const session::RoomSnapshot& room) = 0;
    virtual std::vector<session::WaitingPhone> waiting() const = 0;
    virtual QString admit(const QString& key, std::int64_t respondentId) = 0;
    virtual void refuse(const QString& key) = 0;
    virtual void release(std::int64_t respondentId) = 0;
    virtual std::vector<session::PhoneMember> members() const = 0;
};

// The voting module (lastmile-voting.so): phone voting's server (QtNetwork, QtWebSockets), the
// computer's network addresses, and QR codes (libqrencode).
class VotingModule
{
public:
    virtual ~VotingModule() = default;
    // A server, not yet started, reading and writing through `store` and telling `listener`;
    // both must outlive it. Made and used on the thread whose file `store` writes.
    virtual std::unique_ptr<VotingServerModule> createServer(session::VotingStore& store,
                                                             VotingListener& listener) const = 0;
    // This computer's IPv4 addresses on interfaces that are up, running and not loopback, in
    // the system's order.
    virtual std::vector<NetworkAddress> roomAddresses() const = 0;
    // Every address of this computer, of every interface, loopback and IPv6 included, as text.
    virtual QStringList hostAddresses() const = 0;
    // render::encodeQr (qr_encode.h).
    virtual std::optional<render::QrCode> encodeQr(const QByteArray& text) const = 0;
};

// The voting module, loaded on the first call; null with the reason (module_loader.h, naming the
// module's file) in `error` when it cannot be loaded.
const VotingModule* votingModule(QString* error);

// The same through the module; when it cannot be loaded: no addresses, no code.
std::vector<NetworkAddress> roomAddresses();
QStringList hostAddresses();
std::optional<render::QrCode> encodeQr(const QByteArray& text);

// Phone voting's server for the app: the module's server on an AssessmentFile, with its
// events as signals, following a RoomRound of the app. Lives on the thread of the file.
class PhoneVotingServer : public QObject
{
    Q_OBJECT

public:
    // A server on `file` (which must outlive it), not started; null, with the reason naming the
    // module's file in `error`, when the voting module cannot be loaded.
    static std::unique_ptr<PhoneVotingServer> create(storage::AssessmentFile& file, QString* error);
    ~PhoneVotingServer() override;

    // session::VotingServer::start, on `address` ("192.168.1.20"; 0 for `port`: any free one).
    bool start(std::int64_t roundId, const QString& address, quint16 port, const QString& statePath, QString* error);
    // Closes every phone, stops listening and removes the state file.
    void stop();
    bool isRunning() const { return m_server->isRunning(); }
    bool resumed() const { return m_server->resumed(); }
    QString code() const { return m_server->code(); }
    // http://HOST:PORT/?code=CODE, the address the QR code holds.
    QUrl joinUrl() const { return m_server->joinUrl(); }
    QString address() const { return m_server->address(); }
    quint16 port() const { return m_server->port(); }

    // Follows `room` (null: no longer), which must outlive the server or be unfollowed first.
    void followRoom(const session::RoomRound* room);

    std::vector<session::WaitingPhone> waiting() const { return m_server->waiting(); }
    QString admit(const QString& key, std::int64_t respondentId) { return m_server->admit(key, respondentId); }
    void refuse(const QString& key) { m_server->refuse(key); }
    void release(std::int64_t respondentId) { m_server->release(respondentId); }
    std::vector<session::PhoneMember> members() const { return m_server->members(); }

signals:
    // session::VotingServer's signals, which say what each means, relayed from the module.
    void joined(std::int64_t respondentId, const QString& name);
    void waitingChanged();
    void membersChanged();
    void voted(std::int64_t respondentId, const QString& questionId, const QString& answer, std::int64_t seq);
    void refused(const QString& address, const QString& reason);
    void storageFailed(const lastmile::storage::StorageError& error);

private:
    class Relay;
    PhoneVotingServer(storage::AssessmentFile& file, const VotingModule& module);

    session::FileVotingStore m_store;
    std::unique_ptr<Relay> m_relay; // the module's events, emitted as this object's signals
    session::RoomFollower m_room;
    std::unique_ptr<VotingServerModule> m_server;
};

} // namespace lastmile::modules

Q_DECLARE_INTERFACE(lastmile::modules::VotingModule, "org.lastmile.Lastmile.VotingModule/1")
