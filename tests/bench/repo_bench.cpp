// SPDX-License-Identifier: Apache-2.0
// The repository on a real PostgreSQL server started for the run (docs/performance.md, "Team
// repository"). Each figure against its floor, measured in the same run on the same server:
//   push   the large workload added as a new engagement by a consultant (row-level security on)
//          against psql's \copy of the same rows into the same tables, one transaction;
//   pull   the engagement read whole, with each row's uuid, revision and digest (what `repo pull`
//          needs; the progress callback set, so the rows are counted first), against psql's \copy
//          of the same rows out (not writing the working copy file);
//   sync   a working copy of the large workload merged with no change, and with 100 changed
//          answers (merge in one transaction, progress callback set, without writing the file);
//   list   1,000 engagements listed by a consultant who is a member of all of them.
// Times are medians of RUNS runs (default 5). Prints JSON; never fails on a figure.
#include "core/bank_loader.h"
#include "repository/repository.h"
#include "samples/synthetic_assessment.h"
#include "support/pg_server.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <vector>

using namespace lastmile;
using Clock = std::chrono::steady_clock;

namespace {

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template <typename T> T need(repository::Result<T> result, const char* what)
{
    if (!result) {
        throw std::runtime_error(std::string(what) + ": " + result.error().detail);
    }
    return std::move(*result);
}

struct CopyTable
{
    const char* table;
    const char* columns;
};

// The data columns of each table; uuid and revision columns take their defaults, as in a push.
const std::vector<CopyTable>& copyTables()
{
    static const std::vector<CopyTable> tables = {
        {"initiative", "engagement_id, id, position, name, business_function, owner, stage, target_outcome, archived"},
        {"round", "engagement_id, id, position, name, held_on, bank_json"},
        {"respondent", "engagement_id, id, round_id, name, role"},
        {"answer",
         "engagement_id, round_id, initiative_id, question_id, respondent_id, kind, level, reason, note, evidence"},
        {"consensus", "engagement_id, round_id, initiative_id, question_id, kind, level, reason, note"},
        {"action", "engagement_id, id, position, initiative_id, friction_id, text, owner, due, status, note, "
                   "recommendation_id"},
        {"target", "engagement_id, initiative_id, friction_id, score"},
        {"branding", "engagement_id, firm_name, accent_colour, footer, page_size, logo_mime, logo"},
    };
    return tables;
}

// Runs psql on a script file; returns the wall time of the whole process in milliseconds.
double timedPsql(const test::PgServer& server, const std::string& database, const std::string& script)
{
    const std::string command =
        "psql -X -q -v ON_ERROR_STOP=1 -1 -d '" + server.uri(database) + "' -f '" + script + "' >/dev/null";
    const auto start = Clock::now();
    if (std::system(command.c_str()) != 0) {
        throw std::runtime_error("psql failed: " + command);
    }
    return millisecondsSince(start);
}

} // namespace

int main()
{
    const int runs = std::max(1, std::atoi(std::getenv("RUNS") ? std::getenv("RUNS") : "5"));
    const std::string binDir = test::findPgBinDir();
    if (binDir.empty()) {
        std::cerr << "repo_bench: PostgreSQL's server programs are not installed\n";
        return 77;
    }
    test::PgServer server(binDir);
    const std::string database = "bench";
    server.psql("postgres", "CREATE DATABASE bench");
    {
        auto admin = need(repository::Repository::connect(server.uri(database)), "connect");
        need(admin->initialize(), "init");
    }
    server.psql(database, "CREATE ROLE alice LOGIN; GRANT lastmile_consultant TO alice");
    auto alice = need(repository::Repository::connect(server.uri(database, "alice")), "connect as alice");

    const BankLoadResult bank = loadBankFile(LASTMILE_CORE_BANK);
    repository::EngagementContent large{makeSyntheticAssessment(*bank.bank, {100, 12, 4, 1}), {}};
    std::size_t answers = 0;
    for (const RoundData& round : large.assessment.rounds) {
        answers += round.answers.size();
    }

    // Pull and sync report their progress, as the app has them do (which makes them count the rows first).
    std::int64_t reports = 0;
    const repository::Progress counting = [&reports](std::int64_t, std::int64_t) { return ++reports > 0; };

    // Push, against \copy of the same rows into the same tables.
    std::vector<double> push;
    std::vector<double> copyIn;
    std::string engagement;
    const std::string folder = server.socketDir().string();
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        engagement = need(alice->addEngagement(large), "push");
        push.push_back(millisecondsSince(start));

        // The same rows as COPY files, for a second engagement; written before the clock starts.
        const std::string copyId = "00000000-0000-4000-8000-" + std::string(11, '0') + std::to_string(run + 1);
        std::ofstream out(folder + "/export.sql");
        std::ofstream in(folder + "/import.sql");
        in << "INSERT INTO lastmile.engagement (id, name) VALUES ('" << copyId << "', 'copy');\n";
        for (const CopyTable& table : copyTables()) {
            std::string columns = table.columns;
            const std::string rest = columns.substr(columns.find(',') + 1);
            const std::string file = folder + "/" + table.table + ".copy";
            out << "\\copy (SELECT '" << copyId << "'::uuid," << rest << " FROM lastmile." << table.table
                << " WHERE engagement_id = '" << engagement << "') TO '" << file << "'\n";
            in << "\\copy lastmile." << table.table << " (" << columns << ") FROM '" << file << "'\n";
        }
        out.close();
        in.close();
        timedPsql(server, database, folder + "/export.sql");
        copyIn.push_back(timedPsql(server, database, folder + "/import.sql"));
    }

    // Pull, against \copy of the same rows out.
    std::vector<double> pull;
    std::vector<double> copyOut;
    {
        std::ofstream out(folder + "/out.sql");
        for (const CopyTable& table : copyTables()) {
            out << "\\copy (SELECT " << table.columns << " FROM lastmile." << table.table << " WHERE engagement_id = '"
                << engagement << "') TO '/dev/null'\n";
        }
    }
    repository::PulledEngagement pulled;
    for (int run = 0; run < runs; ++run) {
        pulled = {}; // the previous run's engagement is freed before the clock starts
        auto start = Clock::now();
        pulled = need(alice->pull(engagement, counting), "pull");
        pull.push_back(millisecondsSince(start));
        copyOut.push_back(timedPsql(server, database, folder + "/out.sql"));
        std::cerr << "pull " << pull.back() << " ms, \\copy out " << copyOut.back() << " ms\n";
    }

    // Sync of the working copy: nothing changed, then 100 answers changed.
    std::vector<double> syncSame;
    std::vector<double> syncChanged;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        need(alice->sync(engagement, pulled.base, pulled.content, {}, counting), "sync");
        syncSame.push_back(millisecondsSince(start));
        std::cerr << "sync unchanged " << syncSame.back() << " ms\n";
    }
    for (int run = 0; run < runs; ++run) {
        repository::EngagementContent edited = pulled.content;
        for (std::size_t i = 0; i < 100; ++i) {
            edited.assessment.rounds[0].answers[i * 97].note = "run " + std::to_string(run);
        }
        auto start = Clock::now();
        const repository::SyncReport report = need(alice->sync(engagement, pulled.base, edited, {}, counting), "sync");
        syncChanged.push_back(millisecondsSince(start));
        std::cerr << "sync 100 changed " << syncChanged.back() << " ms\n";
        pulled = report.merged;
    }

    // 1,000 engagements, alice a member of each.
    server.psql(database, "INSERT INTO lastmile.engagement (id, name, created_by, rev_by) SELECT gen_random_uuid(), "
                          "'Client ' || n, 'alice', 'alice' FROM generate_series(1, 1000 - (SELECT count(*) FROM "
                          "lastmile.engagement)) n; INSERT INTO lastmile.engagement_member (engagement_id, member) "
                          "SELECT id, 'alice' FROM lastmile.engagement ON CONFLICT DO NOTHING; ANALYZE");
    std::vector<double> list;
    std::size_t listed = 0;
    for (int run = 0; run < std::max(runs, 10); ++run) {
        auto start = Clock::now();
        listed = need(alice->list(), "list").size();
        list.push_back(millisecondsSince(start));
    }

    std::cout << "{\n"
              << "  \"answers\": " << answers << ",\n"
              << "  \"runs\": " << runs << ",\n"
              << "  \"push_ms\": " << median(push) << ",\n"
              << "  \"copy_in_ms\": " << median(copyIn) << ",\n"
              << "  \"push_ratio\": " << median(push) / median(copyIn) << ",\n"
              << "  \"pull_ms\": " << median(pull) << ",\n"
              << "  \"copy_out_ms\": " << median(copyOut) << ",\n"
              << "  \"pull_ratio\": " << median(pull) / median(copyOut) << ",\n"
              << "  \"sync_unchanged_ms\": " << median(syncSame) << ",\n"
              << "  \"sync_100_changed_ms\": " << median(syncChanged) << ",\n"
              << "  \"list_engagements\": " << listed << ",\n"
              << "  \"list_ms\": " << median(list) << "\n"
              << "}\n";
    return 0;
}
