// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace lastmile::test {

// Writes to `torn` a copy of the .lastmile file `before` as if it had been copied, without its
// journal, while the edit `sql` was being written: the pages of the edit's tables as after it,
// the pages of the answer table's indexes as before. Every page is sound on its own, so SQLite's
// quick_check passes it; integrity_check finds the indexes do not match their table.
void writeTornCopy(const std::string& before, const std::string& sql, const std::string& torn);

} // namespace lastmile::test
