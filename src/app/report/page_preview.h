// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QWidget>
#include <vector>

namespace lastmile::app {

// The report's pages, drawn one under the other at the width the widget is given, each on a
// soft shadow, as a reader would show them.
class PagePreview : public QWidget
{
    Q_OBJECT

public:
    explicit PagePreview(QWidget* parent = nullptr);

    void setPages(std::vector<QImage> pages);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    const QImage& page(int index) const { return m_pages.at(static_cast<std::size_t>(index)); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    qreal pageWidth(int width) const;

    std::vector<QImage> m_pages;
};

} // namespace lastmile::app
