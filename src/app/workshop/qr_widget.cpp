// SPDX-License-Identifier: Apache-2.0
#include "qr_widget.h"

#include "modules/voting_module.h"

#include <QPainter>
#include <algorithm>

namespace lastmile::app {

QrWidget::QrWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("qrWidget"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void QrWidget::setText(const QByteArray& text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_code = text.isEmpty() ? std::nullopt : modules::encodeQr(text);
    update();
}

void QrWidget::setSide(int pixels)
{
    if (pixels != m_side) {
        m_side = pixels;
        updateGeometry();
    }
}

void QrWidget::paintEvent(QPaintEvent*)
{
    if (!m_code) {
        return;
    }
    QPainter painter(this);
    const qreal side = std::min(width(), height());
    render::paintQr(painter, QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side), *m_code);
}

} // namespace lastmile::app
