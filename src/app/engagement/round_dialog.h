// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"

#include <QDialog>
#include <memory>

namespace Ui {
class RoundDialog;
}

namespace lastmile::app {

// Starts a new round: its name, the day it is held, and whether the previous round's
// respondents come along (checked by default). OK stays disabled while the name is empty.
class RoundDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoundDialog(QWidget* parent = nullptr);
    ~RoundDialog() override;

    // The round the respondents would come from (empty: there is none) and the bank it will use.
    void setPrevious(const QString& previousRound, const QString& bankDescription);
    Round round() const;
    bool copyRespondents() const;

private:
    void updateOk();

    std::unique_ptr<Ui::RoundDialog> m_ui;
};

} // namespace lastmile::app
