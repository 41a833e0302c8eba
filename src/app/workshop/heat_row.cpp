// SPDX-License-Identifier: Apache-2.0
#include "heat_row.h"

#include "render/heat_palette.h"

#include <QPainter>
#include <cmath>

namespace lastmile::app {

HeatRow::HeatRow(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatRow"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void HeatRow::setScores(const std::vector<FrictionScore>& frictions, const QStringList& names)
{
    m_frictions = frictions;
    m_names = names;
    setAccessibleDescription(cellTexts().join(QLatin1String(", ")));
    updateGeometry();
    update();
}

QStringList HeatRow::cellTexts() const
{
    QStringList texts;
    for (std::size_t i = 0; i < m_frictions.size(); ++i) {
        const FrictionScore& friction = m_frictions[i];
        const QString name = i < std::size_t(m_names.size()) ? m_names[int(i)] : QString();
        if (!friction.score) {
            texts.append(tr("%1: no answers").arg(name));
        } else if (friction.lowCoverage) {
            texts.append(tr("%1: %2, insufficient evidence").arg(name).arg(std::lround(*friction.score)));
        } else {
            texts.append(tr("%1: %2").arg(name).arg(std::lround(*friction.score)));
        }
    }
    return texts;
}

QSize HeatRow::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 3};
}

QSize HeatRow::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, fontMetrics().height() * 3};
}

void HeatRow::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    if (m_frictions.empty()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const qreal gap = 3.0;
    const qreal width = (rect().width() - gap * qreal(m_frictions.size() - 1)) / qreal(m_frictions.size());
    QFont small = font();
    QFont bold = font();
    bold.setBold(true);
    for (std::size_t i = 0; i < m_frictions.size(); ++i) {
        const FrictionScore& friction = m_frictions[i];
        const QRectF cell(qreal(i) * (width + gap), 0.0, width, rect().height());
        painter.fillRect(cell, render::scoreColour(friction.score));
        if (friction.score && friction.lowCoverage) {
            painter.fillRect(cell, render::lowCoverageBrush());
        }
        const QColor ink = friction.band ? render::textColourOn(*friction.band) : palette().color(QPalette::WindowText);
        painter.setPen(ink);
        const QRectF inner = cell.adjusted(4, 2, -4, -2);
        const QString name = i < std::size_t(m_names.size()) ? m_names[int(i)] : QString();
        painter.setFont(small);
        // One line, shortened at the end when the cell is too narrow for the whole name.
        painter.drawText(inner.adjusted(0, 0, 0, -inner.height() / 2), Qt::AlignCenter,
                         QFontMetrics(small).elidedText(name, Qt::ElideRight, int(inner.width())));
        painter.setFont(bold);
        const QString score = friction.score ? QString::number(std::lround(*friction.score)) : tr("–");
        painter.drawText(inner.adjusted(0, inner.height() / 2, 0, 0), Qt::AlignCenter, score);
    }
}

} // namespace lastmile::app
