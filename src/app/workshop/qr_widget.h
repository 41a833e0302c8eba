// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "render/qr_code.h"

#include <QByteArray>
#include <QWidget>
#include <optional>

namespace lastmile::app {

// A QR code on screen: the join address of phone voting, encoded by the voting module
// (modules::encodeQr) and drawn with render::paintQr as a black square on white with its quiet
// zone, as large as the widget allows (it keeps itself square). Draws nothing when it holds no
// text, the text does not fit in a QR code, or the voting module cannot be loaded.
class QrWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrWidget(QWidget* parent = nullptr);

    // The text the code holds (UTF-8 bytes; an address), or empty for none.
    void setText(const QByteArray& text);
    QByteArray text() const { return m_text; }
    // True when a code is drawn: the text is set and fits in a QR code.
    bool hasCode() const { return m_code.has_value(); }
    // The side of the square in pixels the widget asks for.
    void setSide(int pixels);

    QSize sizeHint() const override { return {m_side, m_side}; }
    QSize minimumSizeHint() const override { return {m_side / 2, m_side / 2}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QByteArray m_text;
    std::optional<render::QrCode> m_code;
    int m_side = 200;
};

} // namespace lastmile::app
