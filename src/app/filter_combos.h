// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"
#include "core/assessment_data.h"

#include <QString>
#include <optional>

class QBoxLayout;
class QComboBox;
class QWidget;

namespace lastmile::app {

// The business function and stage filters the summary and the heatmap share: "All functions"
// then each function of the file's active initiatives (A to Z); "All stages" then each stage in use.
// The current choice is kept when it still exists. Filling does not emit currentIndexChanged.
struct FilterCombos
{
    QComboBox* function = nullptr;
    QComboBox* stage = nullptr;
};

// Adds "Function [combo]  Stage [combo]" with their mnemonics to `bar`, the combos named
// `prefix` + "FunctionComboBox" and "StageComboBox", owned by `parent`.
FilterCombos addFilterCombos(QBoxLayout* bar, QWidget* parent, const QString& prefix);

void fillFunctionCombo(QComboBox* combo, const Assessment& assessment);
void fillStageCombo(QComboBox* combo, const Assessment& assessment);
// The choice of a combo filled above: empty for all functions, none for all stages.
QString chosenFunction(const QComboBox* combo);
std::optional<Stage> chosenStage(const QComboBox* combo);
// Whether `initiative` passes both filters (a function compares without case).
bool passes(const Initiative& initiative, const QString& function, std::optional<Stage> stage);

} // namespace lastmile::app
