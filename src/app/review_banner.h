// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lastmile::app {

class AssessmentDocument;

// The bar above a document in review (docs/architecture.md, review mode): one sentence saying
// why the file is open read-only, and an Edit button where editing can be asked for. Hidden
// while the document is writable or none is open.
class ReviewBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewBanner(QWidget* parent = nullptr);

    // Shows why `document` is read-only (AssessmentDocument::readOnlyReason): asked for, a file
    // or folder that cannot be written (no Edit: only a copy can be changed), or another window
    // editing it. Hides the bar for a writable document or null.
    void setDocument(const AssessmentDocument* document);

    // The sentence shown; empty while hidden.
    QString text() const;
    // Whether the Edit button is offered.
    bool offersEdit() const;

signals:
    // Edit was clicked: reopen the file for editing.
    void editRequested();

private:
    QLabel* m_text = nullptr;
    QPushButton* m_edit = nullptr;
};

} // namespace lastmile::app
