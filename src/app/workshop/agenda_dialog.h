// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/agenda.h"

#include <QDialog>
#include <cstdint>
#include <memory>
#include <optional>

class QTreeWidgetItem;

namespace Ui {
class AgendaDialog;
}

namespace lastmile::app {

class AssessmentDocument;

// Plans what the room answers in one round (docs/workshop.md, "Agenda"): which initiatives in
// which order, which frictions and questions, a time box per question, and whether the reveal
// names people. Starts from the round's planned agenda, or from everything. Changes nothing
// itself: planned() carries the agenda, which the caller stores through the edit facade.
class AgendaDialog : public QDialog
{
    Q_OBJECT

public:
    AgendaDialog(const AssessmentDocument& document, std::int64_t roundId, QWidget* parent = nullptr);
    ~AgendaDialog() override;

    // The agenda as chosen now; empty when nothing is chosen.
    Agenda agenda() const;
    // Chooses the initiatives (in this order) and the questions to ask, each with a time box.
    void choose(const std::vector<std::int64_t>& initiativeIds, const std::vector<AgendaItem>& questions);
    void setAnonymousReveal(bool on);

signals:
    void planned(std::int64_t roundId, const std::optional<Agenda>& agenda);

private:
    void fill(const Agenda* current);
    void updateSummary();
    void moveInitiative(int delta);
    std::vector<std::int64_t> chosenInitiatives() const;
    std::vector<QTreeWidgetItem*> questionItems() const;

    const AssessmentDocument& m_document;
    std::int64_t m_roundId;
    std::unique_ptr<Ui::AgendaDialog> m_ui;
    AgendaItem m_keep; // the room's open item, kept as the position when it stays on the agenda
};

} // namespace lastmile::app
