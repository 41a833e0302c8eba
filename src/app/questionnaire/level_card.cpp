// SPDX-License-Identifier: Apache-2.0
#include "level_card.h"

#include <QEnterEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace lastmile::app {

namespace {

constexpr int kTextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kSecondaryInk(0x40, 0x40, 0x40);
const QColor kAccent(0x1F, 0x4E, 0x9A);

} // namespace

LevelCard::LevelCard(const QString& key, QWidget* parent) : QAbstractButton(parent), m_key(key)
{
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateAccessibleName();
}

void LevelCard::setContent(const QString& title, const QString& anchor)
{
    m_title = title;
    m_anchor = anchor;
    setText(title);
    updateAccessibleName();
    updateGeometry();
    update();
}

void LevelCard::setSelected(bool selected)
{
    if (m_selected != selected) {
        m_selected = selected;
        updateAccessibleName();
        update();
    }
}

void LevelCard::updateAccessibleName()
{
    QString name = tr("%1: %2").arg(m_key, m_title);
    if (m_selected) {
        name = tr("%1 (selected)").arg(name);
    }
    setAccessibleName(name);
    setAccessibleDescription(m_anchor);
}

LevelCard::Metrics LevelCard::metrics() const
{
    const int line = fontMetrics().height();
    const int padding = line * 2 / 3;
    return {padding, QFontMetrics(keyFont()).height() + line / 3, line * 2 / 3, 1};
}

QFont LevelCard::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QFont LevelCard::keyFont() const
{
    QFont key = font();
    key.setBold(true);
    key.setPointSizeF(font().pointSizeF() * 1.3);
    return key;
}

int LevelCard::textWidth(int width) const
{
    const Metrics m = metrics();
    return std::max(40, width - 2 * m.padding - m.badge - m.gap - 2 * m.border);
}

int LevelCard::titleHeight(int width) const
{
    return QFontMetrics(titleFont()).boundingRect(0, 0, width, 100000, kTextFlags, m_title).height();
}

int LevelCard::anchorHeight(int width) const
{
    if (m_anchor.isEmpty()) {
        return 0;
    }
    return fontMetrics().boundingRect(0, 0, width, 100000, kTextFlags, m_anchor).height() + fontMetrics().height() / 4;
}

int LevelCard::heightForWidth(int width) const
{
    const Metrics m = metrics();
    const int text = textWidth(width);
    return 2 * m.padding + 2 * m.border + std::max(m.badge, titleHeight(text) + anchorHeight(text));
}

QSize LevelCard::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 70;
    return {width, heightForWidth(width)};
}

QSize LevelCard::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 24;
    return {width, heightForWidth(width)};
}

void LevelCard::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!isEnabled()) {
        painter.setOpacity(0.5); // a card that cannot be chosen (review mode) looks it
    }
    const Metrics m = metrics();
    const int selectedBorder = 3;
    const int border = m_selected ? selectedBorder : m.border;
    const QRectF frame = QRectF(rect()).adjusted(border / 2.0, border / 2.0, -border / 2.0, -border / 2.0);

    QColor fill = Qt::white;
    QColor line = QColor(0xB8, 0xBE, 0xC6);
    if (m_selected) {
        fill = QColor(0xE3, 0xEC, 0xFA);
        line = kAccent;
    } else if (m_hovered && isEnabled()) {
        fill = QColor(0xF4, 0xF7, 0xFB);
        line = QColor(0x7A, 0x8A, 0xA0);
    }
    const qreal radius = fontMetrics().height() / 3.0;
    painter.setPen(QPen(line, border));
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, radius, radius);

    const int inset = m.padding + border;
    const QRect badge(inset, inset, m.badge, m.badge);
    const QColor badgeFill = m_selected ? kAccent : QColor(0xEC, 0xEE, 0xF1);
    painter.setPen(Qt::NoPen);
    painter.setBrush(badgeFill);
    painter.drawRoundedRect(badge, radius, radius);
    painter.setFont(keyFont());
    painter.setPen(m_selected ? Qt::white : kInk);
    painter.drawText(badge, Qt::AlignCenter, m_key);

    const int left = badge.right() + 1 + m.gap;
    const int width = textWidth(this->width());
    painter.setFont(titleFont());
    painter.setPen(kInk);
    const int titleH = titleHeight(width);
    const int top = m_anchor.isEmpty() ? inset + (m.badge - titleH) / 2 : inset;
    painter.drawText(QRect(left, top, width, titleH), kTextFlags, m_title);
    if (!m_anchor.isEmpty()) {
        painter.setFont(font());
        painter.setPen(kSecondaryInk);
        painter.drawText(QRect(left, top + titleH + fontMetrics().height() / 4, width, height()), kTextFlags, m_anchor);
    }
}

void LevelCard::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void LevelCard::leaveEvent(QEvent* event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace lastmile::app
