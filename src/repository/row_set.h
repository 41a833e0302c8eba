// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository.h"

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>

namespace lastmile::repository {

// An engagement as rows, the unit of merging: (table, key) -> the row's values, named as the
// repository's columns (docs/repository.md). Keys are the row's key in the file: "3" for an
// initiative, round, respondent or action; "round/initiative/question/respondent" for an answer;
// "round/initiative/question" for a consensus answer; "initiative/friction" for a target; the
// round's id for an agenda (its items travel with it); "" for the engagement and its branding.
using RowKey = std::pair<std::string, std::string>;
using RowSet = std::map<RowKey, nlohmann::json>;

// An answer's kind as the repository and the file store it: "level", "dk", "na"; and back.
std::string answerKindId(const Answer& answer);
Answer answerFromColumns(const std::string& kind, int level, const std::string& reason);

// An answer's reason as stored: the text for "na", empty for the other kinds.
std::string reasonOf(const Answer& answer);
// Bytes as the repository's bytea reads them in text: "\\x" and two hex digits per byte.
std::string hexBytes(const std::vector<unsigned char>& bytes);
// The bytes of such a text.
std::vector<unsigned char> bytesOfHex(const std::string& text);

// The tables of an engagement in the order parents come before their children.
std::span<const std::string_view> rowTables();

RowSet rowsOf(const EngagementContent& content);
// The same with only the answers and consensus answers (the tables that grow with an engagement)
// for which `keep(table, key)` is true; every row of the other tables. An empty `keep` keeps all.
using BulkFilter = std::function<bool(std::string_view table, const std::string& key)>;
RowSet rowsOf(const EngagementContent& content, const BulkFilter& keep);
// How many rows rowsOf(content) has, without building them.
std::int64_t rowCount(const EngagementContent& content);

// The engagement the rows describe, ordered as the file orders it. nullopt with `problem` set when
// a row does not fit (a value of the wrong type, a round whose bank does not load).
std::optional<EngagementContent> contentOf(const RowSet& rows, std::string& problem);

// The key a row of `table` with `values` has.
std::string keyOf(std::string_view table, const nlohmann::json& values);

// A stable 64-bit digest of a row's values, as 16 lower-case hex digits: FNV-1a of a canonical
// text of the values (keys in order, each value typed and length-prefixed; docs/repository.md),
// so equal values give equal digests on every machine.
std::string digestOf(const nlohmann::json& values);

// The digest of every row, by digestKey(table, key).
using RowDigests = std::unordered_map<std::string, std::string>;
std::string digestKey(std::string_view table, std::string_view key);
RowDigests digestsOf(const RowSet& rows);
// The same as digestsOf(rowsOf(content)), computed straight from the values: what a pull of a
// large engagement needs without building every row.
RowDigests digestsOf(const EngagementContent& content);
// Each row of `content` with its key and digest, in the order of rowTables() within a round
// (what digestsOf(content) collects).
void forEachRowDigest(const EngagementContent& content,
                      const std::function<void(std::string_view table, std::string key, std::string digest)>& visit);

// The digest of one row, straight from the engagement's values: equal to digestOf() of the row
// rowsOf() makes of it. `position` is the row's index in the file's order of its table.
std::string engagementDigest(const Organization& organization);
std::string initiativeDigest(const Initiative& initiative, std::int64_t position);
std::string roundDigest(const RoundData& round, std::int64_t position);
std::string respondentDigest(const Respondent& respondent, std::int64_t roundId);
std::string answerDigest(const AnswerRecord& answer, std::int64_t roundId);
std::string consensusDigest(const ConsensusRecord& consensus, std::int64_t roundId);
std::string actionDigest(const Action& action, std::int64_t position);
std::string targetDigest(const Target& target);
std::string brandingDigest(const Branding& branding);
std::string agendaDigest(const Agenda& agenda);

// Row keys (keyOf) straight from the values: "round/initiative/question/respondent",
// "round/initiative/question", "initiative/friction".
std::string answerKey(std::int64_t roundId, const AnswerRecord& answer);
std::string consensusKey(std::int64_t roundId, const ConsensusRecord& consensus);
std::string targetKey(const Target& target);

} // namespace lastmile::repository
