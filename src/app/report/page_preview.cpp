// SPDX-License-Identifier: Apache-2.0
#include "page_preview.h"

#include <QPaintEvent>
#include <QPainter>
#include <algorithm>

namespace lastmile::app {

namespace {

constexpr int kGap = 18;           // between pages and around them
constexpr int kMaxPageWidth = 900; // pixels; wider only blurs the preview

} // namespace

PagePreview::PagePreview(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pagePreview"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void PagePreview::setPages(std::vector<QImage> pages)
{
    m_pages = std::move(pages);
    updateGeometry();
    update();
}

qreal PagePreview::pageWidth(int width) const
{
    return std::clamp<qreal>(width - 2 * kGap, 120, kMaxPageWidth);
}

int PagePreview::heightForWidth(int width) const
{
    const qreal pageW = pageWidth(width);
    qreal height = kGap;
    for (const QImage& page : m_pages) {
        height += pageW * page.height() / std::max(1, page.width()) + kGap;
    }
    return static_cast<int>(height);
}

QSize PagePreview::sizeHint() const
{
    return {640, heightForWidth(640)};
}

void PagePreview::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xE4, 0xE6, 0xEA));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    const qreal pageW = pageWidth(width());
    const qreal left = std::max<qreal>(kGap, (width() - pageW) / 2.0);
    qreal top = kGap;
    for (const QImage& page : m_pages) {
        const QRectF target(left, top, pageW, pageW * page.height() / std::max(1, page.width()));
        if (target.intersects(event->rect())) {
            painter.fillRect(target.translated(2, 3), QColor(0, 0, 0, 40));
            painter.drawImage(target, page);
        }
        top = target.bottom() + kGap;
    }
}

} // namespace lastmile::app
