// SPDX-License-Identifier: Apache-2.0
// Internal to src/storage: the one-transaction scope every engagement and plan edit runs in.
#pragma once

#include "assessment_file.h"
#include "sqlite_errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

namespace lastmile::storage {

template <typename Work> Status AssessmentFile::transact(Work&& work)
{
    if (Status writable = requireWritable(); !writable) {
        return writable;
    }
    try {
        SQLite::Transaction transaction(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        if (Status done = work(); !done) {
            return done; // rolled back as the transaction goes out of scope
        }
        if (Status scores = refreshScores(); !scores) {
            return scores; // the stored scores commit with the edit, or nothing does
        }
        transaction.commit();
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    }
    return success();
}

} // namespace lastmile::storage
