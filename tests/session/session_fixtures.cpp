// SPDX-License-Identifier: Apache-2.0
#include "session_fixtures.h"

#include "../storage/storage_fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <stdexcept>

namespace lastmile::test {

SessionFixture::SessionFixture(int respondents, int maxConnectionsPerAddress) : path(dir.file("room.lastmile"))
{
    Assessment assessment = smallAssessment(1, respondents);
    assessment.rounds.front().answers.clear();
    assessment.rounds.front().consensus.clear();
    auto created = storage::AssessmentFile::create(path, assessment);
    if (!created) {
        throw std::runtime_error("cannot create " + path + ": " + created.error().detail);
    }
    file = std::move(*created);
    server = std::make_unique<session::VotingServer>(*file);
    server->setMaxConnectionsPerAddress(maxConnectionsPerAddress);
    QString error;
    if (!server->start(1, QHostAddress::LocalHost, 0, QString::fromStdString(dir.file("room.session")), &error)) {
        throw std::runtime_error("cannot start the server: " + error.toStdString());
    }
}

SessionFixture::~SessionFixture()
{
    server.reset();
    file.reset();
}

std::vector<std::string> SessionFixture::questions(std::size_t count) const
{
    std::vector<std::string> ids;
    for (const Friction& friction : coreBank().frictions) {
        for (const Question& question : friction.questions) {
            if (ids.size() < count) {
                ids.push_back(question.id);
            }
        }
    }
    return ids;
}

QUrl SessionFixture::serverUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port()));
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QByteArray httpExchange(const QUrl& server, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(server.host(), static_cast<quint16>(server.port()));
    if (!socket.waitForConnected(3000)) {
        return {};
    }
    socket.write(request);
    QByteArray answer;
    waitUntil([&] {
        answer += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    });
    return answer + socket.readAll();
}

std::map<std::pair<std::int64_t, std::string>, std::string> storedAnswers(const std::string& path, int* rows)
{
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    SQLite::Statement query(db, "SELECT respondent_id, question_id, kind, level FROM answer "
                                "WHERE round_id = 1 AND initiative_id = 1");
    std::map<std::pair<std::int64_t, std::string>, std::string> answers;
    int count = 0;
    while (query.executeStep()) {
        const std::string kind = query.getColumn(2).getString();
        answers[{query.getColumn(0).getInt64(), query.getColumn(1).getString()}] =
            kind == "level" ? std::to_string(query.getColumn(3).getInt()) : kind;
        ++count;
    }
    if (rows) {
        *rows = count;
    }
    return answers;
}

} // namespace lastmile::test
