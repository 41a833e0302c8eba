// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/voting_server.h"
#include "storage/assessment_file.h"
#include "support/temp_dir.h"

#include <QByteArray>
#include <QUrl>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace lastmile::test {

// A .lastmile file with one initiative and one round of `respondents` respondents (ids 1..N,
// "Respondent 1"…) on the shipped bank, open for writing, and a voting server on loopback
// that lets this one address open `maxConnectionsPerAddress` connections.
struct SessionFixture
{
    explicit SessionFixture(int respondents = 4, int maxConnectionsPerAddress = 30);
    ~SessionFixture();

    // The first `count` question ids of the round's bank.
    std::vector<std::string> questions(std::size_t count) const;
    QUrl serverUrl() const; // http://127.0.0.1:PORT

    TempDir dir;
    std::string path;
    std::unique_ptr<storage::AssessmentFile> file;
    std::unique_ptr<session::VotingServer> server;
};

// Runs the event loop until `done` is true or `timeoutMs` passed; returns `done()`.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000);

// One raw HTTP exchange with the server: `request` as written, the whole answer as read until
// the server closes.
QByteArray httpExchange(const QUrl& server, const QByteArray& request);

// Every answer of round 1, initiative 1, read with a fresh connection as a tool that is not
// Lastmile would: (respondent id, question id) -> "0".."4", "dk" or "na". `rows` counts the rows.
std::map<std::pair<std::int64_t, std::string>, std::string> storedAnswers(const std::string& path, int* rows = nullptr);

} // namespace lastmile::test
