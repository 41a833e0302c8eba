// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/answer.h"
#include "core/question_bank.h"

#include <QString>
#include <optional>

namespace lastmile::app {

// How the questionnaire names an answer: "2 · Partly in place", "Don't know", "Not applicable".
QString answerLabel(const Answer& answer, const QuestionBank& bank);
// The short form for tight spaces: "2", "DK", "N/A".
QString answerShortLabel(const Answer& answer);
// "62" or "–" for a score; "78 %" for a coverage fraction.
QString scoreLabel(const std::optional<double>& score);
QString coverageLabel(double coverage);

} // namespace lastmile::app
