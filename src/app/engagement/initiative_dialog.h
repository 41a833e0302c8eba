// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"

#include <QDialog>
#include <memory>

namespace Ui {
class InitiativeDialog;
}

namespace lastmile::app {

// Adds or edits an initiative: name, business function, owner, stage and target outcome.
// OK stays disabled while the name is empty.
class InitiativeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InitiativeDialog(QWidget* parent = nullptr);
    ~InitiativeDialog() override;

    // Fills the fields; the id and the archived flag are kept for initiative().
    void setInitiative(const Initiative& initiative);
    Initiative initiative() const;

private:
    void updateOk();

    std::unique_ptr<Ui::InitiativeDialog> m_ui;
    Initiative m_initiative;
};

} // namespace lastmile::app
