// SPDX-License-Identifier: Apache-2.0
// Internal to src/storage: bringing a cached Assessment up to date after one change.
#pragma once

#include "change.h"
#include "core/assessment_data.h"

namespace SQLite {
class Database;
}

namespace lastmile::storage {

// Reads from `db` what `change` touched and puts it into `assessment` (a whole load of the same
// file before the change): one answer or consensus answer; the organization, actions, targets
// or branding; a round's respondents and answers; the initiatives (with the answers, actions
// and targets a removal took along); the rounds (answers of rounds that stay are kept, those of
// new rounds read). Everything is read before `assessment` is touched, so when this throws
// (SQLite::Exception, InvalidRow) `assessment` is unchanged. Agendas are not part of an
// Assessment; AssessmentFile::loadAgenda reads them.
void refreshAssessment(SQLite::Database& db, Assessment& assessment, const Change& change);

} // namespace lastmile::storage
