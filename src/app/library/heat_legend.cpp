// SPDX-License-Identifier: Apache-2.0
#include "heat_legend.h"

#include "render/heat_palette.h"
#include "text/messages.h"

#include <QPainter>
#include <algorithm>
#include <vector>

namespace lastmile::app {

namespace {

constexpr int kSwatch = 12;
constexpr int kGap = 6;
constexpr int kSpacing = 16;

struct Entry
{
    QColor colour;
    QString label;
};

std::vector<Entry> entries()
{
    std::vector<Entry> result;
    for (Band band : kBands) {
        result.push_back({render::bandColour(band), text::Messages::band(band)});
    }
    result.push_back({render::noScoreColour(), HeatLegend::tr("no answers")});
    return result;
}

} // namespace

HeatLegend::HeatLegend(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatLegend"));
    setToolTip(tr("Each cell of a strip is one of the seven frictions, in the order of the question bank. Hover "
                  "over a strip to see the frictions and their scores."));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize HeatLegend::sizeHint() const
{
    int width = fontMetrics().horizontalAdvance(tr("Friction:")) + kSpacing;
    for (const Entry& entry : entries()) {
        width += kSwatch + kGap + fontMetrics().horizontalAdvance(entry.label) + kSpacing;
    }
    return {width, std::max(kSwatch, fontMetrics().height()) + 4};
}

void HeatLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QString title = tr("Friction:");
    int x = 0;
    const QRect textRect(0, 0, width(), height());
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    x += fontMetrics().horizontalAdvance(title) + kGap * 2;
    for (const Entry& entry : entries()) {
        const QRect swatch(x, (height() - kSwatch) / 2, kSwatch, kSwatch);
        painter.fillRect(swatch, entry.colour);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        x += kSwatch + kGap;
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(x, 0, width() - x, height()), Qt::AlignLeft | Qt::AlignVCenter, entry.label);
        x += fontMetrics().horizontalAdvance(entry.label) + kSpacing;
    }
}

} // namespace lastmile::app
