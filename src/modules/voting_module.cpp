// SPDX-License-Identifier: Apache-2.0
#include "voting_module.h"

#include "module_loader.h"

namespace lastmile::modules {

const VotingModule* votingModule(QString* error)
{
    return load<VotingModule>(QStringLiteral("voting"), error);
}

std::vector<NetworkAddress> roomAddresses()
{
    const VotingModule* module = votingModule(nullptr);
    return module ? module->roomAddresses() : std::vector<NetworkAddress>{};
}

QStringList hostAddresses()
{
    const VotingModule* module = votingModule(nullptr);
    return module ? module->hostAddresses() : QStringList{};
}

std::optional<render::QrCode> encodeQr(const QByteArray& text)
{
    const VotingModule* module = votingModule(nullptr);
    return module ? module->encodeQr(text) : std::nullopt;
}

class PhoneVotingServer::Relay final : public VotingListener
{
public:
    explicit Relay(PhoneVotingServer& owner) : m_owner(owner) {}

    void joined(std::int64_t respondentId, const QString& name) override { emit m_owner.joined(respondentId, name); }
    void waitingChanged() override { emit m_owner.waitingChanged(); }
    void membersChanged() override { emit m_owner.membersChanged(); }
    void voted(std::int64_t respondentId, const QString& questionId, const QString& answer, std::int64_t seq) override
    {
        emit m_owner.voted(respondentId, questionId, answer, seq);
    }
    void refused(const QString& address, const QString& reason) override { emit m_owner.refused(address, reason); }
    void storageFailed(const storage::StorageError& error) override { emit m_owner.storageFailed(error); }

private:
    PhoneVotingServer& m_owner;
};

std::unique_ptr<PhoneVotingServer> PhoneVotingServer::create(storage::AssessmentFile& file, QString* error)
{
    const VotingModule* module = votingModule(error);
    if (!module) {
        return nullptr;
    }
    return std::unique_ptr<PhoneVotingServer>(new PhoneVotingServer(file, *module));
}

PhoneVotingServer::PhoneVotingServer(storage::AssessmentFile& file, const VotingModule& module)
    : m_store(file), m_relay(std::make_unique<Relay>(*this)), m_server(module.createServer(m_store, *m_relay))
{
    connect(&m_room, &session::RoomFollower::changed, this,
            [this](const session::RoomSnapshot& room) { m_server->syncWithRoom(room); });
}

PhoneVotingServer::~PhoneVotingServer()
{
    m_room.follow(nullptr);
    m_server.reset(); // stops it, while the store and the relay it uses are still here
}

bool PhoneVotingServer::start(std::int64_t roundId, const QString& address, quint16 port, const QString& statePath,
                              QString* error)
{
    return m_server->start(roundId, address, port, statePath, error);
}

void PhoneVotingServer::stop()
{
    m_server->stop();
}

void PhoneVotingServer::followRoom(const session::RoomRound* room)
{
    m_room.follow(room);
}

} // namespace lastmile::modules
