// SPDX-License-Identifier: Apache-2.0
#include "review.h"

#include "assessment_document.h"

#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolTip>

namespace lastmile::app {

namespace {

class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(Review)
};

constexpr int kMessageMilliseconds = 8000;

bool isReadOnlyTextField(const QWidget* widget)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(widget)) {
        return line->isReadOnly();
    }
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget)) {
        return plain->isReadOnly();
    }
    if (qobject_cast<const QTextBrowser*>(widget)) {
        return false; // shows text, never edits it
    }
    if (const auto* rich = qobject_cast<const QTextEdit*>(widget)) {
        return rich->isReadOnly();
    }
    if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(widget)) {
        return spin->isReadOnly();
    }
    return false;
}

// A key that would type, delete or step a value; navigation and shortcuts are left alone.
bool isEditingKey(const QKeyEvent& event)
{
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        return false;
    }
    switch (event.key()) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        return true;
    default:
        break;
    }
    const QString text = event.text();
    return !text.isEmpty() && text.at(0).isPrint();
}

} // namespace

QString reviewReason(const AssessmentDocument* document)
{
    if (!document || !document->isReadOnly()) {
        return {};
    }
    switch (document->readOnlyReason()) {
    case AssessmentDocument::ReadOnlyReason::Location:
        return ReviewText::tr("Review mode: this file cannot be written here, so nothing can be changed. Use File > "
                              "Save a Copy As to work on a copy.");
    case AssessmentDocument::ReadOnlyReason::InUse:
        return ReviewText::tr("Review mode: another Lastmile window is editing this file. Close it there, then "
                              "click Edit.");
    case AssessmentDocument::ReadOnlyReason::None:
    case AssessmentDocument::ReadOnlyReason::Asked:
        break;
    }
    return ReviewText::tr("Review mode: nothing can be changed. Click Edit in the yellow bar to change this file.");
}

void showRefusal(QWidget* widget, const QString& reason)
{
    if (!widget || reason.isEmpty()) {
        return;
    }
    if (auto* window = qobject_cast<QMainWindow*>(widget->window())) {
        window->statusBar()->showMessage(reason, kMessageMilliseconds);
    }
    const QPoint anchor = widget->underMouse() ? widget->mapFromGlobal(QCursor::pos()) : widget->rect().center();
    QToolTip::showText(widget->mapToGlobal(anchor), reason, widget, {}, kMessageMilliseconds);
}

bool refuseIfReadOnly(QWidget* widget, const AssessmentDocument* document)
{
    const QString reason = reviewReason(document);
    if (reason.isEmpty()) {
        return false;
    }
    showRefusal(widget, reason);
    return true;
}

ReviewGuard::ReviewGuard(QWidget* root, QObject* parent) : QObject(parent), m_root(root) {}

void ReviewGuard::setDocument(const AssessmentDocument* document)
{
    m_document = document;
}

bool ReviewGuard::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::MouseButtonPress && type != QEvent::KeyPress) || !m_root || !m_document ||
        !m_document->isReadOnly() || !watched->isWidgetType()) {
        return false;
    }
    auto* widget = static_cast<QWidget*>(watched);
    if (!m_root->isAncestorOf(widget)) {
        return false;
    }
    bool refused = false;
    if (type == QEvent::MouseButtonPress) {
        refused = !widget->isEnabled() && static_cast<const QMouseEvent*>(event)->button() == Qt::LeftButton;
    } else {
        refused = isReadOnlyTextField(widget) && isEditingKey(*static_cast<const QKeyEvent*>(event));
    }
    if (refused) {
        showRefusal(widget, reviewReason(m_document));
    }
    return false;
}

} // namespace lastmile::app
