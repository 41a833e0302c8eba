// SPDX-License-Identifier: Apache-2.0
#include "friction_step_delegate.h"

#include "answer_labels.h"
#include "friction_step_model.h"
#include "render/heat_palette.h"

#include <QPainter>
#include <algorithm>

namespace lastmile::app {

namespace {

const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kSecondaryInk(0x4A, 0x4A, 0x4A);
const QColor kAccent(0x1F, 0x4E, 0x9A);

QFont boldFont(const QFont& font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

FrictionStepDelegate::FrictionStepDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

int FrictionStepDelegate::minimumWidth(const QFont& font, const QStringList& names) const
{
    const QFontMetrics metrics(font);
    const QFontMetrics bold(boldFont(font));
    const int pad = metrics.height() / 2;
    int widest = metrics.horizontalAdvance(tr("%1 of %2 · coverage %3").arg(9).arg(9).arg(QStringLiteral("100 %")));
    for (const QString& name : names) {
        widest = std::max(widest, bold.horizontalAdvance(name));
    }
    const int chip = bold.horizontalAdvance(QStringLiteral("100.0")) + pad * 2;
    return widest + chip + pad * 4 + (4);
}

QSize FrictionStepDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    return {metrics.averageCharWidth() * 30, 3 * line + line + line / 3};
}

void FrictionStepDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    const int pad = line / 2;
    const QRect rect = option.rect;
    const bool current = option.state & QStyle::State_Selected;

    if (current) {
        painter->fillRect(rect, QColor(0xE3, 0xEC, 0xFA));
        painter->fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), kAccent);
    } else if (option.state & QStyle::State_MouseOver) {
        painter->fillRect(rect, QColor(0xF4, 0xF6, 0xF8));
    }
    painter->setPen(QColor(0xDD, 0xE1, 0xE6));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());

    // The score chip on the right, on its band colour.
    const QVariant score = index.data(FrictionStepModel::ScoreRole);
    const QVariant band = index.data(FrictionStepModel::BandRole);
    const QFont chipFont = boldFont(option.font);
    const int chipWidth = QFontMetrics(chipFont).horizontalAdvance(QStringLiteral("100.0")) + pad * 2;
    const QRect chip(rect.right() - pad - chipWidth, rect.top() + pad, chipWidth, 2 * line);
    const bool hasBand = band.isValid();
    const Band bandValue = hasBand ? static_cast<Band>(band.toInt()) : Band::Low;
    painter->setPen(Qt::NoPen);
    painter->setBrush(hasBand ? render::bandColour(bandValue) : render::noScoreColour());
    painter->drawRoundedRect(chip, line / 4.0, line / 4.0);
    if (score.isValid() && index.data(FrictionStepModel::LowCoverageRole).toBool()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(render::lowCoverageBrush());
        painter->drawRoundedRect(chip, line / 4.0, line / 4.0);
    }
    painter->setFont(chipFont);
    painter->setPen(hasBand ? render::textColourOn(bandValue) : kSecondaryInk);
    painter->drawText(chip, Qt::AlignCenter,
                      scoreLabel(score.isValid() ? std::optional<double>(score.toDouble()) : std::nullopt));

    // Name and progress on the left.
    const int left = rect.left() + pad + (4);
    const int textWidth = chip.left() - pad - left;
    painter->setFont(boldFont(option.font));
    painter->setPen(kInk);
    const QString name =
        QFontMetrics(painter->font()).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textWidth);
    painter->drawText(QRect(left, rect.top() + pad, textWidth, line), Qt::AlignLeft | Qt::AlignVCenter, name);

    const int answered = index.data(FrictionStepModel::AnsweredRole).toInt();
    const int total = index.data(FrictionStepModel::QuestionCountRole).toInt();
    const QString detail = score.isValid()
                               ? tr("%1 of %2 · coverage %3")
                                     .arg(answered)
                                     .arg(total)
                                     .arg(coverageLabel(index.data(FrictionStepModel::CoverageRole).toDouble()))
                               : tr("%1 of %2").arg(answered).arg(total);
    painter->setFont(option.font);
    painter->setPen(kSecondaryInk);
    painter->drawText(QRect(left, rect.top() + pad + line, textWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(detail, Qt::ElideRight, textWidth));
    const int disagreements = index.data(FrictionStepModel::DisagreementsRole).toInt();
    if (disagreements > 0) {
        const QString flag = disagreements == 1 ? tr("1 disagreement") : tr("%1 disagreements").arg(disagreements);
        painter->setPen(render::bandColour(Band::Critical));
        painter->setFont(boldFont(option.font));
        painter->drawText(QRect(left, rect.top() + pad + 2 * line, textWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(painter->font()).elidedText(flag, Qt::ElideRight, textWidth));
    }

    // A thin progress bar along the bottom.
    const int barHeight = std::max(3, line / 6);
    const QRect bar(left, rect.bottom() - pad / 2 - barHeight, textWidth, barHeight);
    painter->fillRect(bar, QColor(0xE2, 0xE5, 0xE9));
    if (total > 0 && answered > 0) {
        QRect done = bar;
        done.setWidth(bar.width() * answered / total);
        painter->fillRect(done, kAccent);
    }
    painter->restore();
}

} // namespace lastmile::app
