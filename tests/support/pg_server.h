// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <string>

namespace lastmile::test {

// A real PostgreSQL server for tests: initdb and pg_ctl in a fresh temporary folder, run as an
// unprivileged user (the current one, or `postgres` when the tests run as root), listening on a
// Unix socket in that folder only (listen_addresses = ''), with trust authentication for local
// connections. It is stopped and its folder removed when the object is destroyed; a watchdog
// process stops it too if the test program dies without unwinding (a crash, SIGKILL).
class PgServer
{
public:
    // Starts the server; throws std::runtime_error naming the step and its output when it fails.
    explicit PgServer(const std::string& binDir);
    ~PgServer();
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    // A libpq URI for `database` as `user` over the server's socket, e.g.
    // "postgresql:///lastmile?host=/tmp/lastmile-pg-x&user=postgres".
    std::string uri(const std::string& database, const std::string& user = "") const;
    const std::string& superuser() const { return m_superuser; }
    const std::filesystem::path& socketDir() const { return m_dir; }
    // Runs `sql` with psql on `database` as `user` (the superuser when empty), unaligned and
    // without headers; returns psql's exit status and, in `output`, what it printed.
    int psql(const std::string& database, const std::string& sql, const std::string& user = "",
             std::string* output = nullptr) const;
    // Restarts the server (fast shutdown, then start): connections are cut.
    void restart();

private:
    void pgCtl(const std::string& arguments) const;
    std::string asServerUser(const std::string& command) const;

    std::string m_binDir;
    std::filesystem::path m_dir;
    std::string m_superuser;
    int m_watchdog = -1;
};

// The directory of PostgreSQL's server programs (initdb, pg_ctl): $LASTMILE_PG_BINDIR, or the
// newest /usr/lib/postgresql/N/bin that has them; empty when the server is not installed.
std::string findPgBinDir();

// The server shared by the tests of one program, started on first use. When PostgreSQL's server
// programs are not installed, prints why on stderr and ends the program with status 77, which
// CTest reports as a skipped test.
PgServer& sharedPgServer();

} // namespace lastmile::test
