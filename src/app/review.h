// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace lastmile::app {

class AssessmentDocument;

// Review mode is a document open read-only (AssessmentDocument::isReadOnly()): every view shows
// everything and changes nothing. These helpers tell the user why a change was refused, never
// nothing.

// Why `document` refuses changes, one sentence for the status bar or a tooltip; empty when it
// can be changed (or is null).
QString reviewReason(const AssessmentDocument* document);

// Shows `reason` in the status bar of `widget`'s main window (for a few seconds) and as a
// tooltip at `widget`.
void showRefusal(QWidget* widget, const QString& reason);

// For a handler about to change `document`: when it is in review, tells the user why at
// `widget` and returns true (the handler then changes nothing); else returns false.
bool refuseIfReadOnly(QWidget* widget, const AssessmentDocument* document);

// Watches the widgets under a root while its document is in review: a click on a disabled
// control, or typing into a read-only text field, shows why nothing changes. Install it on the
// application (QApplication::installEventFilter); it never consumes an event.
class ReviewGuard : public QObject
{
    Q_OBJECT

public:
    ReviewGuard(QWidget* root, QObject* parent = nullptr);

    // The document the widgets show; null or writable: the guard stays silent.
    void setDocument(const AssessmentDocument* document);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_root;
    const AssessmentDocument* m_document = nullptr;
};

} // namespace lastmile::app
