// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/question_bank.h"

namespace lastmile::test {

// The shipped English bank (resources/question-banks/lastmile-core.json), loaded once.
// Throws std::runtime_error when it does not load.
const QuestionBank& coreBank();

} // namespace lastmile::test
