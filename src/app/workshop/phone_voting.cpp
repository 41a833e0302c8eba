// SPDX-License-Identifier: Apache-2.0
#include "phone_voting.h"

#include "app/assessment_document.h"
#include "modules/voting_module.h"
#include "room_controller.h"
#include "session/join_code.h"
#include "storage_text/storage_messages.h"
#include "text/messages.h"

namespace lastmile::app {

namespace {

constexpr int kAddressCheckMs = 3000;

} // namespace

PhoneVoting::PhoneVoting(RoomController& controller, QObject* parent)
    : QObject(parent), m_controller(controller), m_addresses(&modules::hostAddresses)
{
    m_addressCheck.setInterval(kAddressCheckMs);
    connect(&m_addressCheck, &QTimer::timeout, this, &PhoneVoting::checkAddress);
    connect(&m_controller, &RoomController::changed, this, &PhoneVoting::followController);
}

PhoneVoting::~PhoneVoting()
{
    stop();
}

QString PhoneVoting::journalPath(const QString& documentPath)
{
    return documentPath + QStringLiteral(".session");
}

bool PhoneVoting::start(const QString& address, quint16 port, QString* error)
{
    stop();
    AssessmentDocument* document = m_controller.document();
    if (!document || document->isReadOnly()) {
        *error = tr("Phone voting needs a file open for editing; this one is open read-only.");
        return false;
    }
    if (!document->round(m_controller.roundId())) {
        *error = tr("Phone voting needs a round: add one on the Engagement page first.");
        return false;
    }
    QString reason;
    std::unique_ptr<modules::PhoneVotingServer> server = modules::PhoneVotingServer::create(document->file(), &reason);
    if (!server) {
        *error = tr("Phone voting cannot start: %1").arg(reason);
        return false;
    }
    if (!server->start(m_controller.roundId(), address, port, journalPath(document->path()), &reason)) {
        *error = tr("Phone voting could not start on %1, port %2: %3")
                     .arg(address, port == 0 ? tr("any") : QString::number(port), reason);
        return false;
    }
    m_server = std::move(server);
    m_document = document;
    m_roundId = m_controller.roundId();
    m_addressAvailable = true;
    modules::PhoneVotingServer* running = m_server.get();
    connect(running, &modules::PhoneVotingServer::waitingChanged, this, &PhoneVoting::rosterChanged);
    connect(running, &modules::PhoneVotingServer::membersChanged, this, &PhoneVoting::rosterChanged);
    connect(running, &modules::PhoneVotingServer::joined, this, &PhoneVoting::rosterChanged);
    connect(running, &modules::PhoneVotingServer::storageFailed, this, [this](const storage::StorageError& failure) {
        const QString path = m_document ? m_document->path() : QString();
        emit problem(tr("A vote from a phone could not be saved; the phone will send it again. %1")
                         .arg(text::fileMessage(path, text::StorageMessages::storageError(failure))));
    });
    connect(document, &QObject::destroyed, this, &PhoneVoting::stop);
    running->followRoom(&m_controller.room());
    m_addressCheck.start();
    emit runningChanged(true);
    emit rosterChanged();
    return true;
}

void PhoneVoting::stop()
{
    if (!m_server) {
        return;
    }
    m_addressCheck.stop();
    std::unique_ptr<modules::PhoneVotingServer> stopping = std::move(m_server);
    stopping->followRoom(nullptr);
    stopping->stop();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = nullptr;
    m_roundId = 0;
    emit runningChanged(false);
    emit rosterChanged();
}

bool PhoneVoting::isRunning() const
{
    return m_server && m_server->isRunning();
}

QUrl PhoneVoting::joinUrl() const
{
    return m_server ? m_server->joinUrl() : QUrl();
}

QString PhoneVoting::address() const
{
    const QUrl url = joinUrl();
    return url.isEmpty() ? QString() : url.toString(QUrl::RemoveQuery | QUrl::RemovePath);
}

QString PhoneVoting::code() const
{
    return m_server ? session::groupedJoinCode(m_server->code()) : QString();
}

void PhoneVoting::followController()
{
    if (!m_server) {
        return;
    }
    if (m_controller.document() != m_document) {
        stop(); // the document closed: the session ends with it
    } else if (m_controller.roundId() != m_roundId) {
        stop();
        emit problem(tr("Phone voting stopped: the questionnaire moved to another round. Start it again for "
                        "this round."));
    }
}

void PhoneVoting::setAddressSource(std::function<QStringList()> source)
{
    m_addresses = std::move(source);
    checkAddress();
}

void PhoneVoting::checkAddress()
{
    if (!m_server) {
        return;
    }
    const bool available = m_addresses().contains(m_server->address());
    if (available != m_addressAvailable) {
        m_addressAvailable = available;
        emit addressAvailableChanged(available);
    }
}

} // namespace lastmile::app
