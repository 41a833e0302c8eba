// SPDX-License-Identifier: Apache-2.0
#include "undo_notice.h"

#include "plain_label.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace lastmile::app {

namespace {

constexpr int kShownMs = 20000;

} // namespace

UndoNotice::UndoNotice(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("undoNotice"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = plainLabel(this, QStringLiteral("undoNoticeLabel"), false);
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoNoticePushButton"));
    m_undo->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_text);
    layout->addWidget(m_undo);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UndoNotice::dismiss);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_stack && m_stack->index() == m_index) {
            m_stack->undo();
        }
        dismiss();
    });
    hide();
}

void UndoNotice::offer(const QString& what, QUndoStack* stack)
{
    if (m_stack) {
        disconnect(m_stack, nullptr, this, nullptr);
    }
    m_stack = stack;
    m_index = stack->index();
    m_text->setText(what);
    m_undo->setToolTip(tr("Undo: %1").arg(stack->undoText()));
    // Another edit or an undo makes the offer stale.
    connect(stack, &QUndoStack::indexChanged, this, [this](int index) {
        if (index != m_index) {
            dismiss();
        }
    });
    show();
    m_timer.start(kShownMs);
}

void UndoNotice::dismiss()
{
    if (m_stack) {
        disconnect(m_stack, nullptr, this, nullptr);
    }
    m_stack = nullptr;
    m_timer.stop();
    hide();
}

} // namespace lastmile::app
