// SPDX-License-Identifier: Apache-2.0
// Working copies: pulling an engagement with its base, and merging a working copy both ways.
#include "merge.h"
#include "repository.h"
#include "repository_internal.h"

#include <algorithm>
#include <ctime>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace lastmile::repository {

namespace {

using nlohmann::json;

struct TableColumns
{
    std::string_view table;
    std::string_view keySql; // the row's key (keyOf) as SQL
    std::vector<std::string_view> keys;
    std::vector<std::string_view> data;
};

const std::vector<TableColumns>& tableColumns()
{
    static const std::vector<TableColumns> tables = {
        {"initiative",
         "id::text",
         {"id"},
         {"position", "name", "business_function", "owner", "stage", "target_outcome", "archived"}},
        {"round", "id::text", {"id"}, {"position", "name", "held_on", "bank_json"}},
        {"respondent", "id::text", {"id"}, {"round_id", "name", "role"}},
        {"answer",
         "round_id || '/' || initiative_id || '/' || question_id || '/' || respondent_id",
         {"round_id", "initiative_id", "question_id", "respondent_id"},
         {"kind", "level", "reason", "note", "evidence"}},
        {"consensus",
         "round_id || '/' || initiative_id || '/' || question_id",
         {"round_id", "initiative_id", "question_id"},
         {"kind", "level", "reason", "note"}},
        {"action",
         "id::text",
         {"id"},
         {"position", "initiative_id", "friction_id", "text", "owner", "due", "status", "note", "recommendation_id"}},
        {"target", "initiative_id || '/' || friction_id", {"initiative_id", "friction_id"}, {"score"}},
        {"branding", "''", {}, {"firm_name", "accent_colour", "footer", "page_size", "logo_mime", "logo"}},
        {"agenda", "round_id::text", {"round_id"}, {"position", "anonymous_reveal"}},
    };
    return tables;
}

std::string joined(const std::vector<std::string_view>& columns, const std::string& prefix,
                   const std::string& separator)
{
    std::string text;
    for (std::string_view column : columns) {
        text += (text.empty() ? "" : separator) + prefix + std::string(column);
    }
    return text;
}

// Seconds since 1970 (UTC) as ISO 8601, "2026-11-29T21:40:00Z".
std::string isoTime(std::int64_t seconds)
{
    const std::time_t time = static_cast<std::time_t>(seconds);
    std::tm utc{};
    ::gmtime_r(&time, &utc);
    char text[24];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace

std::vector<storage::BaseRow> readBase(pqxx::transaction_base& transaction, const std::string& id,
                                       const RowDigests& digests, ProgressMeter* meter)
{
    std::vector<storage::BaseRow> base;
    base.reserve(digests.size());
    const auto collect = [&](const std::string& table, const pqxx::result& result) {
        for (const pqxx::row& row : result) {
            std::string key = row[0].as<std::string>();
            const auto found = digests.find(digestKey(table, key));
            if (found != digests.end()) {
                base.push_back({table, std::move(key), found->second, row[1].as<std::string>(),
                                row[2].as<std::int64_t>(), row[3].as<std::string>(),
                                isoTime(row[4].as<std::int64_t>())});
            }
            if (meter) {
                meter->advance();
            }
        }
    };
    const std::string revision = "rev, rev_by, extract(epoch FROM rev_at)::bigint";
    collect("engagement",
            transaction.exec_params(
                "SELECT '', id::text, " + revision + " FROM lastmile.engagement WHERE id = $1::uuid", id));
    for (const TableColumns& table : tableColumns()) {
        collect(std::string(table.table),
                transaction.exec_params("SELECT " + std::string(table.keySql) + ", uuid::text, " + revision +
                                            " FROM lastmile." + std::string(table.table) +
                                            " WHERE engagement_id = $1::uuid",
                                        id));
    }
    return base;
}

namespace {

// The rows of one table of `rows` whose keys are in `keys`, as a JSON array.
std::string rowsJson(const RowSet& rows, const std::string& table, const std::vector<RowKey>& keys)
{
    json array = json::array();
    for (const RowKey& key : keys) {
        if (key.first == table) {
            array.push_back(rows.at(key));
        }
    }
    return array.dump();
}

// What applyRows changed: how many rows, and the base row (uuid and revision after the change,
// digest of the merged values) of each row it added or updated.
struct Applied
{
    std::size_t changed = 0;
    std::map<RowKey, storage::BaseRow> written;
};

// Writes to the repository what `merged` has and `remote` has not, in one go per table.
Applied applyRows(pqxx::work& transaction, const std::string& id, const RowSet& merged, const RowSet& remote)
{
    Applied applied;
    const std::string revision = ", uuid::text, rev, rev_by, extract(epoch FROM rev_at)::bigint";
    const auto written = [&](const std::string& table, const pqxx::result& result) {
        for (const pqxx::row& row : result) {
            RowKey key{table, row[0].as<std::string>()};
            storage::BaseRow base{table,
                                  key.second,
                                  digestOf(merged.at(key)),
                                  row[1].as<std::string>(),
                                  row[2].as<std::int64_t>(),
                                  row[3].as<std::string>(),
                                  isoTime(row[4].as<std::int64_t>())};
            applied.written[std::move(key)] = std::move(base);
        }
    };
    std::vector<RowKey> upserts;
    std::vector<RowKey> deletes;
    for (const auto& [key, values] : merged) {
        const auto there = remote.find(key);
        if (there == remote.end() || there->second != values) {
            upserts.push_back(key);
        }
    }
    for (const auto& entry : remote) {
        if (!merged.count(entry.first)) {
            deletes.push_back(entry.first);
        }
    }
    const auto& tables = tableColumns();
    for (auto table = tables.rbegin(); table != tables.rend(); ++table) {
        const std::string name(table->table);
        const std::string payload = rowsJson(remote, name, deletes);
        if (payload == "[]") {
            continue;
        }
        std::string match;
        for (std::string_view column : table->keys) {
            match += " AND t." + std::string(column) + " = d." + std::string(column);
        }
        transaction.exec_params("DELETE FROM lastmile." + name + " t USING jsonb_populate_recordset(NULL::lastmile." +
                                    name + ", $2::jsonb) d WHERE t.engagement_id = $1::uuid" + match,
                                id, payload);
    }
    if (const auto engagement = std::find(upserts.begin(), upserts.end(), RowKey{"engagement", ""});
        engagement != upserts.end()) {
        const json& values = merged.at(*engagement);
        written("engagement",
                transaction.exec_params("UPDATE lastmile.engagement SET name = $2, sector = $3, notes = $4"
                                        " WHERE id = $1::uuid RETURNING '', id::text, rev, rev_by,"
                                        " extract(epoch FROM rev_at)::bigint",
                                        id, values.at("name").get<std::string>(),
                                        values.at("sector").get<std::string>(), values.at("notes").get<std::string>()));
    }
    for (const TableColumns& table : tables) {
        const std::string name(table.table);
        const std::string payload = rowsJson(merged, name, upserts);
        if (payload == "[]") {
            continue;
        }
        std::vector<std::string_view> columns = table.keys;
        columns.insert(columns.end(), table.data.begin(), table.data.end());
        written(name, transaction.exec_params(
                          "INSERT INTO lastmile." + name + " (engagement_id, " + joined(columns, "", ", ") +
                              ") SELECT $1::uuid, " + joined(columns, "", ", ") +
                              " FROM jsonb_populate_recordset(NULL::lastmile." + name +
                              ", $2::jsonb) ON CONFLICT (engagement_id" +
                              (table.keys.empty() ? "" : ", " + joined(table.keys, "", ", ")) + ") DO UPDATE SET (" +
                              joined(table.data, "", ", ") + ") = ROW(" + joined(table.data, "EXCLUDED.", ", ") +
                              ") RETURNING " + std::string(table.keySql) + revision,
                          id, payload));
        if (name == "agenda") {
            json items = json::array();
            json rounds = json::array();
            for (const RowKey& key : upserts) {
                if (key.first != "agenda") {
                    continue;
                }
                const json& agenda = merged.at(key);
                rounds.push_back(agenda.at("round_id"));
                int ordinal = 0;
                for (const json& item : agenda.at("items")) {
                    items.push_back({{"round_id", agenda.at("round_id")},
                                     {"ordinal", ordinal++},
                                     {"initiative_id", item.at(0)},
                                     {"question_id", item.at(1)},
                                     {"time_box_seconds", item.at(2)}});
                }
            }
            transaction.exec_params("DELETE FROM lastmile.agenda_item WHERE engagement_id = $1::uuid AND round_id IN "
                                    "(SELECT jsonb_array_elements_text($2::jsonb)::bigint)",
                                    id, rounds.dump());
            transaction.exec_params("INSERT INTO lastmile.agenda_item (engagement_id, round_id, ordinal, initiative_id,"
                                    " question_id, time_box_seconds) SELECT $1::uuid, round_id, ordinal, initiative_id,"
                                    " question_id, time_box_seconds FROM jsonb_populate_recordset("
                                    "NULL::lastmile.agenda_item, $2::jsonb)",
                                    id, items.dump());
        }
    }
    applied.changed = upserts.size() + deletes.size();
    return applied;
}

ConflictReport reportOf(const Conflict& conflict, const std::map<RowKey, const storage::BaseRow*>& remoteMeta)
{
    ConflictReport report{std::string(conflictKindId(conflict.kind)),
                          conflict.table,
                          conflict.key,
                          conflict.local ? conflict.local->dump() : std::string(),
                          conflict.remote ? conflict.remote->dump() : std::string(),
                          conflict.keptLocal,
                          {},
                          {}};
    if (const auto meta = remoteMeta.find({conflict.table, conflict.key});
        meta != remoteMeta.end() && conflict.remote) {
        report.remoteBy = meta->second->revisedBy;
        report.remoteAt = meta->second->revisedAt;
    }
    return report;
}

} // namespace

Result<PulledEngagement> Repository::pull(const std::string& id, const Progress& progress)
{
    return guarded<PulledEngagement>(address(), [&]() -> Result<PulledEngagement> {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> transaction(m_connection->db);
        if (auto problem = versionProblem(transaction, address())) {
            return *problem;
        }
        ProgressMeter meter(progress); // the reader estimates the total once it knows the rounds
        meter.report();
        Result<PulledEngagement> pulled = readPulled(transaction, address(), id, &meter);
        if (!pulled) {
            return pulled.error();
        }
        meter.finish();
        transaction.commit();
        return pulled;
    });
}

namespace {

bool isBulkTable(std::string_view table)
{
    return table == "answer" || table == "consensus";
}

// The rows of the tables that grow with an engagement (answers, consensus answers) that were
// added, changed or deleted on either side since the base. Few, as a rule: what the merge reads.
class BulkChanges
{
public:
    BulkChanges(const std::vector<storage::BaseRow>& base, const EngagementContent& local,
                const std::vector<storage::BaseRow>& remote, ProgressMeter& meter)
        : m_base(base), m_here(base.size()), m_there(base.size())
    {
        for (std::size_t i = 0; i < base.size(); ++i) {
            if (isBulkTable(base[i].table)) {
                m_index[slot(base[i].table)].emplace(base[i].key, i);
            }
        }
        forEachRowDigest(local, [&](std::string_view table, std::string key, std::string digest) {
            meter.advance();
            if (isBulkTable(table)) {
                compare(table, key, digest, m_here);
            }
        });
        for (const storage::BaseRow& row : remote) {
            if (isBulkTable(row.table)) {
                compare(row.table, row.key, row.digest, m_there);
            }
        }
        for (std::size_t i = 0; i < base.size(); ++i) { // deleted on one side or both
            if (isBulkTable(base[i].table) && !(m_here[i] && m_there[i])) {
                m_changed.insert(digestKey(base[i].table, base[i].key));
            }
        }
    }

    bool none() const { return m_changed.empty(); }
    bool has(std::string_view table, const std::string& key) const
    {
        return !m_changed.empty() && m_changed.count(digestKey(table, key)) > 0;
    }

private:
    static std::size_t slot(std::string_view table) { return table == "answer" ? 0 : 1; }

    void compare(std::string_view table, const std::string& key, const std::string& digest, std::vector<char>& seen)
    {
        const auto& index = m_index[slot(table)];
        const auto found = index.find(key);
        if (found == index.end() || m_base[found->second].digest != digest) {
            m_changed.insert(digestKey(table, key));
        }
        if (found != index.end()) {
            seen[found->second] = 1;
        }
    }

    const std::vector<storage::BaseRow>& m_base;
    std::unordered_map<std::string_view, std::size_t> m_index[2];
    std::vector<char> m_here;
    std::vector<char> m_there;
    std::unordered_set<std::string> m_changed;
};

// The answers and consensus answers of `content` that did not change on either side, added to
// the rounds of `merged` that have their round id, in the file's order.
void addUnseenBulkRows(const EngagementContent& content, const BulkChanges& changed, EngagementContent& merged)
{
    std::map<std::int64_t, RoundData*> rounds;
    for (RoundData& round : merged.assessment.rounds) {
        rounds[round.round.id] = &round;
    }
    for (const RoundData& round : content.assessment.rounds) {
        const auto found = rounds.find(round.round.id);
        if (found == rounds.end()) {
            continue;
        }
        RoundData& into = *found->second;
        for (const AnswerRecord& record : round.answers) {
            if (changed.none() || !changed.has("answer", answerKey(round.round.id, record))) {
                into.answers.push_back(record);
            }
        }
        for (const ConsensusRecord& record : round.consensus) {
            if (changed.none() || !changed.has("consensus", consensusKey(round.round.id, record))) {
                into.consensus.push_back(record);
            }
        }
        const auto answerOrder = [](const AnswerRecord& a, const AnswerRecord& b) {
            return std::tie(a.initiativeId, a.questionId, a.respondentId) <
                   std::tie(b.initiativeId, b.questionId, b.respondentId);
        };
        const auto consensusOrder = [](const ConsensusRecord& a, const ConsensusRecord& b) {
            return std::tie(a.initiativeId, a.questionId) < std::tie(b.initiativeId, b.questionId);
        };
        if (!std::is_sorted(into.answers.begin(), into.answers.end(), answerOrder)) {
            std::sort(into.answers.begin(), into.answers.end(), answerOrder);
        }
        if (!std::is_sorted(into.consensus.begin(), into.consensus.end(), consensusOrder)) {
            std::sort(into.consensus.begin(), into.consensus.end(), consensusOrder);
        }
    }
}

} // namespace

Result<SyncReport> Repository::sync(const std::string& id, const std::vector<storage::BaseRow>& base,
                                    const EngagementContent& local, const BeforeCommit& beforeCommit,
                                    const Progress& progress)
{
    return guarded<SyncReport>(address(), [&]() -> Result<SyncReport> {
        pqxx::work transaction(m_connection->db);
        if (auto problem = versionProblem(transaction, address())) {
            return *problem;
        }
        // The engagement's lock: syncs of one engagement take turns; a reviewer may not take it.
        if (transaction.exec_params("SELECT 1 FROM lastmile.engagement WHERE id = $1::uuid FOR UPDATE", id).empty()) {
            return RepoError{ErrorCode::UnknownEngagement, address(), id};
        }
        // The repository's rows read (about as many as the base has), then the working copy's rows
        // compared with the base.
        ProgressMeter meter(progress, static_cast<std::int64_t>(base.size()) + rowCount(local));
        meter.report();
        Result<PulledEngagement> remote = readPulled(transaction, address(), id, &meter);
        if (!remote) {
            return remote.error();
        }

        // The answers and consensus answers changed on either side since the base; every row of
        // the other tables, whose rows the merge needs whole (parents, ids to renumber).
        const BulkChanges changed(base, local, remote->base, meter);
        const BulkFilter wanted = [&](std::string_view table, const std::string& key) {
            return changed.has(table, key);
        };
        std::map<RowKey, const storage::BaseRow*> remoteMeta;
        for (const storage::BaseRow& row : remote->base) {
            if (!isBulkTable(row.table) || changed.has(row.table, row.key)) {
                remoteMeta[{row.table, row.key}] = &row;
            }
        }
        std::map<RowKey, std::string> mergeBase;
        for (const storage::BaseRow& row : base) {
            if (!isBulkTable(row.table) || changed.has(row.table, row.key)) {
                mergeBase[{row.table, row.key}] = row.digest;
            }
        }
        const RowSet remoteRows = rowsOf(remote->content, wanted);
        MergeResult merge = mergeRows(mergeBase, rowsOf(local, wanted), remoteRows);
        meter.report();

        SyncReport report;
        report.renumbered = merge.renumbered.size();
        report.received = merge.fromRemote.size();
        Applied applied = applyRows(transaction, id, merge.merged, remoteRows);
        report.sent = applied.changed;
        std::set<RowKey> conflicted;
        for (const Conflict& conflict : merge.conflicts) {
            conflicted.insert({conflict.table, conflict.key});
            report.conflicts.push_back(reportOf(conflict, remoteMeta));
            const ConflictReport& kept = report.conflicts.back();
            transaction.exec_params(
                "INSERT INTO lastmile.conflict (engagement_id, tbl, row_key, kind, local_value, remote_value, kept,"
                " remote_by, remote_at) VALUES ($1::uuid, $2, $3, $4, NULLIF($5, '')::jsonb, NULLIF($6, '')::jsonb,"
                " $7, NULLIF($8, ''), NULLIF($9, '')::timestamptz) ON CONFLICT DO NOTHING",
                id, kept.table, kept.key, kept.kind, kept.local, kept.remote,
                conflict.kind == Conflict::Kind::ParentGone ? "none" : (kept.keptLocal ? "local" : "remote"),
                kept.remoteBy, kept.remoteAt);
        }
        // A row changed again here, without a new conflict, resolves the conflicts it had.
        json resolved = json::array();
        for (const RowKey& key : merge.fromLocal) {
            if (!conflicted.count(key)) {
                resolved.push_back({{"tbl", key.first}, {"row_key", key.second}});
            }
        }
        if (!resolved.empty()) {
            transaction.exec_params("UPDATE lastmile.conflict c SET resolved_by = current_user, resolved_at = now()"
                                    " FROM jsonb_to_recordset($2::jsonb) AS r(tbl text, row_key text)"
                                    " WHERE c.engagement_id = $1::uuid AND c.resolved_at IS NULL"
                                    " AND c.tbl = r.tbl AND c.row_key = r.row_key",
                                    id, resolved.dump());
        }
        std::string problem;
        std::optional<EngagementContent> merged = contentOf(merge.merged, problem);
        if (!merged) {
            return RepoError{ErrorCode::Invalid, address(), problem};
        }
        // Every row the merge did not see is the same on both sides: the working copy's answer, and
        // the repository's uuid and revision.
        addUnseenBulkRows(local, changed, *merged);
        report.merged.content = std::move(*merged);
        std::vector<storage::BaseRow>& mergedBase = report.merged.base;
        mergedBase.reserve(remote->base.size() + applied.written.size());
        for (storage::BaseRow& row : remote->base) {
            if (isBulkTable(row.table) && !changed.has(row.table, row.key)) {
                mergedBase.push_back(std::move(row));
                continue;
            }
            const RowKey key{row.table, row.key};
            if (!applied.written.count(key) && merge.merged.count(key)) {
                mergedBase.push_back(std::move(row));
            }
        }
        for (auto& entry : applied.written) {
            mergedBase.push_back(std::move(entry.second));
        }
        meter.finish(); // the last chance to cancel: after this the working copy is written
        if (beforeCommit && !beforeCommit(id, report.merged, problem)) {
            return RepoError{ErrorCode::WorkingCopy, address(), problem}; // rolls back
        }
        transaction.commit();
        return report;
    });
}

} // namespace lastmile::repository
