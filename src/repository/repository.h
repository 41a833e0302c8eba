// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/agenda.h"
#include "core/assessment_data.h"
#include "repository_error.h"
#include "storage/working_copy.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace lastmile::repository {

// One engagement as `repo list` shows it. Times are UTC, ISO 8601 ("2026-11-29T21:40:00Z").
struct EngagementSummary
{
    std::string id; // the engagement's uuid, lower case with hyphens
    std::string name;
    std::string sector;
    std::string createdBy;
    std::string createdAt;
    std::int64_t revision = 0; // the engagement row's counter: 1 when created, +1 per change
    std::string revisedBy;
    std::string revisedAt;
    std::int64_t rounds = 0;
};

// What an engagement holds: the assessment as the file carries it, and the planned agendas.
struct EngagementContent
{
    Assessment assessment;
    std::vector<Agenda> agendas; // one per round that has a plan, ordered by round id
};

// An engagement read for a working copy: its content, and each row's digest, uuid and revision
// in the repository (the base of the next merge).
struct PulledEngagement
{
    EngagementContent content;
    std::vector<storage::BaseRow> base;
};

// A conflict the merge found, as `repo sync` reports it: which row, what each side had, and
// who made the repository's side and when (empty when the repository's side is a deletion).
struct ConflictReport
{
    std::string kind; // conflictKindId: "both_changed", "both_added", "deleted_here", "deleted_there", "parent_gone"
    std::string table;
    std::string key;
    std::string local;  // the working copy's values as JSON, or "" when deleted there
    std::string remote; // the repository's values as JSON, or "" when deleted there
    bool keptLocal = false;
    std::string remoteBy;
    std::string remoteAt;
};

// The outcome of a sync: the merged engagement (what both sides hold afterwards), the new base,
// and what happened.
struct SyncReport
{
    PulledEngagement merged;
    std::vector<ConflictReport> conflicts;
    std::size_t sent = 0;       // rows the working copy changed in the repository
    std::size_t received = 0;   // rows the repository changed in the working copy
    std::size_t renumbered = 0; // rows added here that got a new id
};

// Called now and then during a long operation with the rows done and the rows expected in all (total may be 0
// when unknown yet; done never exceeds a nonzero total): at the start and end of each phase and at least every
// kProgressStep rows. Returns false to cancel, which fails the operation with RepoError kind Cancelled and changes
// nothing (the transaction rolls back; BeforeCommit is not called after a cancel). Called on the calling thread, so
// a caller that wants to stay responsive processes its events inside it.
using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;
inline constexpr std::int64_t kProgressStep = 2000;

// A Lastmile repository: engagements shared by a firm in a PostgreSQL database (13 or newer),
// in the `lastmile` schema (docs/repository.md). Methods never throw; every failure comes back
// as a RepoError and leaves the repository as it was (each operation is one transaction).
// Which database library is used stays behind this class. One thread at a time.
class Repository
{
public:
    // Connects as libpq does: `address` is a URI ("postgresql://alice@db.example/firm") or
    // keyword string ("service=firm"); passwords come from ~/.pgpass, PGPASSWORD or the
    // service file and are never kept by Lastmile; TLS is used when the server offers it
    // (libpq's sslmode=prefer unless the address says otherwise).
    static Result<std::unique_ptr<Repository>> connect(const std::string& address);

    ~Repository();
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

    // The address without its password, for messages.
    const std::string& address() const;
    // The role the server says this connection acts as (current_user).
    Result<std::string> role();

    // Creates the repository (schema, roles, grants, row-level security) or upgrades it to
    // kRepositorySchemaVersion; needs a role that may create schemas and roles. Returns the
    // version the repository had before: 0 when it was new.
    Result<int> initialize();

    // The engagements this role may see, by name then id. Refused with NotInitialized,
    // OlderVersion or NewerVersion unless the repository is at kRepositorySchemaVersion.
    Result<std::vector<EngagementSummary>> list();

    // The id of the engagement named `idOrName`: a uuid, or a name shared by no other engagement
    // this role sees (UnknownEngagement, AmbiguousEngagement).
    Result<std::string> resolve(const std::string& idOrName);

    // Called before a change commits, with the engagement's id and what the working copy must
    // now hold; returns false, with `problem` set, to roll the change back (WorkingCopy).
    using BeforeCommit = std::function<bool(const std::string& id, const PulledEngagement& now, std::string& problem)>;

    // Adds `content` as a new engagement (the connecting role becomes its first member) and
    // returns its id. All or nothing: a refused row (Invalid, Denied), a lost connection (Lost)
    // or `beforeCommit` returning false leaves the repository without it.
    // `progress` counts the rows written (total: every row of `content`).
    Result<std::string> addEngagement(const EngagementContent& content, const BeforeCommit& beforeCommit = {},
                                      const Progress& progress = {});

    // The whole engagement `id`, as one consistent snapshot.
    Result<EngagementContent> engagement(const std::string& id);

    // The whole engagement `id` with its base rows, as one snapshot: what `repo pull` writes.
    // `progress` counts the rows read (total: the engagement's rows, counted first).
    Result<PulledEngagement> pull(const std::string& id, const Progress& progress = {});

    // Merges the working copy `local` (whose base is `base`) with engagement `id`, row by row
    // (docs/repository.md), in one transaction that holds the engagement's lock: the repository
    // gets the merged rows and the conflicts found; then `beforeCommit` is called with the merged
    // engagement, which the working copy must now hold, and the transaction commits only if it
    // returns true. On any failure nothing is committed. `progress` counts the rows read, merged
    // and written.
    Result<SyncReport> sync(const std::string& id, const std::vector<storage::BaseRow>& base,
                            const EngagementContent& local, const BeforeCommit& beforeCommit,
                            const Progress& progress = {});

    // Makes the consultant role `member` a member of engagement `id`; only a member may.
    Status addMember(const std::string& id, const std::string& member);

    // For the implementation's files: the connection and the error mapping.
    struct Connection;

private:
    explicit Repository(std::unique_ptr<Connection> connection);
    std::unique_ptr<Connection> m_connection;
};

} // namespace lastmile::repository
