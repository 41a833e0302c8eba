// SPDX-License-Identifier: Apache-2.0
#include "filter_combos.h"

#include "engagement/stage_text.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QSignalBlocker>
#include <set>

namespace lastmile::app {

namespace {

class FilterText
{
    Q_DECLARE_TR_FUNCTIONS(Filters)
};

QString functionOf(const Initiative& initiative)
{
    return QString::fromStdString(initiative.businessFunction).trimmed();
}

} // namespace

FilterCombos addFilterCombos(QBoxLayout* bar, QWidget* parent, const QString& prefix)
{
    FilterCombos combos{new QComboBox(parent), new QComboBox(parent)};
    combos.function->setObjectName(prefix + QStringLiteral("FunctionComboBox"));
    combos.function->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combos.stage->setObjectName(prefix + QStringLiteral("StageComboBox"));
    combos.stage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* functionLabel = new QLabel(FilterText::tr("F&unction"), parent);
    functionLabel->setBuddy(combos.function);
    auto* stageLabel = new QLabel(FilterText::tr("&Stage"), parent);
    stageLabel->setBuddy(combos.stage);
    bar->addWidget(functionLabel);
    bar->addWidget(combos.function);
    bar->addSpacing(12);
    bar->addWidget(stageLabel);
    bar->addWidget(combos.stage);
    bar->addSpacing(12);
    return combos;
}

void fillFunctionCombo(QComboBox* combo, const Assessment& assessment)
{
    const QString chosen = chosenFunction(combo);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(FilterText::tr("All functions"), QString());
    std::set<QString> functions;
    for (const Initiative& initiative : assessment.initiatives) {
        if (!initiative.archived && !functionOf(initiative).isEmpty()) {
            functions.insert(functionOf(initiative));
        }
    }
    for (const QString& function : functions) {
        combo->addItem(function, function);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

void fillStageCombo(QComboBox* combo, const Assessment& assessment)
{
    const std::optional<Stage> chosen = chosenStage(combo);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(FilterText::tr("All stages"), QVariant());
    std::set<Stage> stages;
    for (const Initiative& initiative : assessment.initiatives) {
        if (!initiative.archived) {
            stages.insert(initiative.stage);
        }
    }
    for (Stage stage : kStages) {
        if (stages.count(stage)) {
            combo->addItem(stageLabel(stage), int(stage));
        }
    }
    combo->setCurrentIndex(chosen ? std::max(0, combo->findData(int(*chosen))) : 0);
}

QString chosenFunction(const QComboBox* combo)
{
    return combo->currentData().toString();
}

std::optional<Stage> chosenStage(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<Stage>(Stage(data.toInt())) : std::nullopt;
}

bool passes(const Initiative& initiative, const QString& function, std::optional<Stage> stage)
{
    if (!function.isEmpty() && functionOf(initiative).compare(function, Qt::CaseInsensitive) != 0) {
        return false;
    }
    return !stage || initiative.stage == *stage;
}

} // namespace lastmile::app
