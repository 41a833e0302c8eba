// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace lastmile::app {

class AssessmentDocument;

// The organization profile: name, sector and notes. Typing is applied when a field is left
// or after a short pause, through edit::setOrganization, whose steps merge into one undo step.
class OrganizationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationEditor(QWidget* parent = nullptr);

    // Applies what was typed to the document shown so far, then shows `document`.
    void setDocument(AssessmentDocument* document);
    // Shows the document's profile again (after an undo, say), keeping what is being typed.
    void reload();
    // Applies pending typing at once.
    void apply();

    QLineEdit* nameLineEdit() const { return m_name; }
    QLineEdit* sectorLineEdit() const { return m_sector; }
    QPlainTextEdit* notesPlainTextEdit() const { return m_notes; }

private:
    void typed();

    AssessmentDocument* m_document = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_sector = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_loading = false;
};

} // namespace lastmile::app
