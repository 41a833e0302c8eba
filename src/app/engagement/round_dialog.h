// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"
#include "core/question_bank.h"

#include <QDialog>
#include <memory>
#include <vector>

namespace Ui {
class RoundDialog;
}

namespace lastmile::app {

// Starts a new round: its name, the day it is held, whether the previous round's respondents
// come along (checked by default) and the question bank it is asked with (the latest round's
// unless another is picked). OK stays disabled while the name is empty.
class RoundDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoundDialog(QWidget* parent = nullptr);
    ~RoundDialog() override;

    // The round the respondents would come from (empty: there is none) and the bank it will use.
    void setPrevious(const QString& previousRound, const QString& bankDescription);
    // The banks to choose from: `current` (the latest round's, chosen first), then `available`
    // (the built-in and installed banks) except one that is the same id and content version.
    void setBanks(const QuestionBank& current, const std::vector<QuestionBank>& available);
    // The chosen bank (empty before setBanks).
    QuestionBank bank() const;
    Round round() const;
    bool copyRespondents() const;

private:
    void updateOk();
    void updateBank();

    std::unique_ptr<Ui::RoundDialog> m_ui;
    std::vector<QuestionBank> m_banks;
};

} // namespace lastmile::app
