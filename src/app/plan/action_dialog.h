// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ActionDialog;
}

namespace lastmile::app {

// Adds or edits one action: initiative, friction, text, owner, due date (or none), status and
// note. OK stays disabled while the text is empty. Read-only shows everything, changes nothing.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    // Lists the assessment's initiatives (archived ones only when the action already has one)
    // and the seven frictions by the names of the latest round's bank.
    explicit ActionDialog(const Assessment& assessment, QWidget* parent = nullptr);
    ~ActionDialog() override;

    void setAction(const Action& action);
    // The action as entered; its id and recommendation id are those given to setAction.
    Action action() const;
    void setReadOnly(bool readOnly);

private:
    void updateOk();
    void setDueEnabled(bool on);

    std::unique_ptr<Ui::ActionDialog> m_ui;
    const Assessment& m_assessment;
    Action m_action;
    bool m_readOnly = false;
};

} // namespace lastmile::app
