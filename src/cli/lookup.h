// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <QString>

namespace lastmile::cli {

// Finds things "by id or by exact name", as the command line names them. Null if none.
const RoundData* findRound(const Assessment& assessment, const QString& idOrName);
const Initiative* findInitiative(const Assessment& assessment, const QString& idOrName);
const Respondent* findRespondent(const RoundData& round, const QString& idOrName);

// The round and initiative a command names, by id or exact name, in `assessment` read from
// `path`. False, after printing "FILE: no round "R"" (or initiative) on stderr, when one is missing.
bool findRoundAndInitiative(const Assessment& assessment, const QString& path, const QString& round,
                            const QString& initiative, const RoundData*& foundRound,
                            const Initiative*& foundInitiative);

} // namespace lastmile::cli
