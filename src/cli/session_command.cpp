// SPDX-License-Identifier: Apache-2.0
// lastmile-cli session: the voting server without the app, driven line by line on stdin.
#include "command.h"
#include "console.h"
#include "lookup.h"
#include "render/png_bytes.h"
#include "render/qr_encode.h"
#include "session/join_code.h"
#include "session/room_round.h"
#include "session/voting_server.h"
#include "storage_text/storage_messages.h"
#include "text/messages.h"
#include "text/save_file.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QSocketNotifier>
#include <set>
#include <unistd.h>

namespace lastmile::cli {

namespace {

class SessionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommand)

public:
    QString name() const override { return QStringLiteral("session"); }
    QString summary() const override { return tr("Run a workshop voting session for phones, driven from stdin."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file the votes are stored in."));
        const QCommandLineOption round(QStringLiteral("round"), tr("Round, by id or exact name."), QStringLiteral("R"));
        const QCommandLineOption initiative(QStringLiteral("initiative"), tr("Initiative, by id or exact name."),
                                            QStringLiteral("I"));
        const QCommandLineOption bind(QStringLiteral("bind"),
                                      tr("The address to listen on, such as this computer's address on the room's "
                                         "network (default 127.0.0.1, this computer only)."),
                                      QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
        const QCommandLineOption port(QStringLiteral("port"), tr("The port to listen on (default: any free port)."),
                                      QStringLiteral("N"), QStringLiteral("0"));
        const QCommandLineOption questions(QStringLiteral("questions"),
                                           tr("The questions of the session, in order, comma-separated (default: "
                                              "every question of the round's bank)."),
                                           QStringLiteral("ID,ID…"));
        const QCommandLineOption anonymous(QStringLiteral("anonymous"),
                                           tr("Reveal counts per answer without the names behind them."));
        const QCommandLineOption perAddress(QStringLiteral("per-address"),
                                            tr("Connections one network address may hold open (default 30); raise "
                                               "it when the phones reach this computer through one router address."),
                                            QStringLiteral("N"), QStringLiteral("30"));
        const QCommandLineOption qr(QStringLiteral("qr"),
                                    tr("Also write the join address as a QR code to this PNG file, for a "
                                       "projector or a printout."),
                                    QStringLiteral("PNG"));
        parser.addOptions({round, initiative, bind, port, questions, anonymous, perAddress, qr});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1) {
            return usageError(tr("expected one file"));
        }
        for (const QCommandLineOption* required : {&round, &initiative}) {
            if (!parser.isSet(*required)) {
                return usageError(tr("--%1 is required").arg(required->names().first()));
            }
        }
        const QHostAddress address(parser.value(bind));
        if (address.isNull()) {
            return usageError(tr("--bind takes an IP address, such as 192.168.1.20"));
        }
        bool portOk = false;
        const uint portNumber = parser.value(port).toUInt(&portOk);
        if (!portOk || portNumber > 65535) {
            return usageError(tr("--port takes a number from 0 to 65535"));
        }

        const int connections = parser.value(perAddress).toInt();
        if (connections < 1 || connections > 10000) {
            return usageError(tr("--per-address takes a number from 1 to 10000"));
        }

        const QString path = parser.positionalArguments().first();
        auto file = storage::AssessmentFile::open(toStd(path), storage::OpenMode::ReadWrite);
        if (!file) {
            return reportStorageError(file.error());
        }
        const auto assessment = (*file)->loadWithoutAnswers();
        if (!assessment) {
            return reportStorageError(assessment.error());
        }
        const RoundData* foundRound = nullptr;
        const Initiative* foundInitiative = nullptr;
        if (!findRoundAndInitiative(*assessment, path, parser.value(round), parser.value(initiative), foundRound,
                                    foundInitiative)) {
            return BadInput;
        }
        // The session's agenda: the questions given, in order, or every question of the bank.
        std::vector<std::string> questionIds;
        for (const QString& id : parser.value(questions).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!foundRound->bank.findQuestion(toStd(id.trimmed()))) {
                return reportFailure(path, tr("no question \"%1\" in the question bank of round \"%2\"")
                                               .arg(id.trimmed(), QString::fromStdString(foundRound->round.name)));
            }
            questionIds.push_back(toStd(id.trimmed()));
        }
        Agenda agenda{foundRound->round.id, {}, 0, parser.isSet(anonymous)};
        for (const std::string& id : questionIds) {
            agenda.items.push_back({foundInitiative->id, id, 0});
        }
        if (questionIds.empty()) {
            agenda.items = agendaItems(foundRound->bank, {foundInitiative->id}, {}, {}, 0);
        }
        m_room.setAgenda(agenda);
        m_initiativeId = foundInitiative->id;

        session::VotingServer server(**file);
        m_server = &server;
        server.setMaxConnectionsPerAddress(connections);
        QString error;
        if (!server.start(foundRound->round.id, address, static_cast<quint16>(portNumber),
                          path + QStringLiteral(".session"), &error)) {
            return reportFailure(path, tr("cannot start the session: %1").arg(error));
        }
        if (parser.isSet(qr)) {
            if (reportMissingFolder(parser.value(qr))) {
                return BadInput;
            }
            const QString written = writeQr(parser.value(qr), server.joinUrl().toString().toUtf8());
            if (!written.isEmpty()) {
                return reportFailure(parser.value(qr), written);
            }
        }
        printOut(QStringLiteral("url: %1").arg(server.joinUrl().toString()));
        printOut(QStringLiteral("code: %1").arg(session::groupedJoinCode(server.code())));
        if (server.resumed()) {
            printOut(QStringLiteral("resumed: %1").arg(server.members().size()));
        }
        followServer(server);

        QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(&input, &QSocketNotifier::activated, &input, [this, &input] { readInput(input); });
        QCoreApplication::exec();
        server.stop();
        return Success;
    }

private:
    // Writes the QR code of `text` to `path` (PNG, 10 pixels a module); an error text or empty.
    static QString writeQr(const QString& path, const QByteArray& text)
    {
        const auto code = render::encodeQr(text);
        if (!code) {
            return tr("the address does not fit in a QR code");
        }
        const std::optional<QByteArray> png = render::pngBytes(render::qrImage(*code, 10));
        if (!png) {
            return tr("the image could not be encoded");
        }
        return text::saveAtomically(path, *png);
    }

    void followServer(session::VotingServer& server)
    {
        QObject::connect(&server, &session::VotingServer::joined, &server, [](std::int64_t id, const QString& who) {
            printOut(QStringLiteral("join: %1 %2").arg(id).arg(who));
        });
        QObject::connect(&server, &session::VotingServer::waitingChanged, &server, [this] {
            for (const auto& phone : m_server->waiting()) {
                if (m_announced.insert(phone.key).second) {
                    printOut(QStringLiteral("waiting: %1 %2").arg(phone.key.left(12), phone.name));
                }
            }
        });
        QObject::connect(&server, &session::VotingServer::voted, &server,
                         [](std::int64_t id, const QString& question, const QString& answer, std::int64_t) {
                             printOut(QStringLiteral("vote: %1 %2 %3").arg(id).arg(question, answer));
                         });
        QObject::connect(&server, &session::VotingServer::refused, &server,
                         [](const QString& address, const QString& reason) {
                             printOut(QStringLiteral("refused: %1 %2").arg(address, reason));
                         });
        QObject::connect(&server, &session::VotingServer::storageFailed, &server,
                         [](const storage::StorageError& failure) {
                             printError(text::fileMessage(QString::fromStdString(failure.path),
                                                          text::StorageMessages::storageError(failure)));
                         });
    }

    void readInput(QSocketNotifier& input)
    {
        char chunk[4096];
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got <= 0) {
            input.setEnabled(false);
            if (!m_pending.isEmpty()) {
                execute(QString::fromUtf8(m_pending).trimmed());
            }
            QCoreApplication::quit(); // end of input
            return;
        }
        m_pending.append(chunk, got);
        qsizetype end = 0;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
            m_pending.remove(0, end + 1);
            if (!execute(line)) {
                input.setEnabled(false);
                QCoreApplication::quit();
                return;
            }
        }
    }

    // One facilitator command; false on quit.
    bool execute(const QString& line)
    {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            return true;
        }
        const QString verb = words.first();
        if (verb == QLatin1String("quit")) {
            return false;
        }
        if (verb == QLatin1String("open") && words.size() == 2) {
            const std::string question = toStd(words.at(1));
            if (!m_room.open(m_initiativeId, question)) {
                printError(tr("session: \"%1\" is not a question of this session").arg(words.at(1)));
                return true;
            }
            m_server->followRoom(&m_room); // after a close, the phones follow the room again
            printOut(QStringLiteral("open: %1 %2/%3").arg(words.at(1)).arg(m_room.position() + 1).arg(m_room.count()));
            return true;
        }
        if (verb == QLatin1String("reveal") && words.size() == 1) {
            if (m_server->phase() != session::VotingServer::Phase::Collecting) {
                printError(tr("session: no question is open"));
                return true;
            }
            m_room.reveal();
            printOut(QStringLiteral("reveal: %1").arg(QString::fromStdString(m_room.current()->questionId)));
            return true;
        }
        if (verb == QLatin1String("close") && words.size() == 1) {
            m_server->followRoom(nullptr);
            m_server->closeQuestion();
            printOut(QStringLiteral("close"));
            return true;
        }
        if ((verb == QLatin1String("admit") && (words.size() == 2 || words.size() == 3)) ||
            (verb == QLatin1String("refuse") && words.size() == 2)) {
            return admitOrRefuse(verb, words);
        }
        printError(tr("session: unknown command \"%1\" (open QUESTION, reveal, close, admit KEY [RESPONDENT], "
                      "refuse KEY, quit)")
                       .arg(line));
        return true;
    }

    bool admitOrRefuse(const QString& verb, const QStringList& words)
    {
        for (const auto& phone : m_server->waiting()) {
            if (!phone.key.startsWith(words.at(1))) {
                continue;
            }
            if (verb == QLatin1String("refuse")) {
                m_server->refuse(phone.key);
                return true;
            }
            const QString problem = m_server->admit(phone.key, words.size() == 3 ? words.at(2).toLongLong() : 0);
            if (!problem.isEmpty()) {
                printError(QStringLiteral("session: %1").arg(problem));
            }
            return true;
        }
        printError(tr("session: no phone waiting as \"%1\"").arg(words.at(1)));
        return true;
    }

    session::VotingServer* m_server = nullptr;
    session::RoomRound m_room; // followed by the server from the first "open" until a "close"
    std::int64_t m_initiativeId = 0;
    QByteArray m_pending;
    std::set<QString> m_announced;
};

} // namespace

std::unique_ptr<Command> makeSessionCommand()
{
    return std::make_unique<SessionCommand>();
}

} // namespace lastmile::cli
