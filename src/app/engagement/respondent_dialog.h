// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class RespondentDialog;
}

namespace lastmile::app {

// Adds or edits a respondent of a round: name and role. OK stays disabled while the name is
// empty or already taken in the round.
class RespondentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RespondentDialog(QWidget* parent = nullptr);
    ~RespondentDialog() override;

    // Fills the fields; the id and round are kept for respondent().
    void setRespondent(const Respondent& respondent);
    // Names the other respondents of the round already have.
    void setTakenNames(const QStringList& names);
    Respondent respondent() const;

private:
    void updateOk();

    std::unique_ptr<Ui::RespondentDialog> m_ui;
    Respondent m_respondent;
    QStringList m_taken;
};

} // namespace lastmile::app
