// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <cstdint>
#include <functional>
#include <memory>

namespace lastmile::modules {
class PhoneVotingServer;
}

namespace lastmile::app {

class AssessmentDocument;
class RoomController;

// Phone voting in the app (docs/workshop-phones.md): the session's voting server, in the voting
// module (src/modules/voting_module.h, loaded on the first start), on the open document's file, following the room of
// `controller` (its round, open question and reveal). Votes are written through the document's own file, which the
// document follows, so the facilitator's answered count, answers and heat row move as the phones vote. The server runs
// only between start() and stop(); it stops by itself when the document closes or the room
// moves to another round. `FILE.session` beside the file keeps the join code and the phones'
// tokens while it runs, so that a session started again after a crash resumes with them.
class PhoneVoting : public QObject
{
    Q_OBJECT

public:
    explicit PhoneVoting(RoomController& controller, QObject* parent = nullptr);
    ~PhoneVoting() override;

    // Starts serving the controller's round on `address` ("192.168.1.20"):`port` (0: any free
    // port). False with a sentence in `error` when there is no writable document or round, the
    // voting module cannot be loaded (the sentence names its file), or the address cannot be
    // listened on (the port is in use, the address is not this computer's); nothing runs then.
    bool start(const QString& address, quint16 port, QString* error);
    // Closes every phone and stops listening; removes FILE.session. Nothing when not running.
    void stop();
    bool isRunning() const;
    // The server while running, else null: its roster, admitting names.
    modules::PhoneVotingServer* server() const { return m_server.get(); }

    // http://HOST:PORT/?code=CODE, the address the QR code holds; empty when not running.
    QUrl joinUrl() const;
    // The join address without the code, for reading out: "http://192.168.1.20:41367".
    QString address() const;
    // The join code grouped for reading: "7KQ3-XW9M-HRT"; empty when not running.
    QString code() const;
    // False while the chosen address is no longer one of this computer's (the Wi-Fi dropped).
    bool addressAvailable() const { return m_addressAvailable; }

    // Where this computer's addresses come from (as text): modules::hostAddresses() unless a
    // test sets another source. Checked every 3 s while running, and at once when set.
    void setAddressSource(std::function<QStringList()> source);

    // FILE.session for the document at `documentPath`.
    static QString journalPath(const QString& documentPath);

signals:
    void runningChanged(bool running);
    // A phone joined, waits, was admitted or refused, connected or went away.
    void rosterChanged();
    void addressAvailableChanged(bool available);
    // Something the facilitator must know while voting runs or when it stopped by itself: a
    // vote the file refused, the round changed. A full sentence.
    void problem(const QString& message);

private:
    void followController();
    void checkAddress();

    RoomController& m_controller;
    std::unique_ptr<modules::PhoneVotingServer> m_server;
    QPointer<AssessmentDocument> m_document;
    std::int64_t m_roundId = 0;
    QTimer m_addressCheck;
    bool m_addressAvailable = true;
    std::function<QStringList()> m_addresses;
};

} // namespace lastmile::app
