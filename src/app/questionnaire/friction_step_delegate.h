// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace lastmile::app {

// Paints a friction step: its name, "5 of 9 answered", the coverage, and the live score on its
// band colour (hatched when it rests on insufficient evidence), with a thin progress bar.
class FrictionStepDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FrictionStepDelegate(QObject* parent = nullptr);

    // The width a row needs to show these friction names and its figures without eliding.
    int minimumWidth(const QFont& font, const QStringList& names) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace lastmile::app
