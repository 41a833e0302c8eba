// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractButton>

namespace lastmile::app {

// One large selectable answer card: the key that chooses it ("0".."4", "D", "N"), a title (the
// bank's scale label) and the behavioural anchor, painted as plain text. The card never takes
// keyboard focus; the questionnaire's keys choose it. A disabled card stays fully legible, so a
// read-only file can still be read.
class LevelCard : public QAbstractButton
{
    Q_OBJECT

public:
    explicit LevelCard(const QString& key, QWidget* parent = nullptr);

    void setContent(const QString& title, const QString& anchor);
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Metrics
    {
        int padding;
        int badge;
        int gap;
        int border;
    };
    Metrics metrics() const;
    QFont titleFont() const;
    QFont keyFont() const;
    int textWidth(int width) const;
    int titleHeight(int textWidth) const;
    int anchorHeight(int textWidth) const;
    void updateAccessibleName();

    QString m_key;
    QString m_title;
    QString m_anchor;
    bool m_selected = false;
    bool m_hovered = false;
};

} // namespace lastmile::app
