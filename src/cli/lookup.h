// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <QString>

namespace lastmile::cli {

// Finds things "by id or by exact name", as the command line names them. Null if none.
const RoundData* findRound(const Assessment& assessment, const QString& idOrName);
const Initiative* findInitiative(const Assessment& assessment, const QString& idOrName);
const Respondent* findRespondent(const RoundData& round, const QString& idOrName);

} // namespace lastmile::cli
