// SPDX-License-Identifier: Apache-2.0
// lastmile-voting.so: phone voting's server, the computer's addresses and QR codes as a Qt plugin
// (voting_module.h).
#include "render/qr_encode.h"
#include "session/voting_server.h"
#include "voting_module.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QObject>

namespace lastmile::modules {

namespace {

// session::VotingServer behind the module's interface, its signals told to the listener.
class ServerInModule final : public VotingServerModule
{
public:
    ServerInModule(session::VotingStore& store, VotingListener& listener) : m_server(store)
    {
        using session::VotingServer;
        QObject::connect(&m_server, &VotingServer::joined, &m_server,
                         [&listener](std::int64_t id, const QString& name) { listener.joined(id, name); });
        QObject::connect(&m_server, &VotingServer::waitingChanged, &m_server,
                         [&listener] { listener.waitingChanged(); });
        QObject::connect(&m_server, &VotingServer::membersChanged, &m_server,
                         [&listener] { listener.membersChanged(); });
        QObject::connect(&m_server, &VotingServer::voted, &m_server,
                         [&listener](std::int64_t id, const QString& question, const QString& answer,
                                     std::int64_t seq) { listener.voted(id, question, answer, seq); });
        QObject::connect(
            &m_server, &VotingServer::refused, &m_server,
            [&listener](const QString& address, const QString& reason) { listener.refused(address, reason); });
        QObject::connect(&m_server, &VotingServer::storageFailed, &m_server,
                         [&listener](const storage::StorageError& error) { listener.storageFailed(error); });
    }

    bool start(std::int64_t roundId, const QString& address, quint16 port, const QString& statePath,
               QString* error) override
    {
        const QHostAddress host(address);
        if (host.isNull()) {
            *error = QCoreApplication::translate("Modules", "“%1” is not a network address").arg(address);
            return false;
        }
        return m_server.start(roundId, host, port, statePath, error);
    }
    void stop() override { m_server.stop(); }
    bool isRunning() const override { return m_server.isRunning(); }
    bool resumed() const override { return m_server.resumed(); }
    QString code() const override { return m_server.code(); }
    QUrl joinUrl() const override { return m_server.joinUrl(); }
    QString address() const override { return m_server.isRunning() ? m_server.address().toString() : QString(); }
    quint16 port() const override { return m_server.port(); }
    void syncWithRoom(const session::RoomSnapshot& room) override { m_server.syncWithRoom(room); }
    std::vector<session::WaitingPhone> waiting() const override { return m_server.waiting(); }
    QString admit(const QString& key, std::int64_t respondentId) override { return m_server.admit(key, respondentId); }
    void refuse(const QString& key) override { m_server.refuse(key); }
    void release(std::int64_t respondentId) override { m_server.release(respondentId); }
    std::vector<session::PhoneMember> members() const override { return m_server.members(); }

private:
    session::VotingServer m_server;
};

} // namespace

class VotingPlugin : public QObject, public VotingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.lastmile.Lastmile.VotingModule/1")
    Q_INTERFACES(lastmile::modules::VotingModule)

public:
    std::unique_ptr<VotingServerModule> createServer(session::VotingStore& store,
                                                     VotingListener& listener) const override
    {
        return std::make_unique<ServerInModule>(store, listener);
    }

    std::vector<NetworkAddress> roomAddresses() const override
    {
        std::vector<NetworkAddress> found;
        for (const QNetworkInterface& interface : QNetworkInterface::allInterfaces()) {
            const auto flags = interface.flags();
            if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning) ||
                flags.testFlag(QNetworkInterface::IsLoopBack)) {
                continue;
            }
            for (const QNetworkAddressEntry& entry : interface.addressEntries()) {
                const QHostAddress ip = entry.ip();
                if (ip.protocol() == QAbstractSocket::IPv4Protocol && !ip.isLoopback()) {
                    found.push_back({ip.toString(), interface.humanReadableName()});
                }
            }
        }
        return found;
    }

    QStringList hostAddresses() const override
    {
        QStringList all;
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            all.append(address.toString());
        }
        return all;
    }

    std::optional<render::QrCode> encodeQr(const QByteArray& text) const override { return render::encodeQr(text); }
};

} // namespace lastmile::modules

#include "voting_plugin.moc"
