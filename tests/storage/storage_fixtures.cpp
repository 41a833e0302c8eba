// SPDX-License-Identifier: Apache-2.0
#include "storage_fixtures.h"

#include "core/bank_loader.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <stdexcept>

namespace lastmile::test {

Assessment smallAssessment(int initiatives, int respondents)
{
    Assessment assessment;
    assessment.organization = {"Acme <b>Logistics</b>", "Logistics", "Notes, with \"quotes\""};
    for (int i = 1; i <= initiatives; ++i) {
        assessment.initiatives.push_back({i, "Initiative " + std::to_string(i), "Operations",
                                          "Owner " + std::to_string(i), Stage::Pilot, "Fewer errors", false});
    }
    RoundData round;
    round.round = {1, "2026-Q1 workshop", "2026-02-12"};
    round.bank = coreBank();
    for (int r = 1; r <= respondents; ++r) {
        round.respondents.push_back({r, 1, "Respondent " + std::to_string(r), "Role"});
    }
    const Friction& first = round.bank.frictions.front();
    round.answers.push_back({1, first.questions[0].id, 1, Answer::atLevel(1), "a note", "evidence"});
    round.answers.push_back({1, first.questions[1].id, 1, Answer::dontKnow(), "", ""});
    round.answers.push_back({1, first.questions[2].id, 1, Answer::notApplicable("no plant network"), "", ""});
    if (respondents > 1) {
        round.answers.push_back({1, first.questions[0].id, 2, Answer::atLevel(3), "=1+1", ""});
    }
    round.consensus.push_back({1, first.questions[3].id, Answer::atLevel(2), "agreed in the room"});
    assessment.rounds.push_back(std::move(round));
    assessment.actions.push_back(
        {1, 1, first.id, "Cap the number of pilots", "COO", "2026-06-30", ActionStatus::InProgress, "note", ""});
    assessment.targets.push_back({1, first.id, 25.0});
    assessment.branding = {"Advisory & Co", "#1F6FB2", "Confidential", "letter", "image/png", {0x89, 'P', 'N', 'G'}};
    return assessment;
}

std::vector<std::string> tableRows(const std::string& path, const std::string& table)
{
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    SQLite::Statement query(db, "SELECT * FROM " + table);
    std::vector<std::string> rows;
    while (query.executeStep()) {
        std::string row;
        for (int i = 0; i < query.getColumnCount(); ++i) {
            const SQLite::Column column = query.getColumn(i);
            row += column.isNull() ? "NULL" : column.getString();
            row += '|';
        }
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void rawExec(const std::string& path, const std::string& sql)
{
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec(sql);
}

} // namespace lastmile::test
