// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace lastmile::app {

// A notice in the status bar after an edit that took something out of view (an archived
// initiative, a deleted action): what happened and an Undo button, for a while. Undo undoes
// that edit only while it is still the last one on the stack.
class UndoNotice : public QWidget
{
    Q_OBJECT

public:
    explicit UndoNotice(QWidget* parent = nullptr);

    // Shows `what` with Undo for the edit now at the top of `stack`.
    void offer(const QString& what, QUndoStack* stack);
    void dismiss();
    QPushButton* undoButton() const { return m_undo; }

private:
    QLabel* m_text = nullptr;
    QPushButton* m_undo = nullptr;
    QPointer<QUndoStack> m_stack;
    int m_index = -1;
    QTimer m_timer;
};

} // namespace lastmile::app
