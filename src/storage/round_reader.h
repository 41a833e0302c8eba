// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "storage_error.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace lastmile::storage {

// The answers and consensus answers of one round, as AssessmentFile::loadAnswers fills them in.
struct RoundAnswers
{
    std::int64_t roundId = 0;
    std::vector<AnswerRecord> answers;
    std::vector<ConsensusRecord> consensus;
};

// A second, read-only connection to a file that this process has already opened with
// AssessmentFile::open (which checked it and, for a writer, locked it), for reading rounds'
// answers on a worker thread while the file's own connection stays where it is. It makes no
// checks of its own and never writes. Used by one thread at a time, like AssessmentFile;
// cancel() alone may be called from any thread.
class RoundReader
{
public:
    static Result<std::unique_ptr<RoundReader>> open(const std::string& path);
    ~RoundReader();
    RoundReader(const RoundReader&) = delete;
    RoundReader& operator=(const RoundReader&) = delete;

    // The answers of round `roundId`, read as one snapshot of the file (one read transaction):
    // an edit committed through another connection is in it whole or not at all. A round with no
    // answers, or none of that id, comes back empty. While another connection writes the file it
    // waits up to 2 s, as AssessmentFile does (ErrorCode::InUse after that). After cancel(), fails
    // at once, within about a thousand SQLite steps of a read under way or 10 ms of a wait, with
    // ErrorCode::Io and detail "cancelled".
    Result<RoundAnswers> read(std::int64_t roundId);
    // Makes the read under way, and every later one, stop (from any thread).
    void cancel() { m_cancelled.store(true); }

private:
    RoundReader(std::string path, std::unique_ptr<SQLite::Database> db);

    std::string m_path;
    std::unique_ptr<SQLite::Database> m_db;
    std::atomic<bool> m_cancelled{false};
};

} // namespace lastmile::storage
