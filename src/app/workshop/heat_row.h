// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/scoring.h"

#include <QStringList>
#include <QWidget>

namespace lastmile::app {

// One initiative's seven friction scores as a row of band-coloured cells with the friction's
// name and score, hatched where the evidence is thin: the live heat row of the projector.
class HeatRow : public QWidget
{
    Q_OBJECT

public:
    explicit HeatRow(QWidget* parent = nullptr);

    // `names` in the order of `frictions`.
    void setScores(const std::vector<FrictionScore>& frictions, const QStringList& names);
    // The cells' texts ("Process debt 62"), for tests and accessibility.
    QStringList cellTexts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<FrictionScore> m_frictions;
    QStringList m_names;
};

} // namespace lastmile::app
