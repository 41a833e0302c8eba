// SPDX-License-Identifier: Apache-2.0
#include "merge.h"

#include <algorithm>
#include <set>

namespace lastmile::repository {

namespace {

using nlohmann::json;

// What refers to an id of each table: (child table, column).
const std::vector<std::pair<std::string, std::string>>& referencesTo(const std::string& table)
{
    static const std::map<std::string, std::vector<std::pair<std::string, std::string>>> references = {
        {"initiative",
         {{"answer", "initiative_id"},
          {"consensus", "initiative_id"},
          {"action", "initiative_id"},
          {"target", "initiative_id"}}},
        {"round",
         {{"respondent", "round_id"}, {"answer", "round_id"}, {"consensus", "round_id"}, {"agenda", "round_id"}}},
        {"respondent", {{"answer", "respondent_id"}}},
        {"action", {}},
    };
    return references.at(table);
}

std::int64_t largestId(const RowSet& rows, const std::string& table)
{
    std::int64_t largest = 0;
    for (auto it = rows.lower_bound({table, ""}); it != rows.end() && it->first.first == table; ++it) {
        largest = std::max(largest, it->second.at("id").get<std::int64_t>());
    }
    return largest;
}

// Gives rows added here a new id when the repository has a different row under theirs.
void renumberCollisions(const std::map<RowKey, std::string>& base, RowSet& local, const RowSet& remote,
                        MergeResult& result)
{
    for (const std::string table : {"initiative", "round", "respondent", "action"}) {
        std::vector<std::string> colliding;
        for (auto it = local.lower_bound({table, ""}); it != local.end() && it->first.first == table; ++it) {
            const auto there = remote.find(it->first);
            if (!base.count(it->first) && there != remote.end() && digestOf(there->second) != digestOf(it->second)) {
                colliding.push_back(it->first.second);
            }
        }
        std::int64_t next = std::max(largestId(local, table), largestId(remote, table));
        for (const std::string& oldKey : colliding) {
            const std::int64_t newId = ++next;
            auto node = local.extract({table, oldKey});
            node.mapped()["id"] = newId;
            node.key().second = std::to_string(newId);
            local.insert(std::move(node));
            const std::int64_t oldId = std::stoll(oldKey);
            for (const auto& [child, column] : referencesTo(table)) {
                std::vector<RowKey> moved;
                for (auto it = local.lower_bound({child, ""}); it != local.end() && it->first.first == child; ++it) {
                    if (it->second.at(column).get<std::int64_t>() == oldId) {
                        moved.push_back(it->first);
                    }
                }
                for (const RowKey& key : moved) {
                    auto row = local.extract(key);
                    row.mapped()[column] = newId;
                    row.key().second = keyOf(child, row.mapped());
                    local.insert(std::move(row));
                }
            }
            if (table == std::string("initiative")) { // agenda items name initiatives inside the agenda row
                for (auto it = local.lower_bound({"agenda", ""}); it != local.end() && it->first.first == "agenda";
                     ++it) {
                    for (json& item : it->second.at("items")) {
                        if (item.at(0).get<std::int64_t>() == oldId) {
                            item[0] = newId;
                        }
                    }
                }
            }
            result.renumbered.emplace_back(table, oldKey, std::to_string(newId));
        }
    }
}

// The parents a row needs in the merged engagement.
std::vector<RowKey> parentsOf(const std::string& table, const json& values)
{
    const auto id = [&](const char* column) { return values.at(column).dump(); };
    if (table == "respondent" || table == "agenda") {
        return {{"round", id("round_id")}};
    }
    if (table == "answer") {
        return {{"round", id("round_id")}, {"initiative", id("initiative_id")}, {"respondent", id("respondent_id")}};
    }
    if (table == "consensus") {
        return {{"round", id("round_id")}, {"initiative", id("initiative_id")}};
    }
    if (table == "action" || table == "target") {
        return {{"initiative", id("initiative_id")}};
    }
    return {};
}

} // namespace

std::string_view conflictKindId(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::BothChanged:
        return "both_changed";
    case Conflict::Kind::BothAdded:
        return "both_added";
    case Conflict::Kind::DeletedHere:
        return "deleted_here";
    case Conflict::Kind::DeletedThere:
        return "deleted_there";
    case Conflict::Kind::ParentGone:
        break;
    }
    return "parent_gone";
}

MergeResult mergeRows(const std::map<RowKey, std::string>& base, RowSet local, const RowSet& remote)
{
    MergeResult result;
    renumberCollisions(base, local, remote, result);
    std::set<RowKey> keys;
    for (const auto& entry : base) {
        keys.insert(entry.first);
    }
    for (const auto& entry : local) {
        keys.insert(entry.first);
    }
    for (const auto& entry : remote) {
        keys.insert(entry.first);
    }
    std::set<RowKey> changedSomewhere;
    for (const RowKey& key : keys) {
        const auto baseIt = base.find(key);
        const auto localIt = local.find(key);
        const auto remoteIt = remote.find(key);
        const std::string baseDigest = baseIt == base.end() ? std::string() : baseIt->second;
        const std::string localDigest = localIt == local.end() ? std::string() : digestOf(localIt->second);
        const std::string remoteDigest = remoteIt == remote.end() ? std::string() : digestOf(remoteIt->second);
        const bool localChanged = localDigest != baseDigest;
        const bool remoteChanged = remoteDigest != baseDigest;
        const auto take = [&](const RowSet::const_iterator& it, const RowSet& side) {
            if (it != side.end()) {
                result.merged.emplace(key, it->second);
            }
        };
        if (localChanged || remoteChanged) {
            changedSomewhere.insert(key);
        }
        if (!localChanged || localDigest == remoteDigest) {
            take(remoteIt, remote);
            if (remoteChanged && localDigest != remoteDigest) {
                result.fromRemote.push_back(key);
            }
            continue;
        }
        if (!remoteChanged) {
            take(localIt, local);
            result.fromLocal.push_back(key);
            continue;
        }
        Conflict conflict;
        conflict.table = key.first;
        conflict.key = key.second;
        if (localIt != local.end()) {
            conflict.local = localIt->second;
        }
        if (remoteIt != remote.end()) {
            conflict.remote = remoteIt->second;
        }
        if (localIt == local.end()) {
            conflict.kind = Conflict::Kind::DeletedHere;
            take(remoteIt, remote);
            result.fromRemote.push_back(key);
        } else if (remoteIt == remote.end()) {
            conflict.kind = Conflict::Kind::DeletedThere;
            conflict.keptLocal = true;
            take(localIt, local);
            result.fromLocal.push_back(key);
        } else {
            conflict.kind = baseDigest.empty() ? Conflict::Kind::BothAdded : Conflict::Kind::BothChanged;
            take(remoteIt, remote);
            result.fromRemote.push_back(key);
        }
        result.conflicts.push_back(std::move(conflict));
    }
    // Children of a deleted parent go with it, parents first so that grandchildren follow.
    for (const std::string_view table : rowTables()) {
        std::vector<RowKey> orphans;
        for (auto it = result.merged.lower_bound({std::string(table), ""});
             it != result.merged.end() && it->first.first == table; ++it) {
            for (const RowKey& parent : parentsOf(it->first.first, it->second)) {
                if (!result.merged.count(parent)) {
                    orphans.push_back(it->first);
                    break;
                }
            }
        }
        for (const RowKey& key : orphans) {
            if (changedSomewhere.count(key)) {
                const auto localIt = local.find(key);
                const auto remoteIt = remote.find(key);
                Conflict conflict{Conflict::Kind::ParentGone, key.first, key.second, std::nullopt, std::nullopt, false};
                if (localIt != local.end()) {
                    conflict.local = localIt->second;
                }
                if (remoteIt != remote.end()) {
                    conflict.remote = remoteIt->second;
                }
                result.conflicts.push_back(std::move(conflict));
            }
            result.merged.erase(key);
        }
    }
    // Agenda items of an initiative that is gone go with it, as in the file.
    for (auto it = result.merged.lower_bound({"agenda", ""}); it != result.merged.end() && it->first.first == "agenda";
         ++it) {
        json& items = it->second.at("items");
        json kept = json::array();
        for (json& item : items) {
            if (result.merged.count({"initiative", item.at(0).dump()})) {
                kept.push_back(std::move(item));
            }
        }
        items = std::move(kept);
        const int last = std::max(0, static_cast<int>(items.size()) - 1);
        it->second["position"] = std::clamp(it->second.at("position").get<int>(), 0, last);
    }
    return result;
}

} // namespace lastmile::repository
