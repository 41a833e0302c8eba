// SPDX-License-Identifier: Apache-2.0
#include "pg_server.h"

#include <array>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <pwd.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace lastmile::test {

namespace {

std::string shellQuote(const std::string& text)
{
    std::string quoted = "'";
    for (char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

// Runs `command` with /bin/sh; returns its exit status and what it printed on stdout and stderr.
int runShell(const std::string& command, std::string& output)
{
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen((command + " 2>&1").c_str(), "r"), ::pclose);
    if (!pipe) {
        return -1;
    }
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe.get())) {
        output += buffer.data();
    }
    const int status = ::pclose(pipe.release());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void runOrThrow(const std::string& step, const std::string& command)
{
    std::string output;
    if (runShell(command, output) != 0) {
        throw std::runtime_error("PostgreSQL test server: " + step + " failed: " + output);
    }
}

} // namespace

std::string findPgBinDir()
{
    if (const char* configured = std::getenv("LASTMILE_PG_BINDIR"); configured && *configured) {
        return configured;
    }
    std::string best;
    int bestVersion = 0;
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator("/usr/lib/postgresql", ignored)) {
        const std::string name = entry.path().filename().string();
        const int version = std::atoi(name.c_str());
        if (version > bestVersion && std::filesystem::exists(entry.path() / "bin" / "initdb", ignored) &&
            std::filesystem::exists(entry.path() / "bin" / "pg_ctl", ignored)) {
            bestVersion = version;
            best = (entry.path() / "bin").string();
        }
    }
    return best;
}

PgServer::PgServer(const std::string& binDir) : m_binDir(binDir)
{
    std::string pattern = (std::filesystem::temp_directory_path() / "lastmile-pg-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        throw std::runtime_error("PostgreSQL test server: cannot create a temporary folder");
    }
    m_dir = pattern;
    if (::geteuid() == 0) {
        // initdb refuses to run as root: the server runs as the postgres user Debian's package creates.
        const passwd* user = ::getpwnam("postgres");
        if (!user) {
            throw std::runtime_error("PostgreSQL test server: running as root and there is no postgres user");
        }
        m_superuser = "postgres";
        if (::chown(m_dir.c_str(), user->pw_uid, user->pw_gid) != 0) {
            throw std::runtime_error("PostgreSQL test server: cannot hand the folder to postgres");
        }
    } else {
        const passwd* user = ::getpwuid(::geteuid());
        m_superuser = user ? user->pw_name : "postgres";
    }
    const std::string data = (m_dir / "data").string();
    runOrThrow("initdb",
               asServerUser(shellQuote(m_binDir + "/initdb") + " --no-sync --auth=trust --encoding=UTF8 " +
                            "--locale=C.UTF-8 --username=" + shellQuote(m_superuser) + " -D " + shellQuote(data)));
    // The watchdog: once this process is gone (however it ended), stop the server and remove its folder.
    const pid_t parent = ::getpid();
    const std::string stopCommand =
        asServerUser(shellQuote(m_binDir + "/pg_ctl") + " -D " + shellQuote(data) + " -m immediate stop") +
        " >/dev/null 2>&1; rm -rf " + shellQuote(m_dir.string());
    m_watchdog = ::fork();
    if (m_watchdog == 0) {
        ::setsid();
        while (::kill(parent, 0) == 0) {
            ::sleep(1);
        }
        ::execl("/bin/sh", "sh", "-c", stopCommand.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    pgCtl("start");
}

PgServer::~PgServer()
{
    try {
        pgCtl("-m fast stop");
    } catch (const std::exception& error) {
        std::cerr << error.what() << '\n';
    }
    if (m_watchdog > 0) {
        ::kill(m_watchdog, SIGKILL);
        ::waitpid(m_watchdog, nullptr, 0);
    }
    std::error_code ignored;
    std::filesystem::remove_all(m_dir, ignored);
}

std::string PgServer::asServerUser(const std::string& command) const
{
    if (::geteuid() == 0) {
        return "setpriv --reuid=postgres --regid=postgres --init-groups /bin/sh -c " + shellQuote(command);
    }
    return command;
}

void PgServer::pgCtl(const std::string& arguments) const
{
    const std::string data = (m_dir / "data").string();
    const std::string options =
        "-c listen_addresses='' -c unix_socket_directories=" + m_dir.string() + " -c fsync=off -c max_connections=60";
    runOrThrow("pg_ctl " + arguments, asServerUser(shellQuote(m_binDir + "/pg_ctl") + " -D " + shellQuote(data) +
                                                   " -w -t 60 -l " + shellQuote((m_dir / "server.log").string()) +
                                                   " -o " + shellQuote(options) + " " + arguments));
}

void PgServer::restart()
{
    pgCtl("-m fast restart");
}

std::string PgServer::uri(const std::string& database, const std::string& user) const
{
    return "postgresql:///" + database + "?host=" + m_dir.string() + "&user=" + (user.empty() ? m_superuser : user);
}

int PgServer::psql(const std::string& database, const std::string& sql, const std::string& user,
                   std::string* output) const
{
    std::string printed;
    const int status =
        runShell("psql -X -q -A -t -v ON_ERROR_STOP=1 -d " + shellQuote(uri(database, user)) + " -c " + shellQuote(sql),
                 printed);
    if (output) {
        *output = printed;
    }
    return status;
}

PgServer& sharedPgServer()
{
    static std::unique_ptr<PgServer> server = [] {
        const std::string binDir = findPgBinDir();
        if (binDir.empty()) {
            std::cerr << "SKIPPED: PostgreSQL's server programs (initdb, pg_ctl) are not installed; "
                         "install postgresql-15 (scripts/setup.sh) to run the repository tests\n";
            std::exit(77);
        }
        return std::make_unique<PgServer>(binDir);
    }();
    return *server;
}

} // namespace lastmile::test
