// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUndoCommand>

namespace lastmile::app {

class AssessmentDocument;

// Base of every edit. A command holds plain values (ids and the before/after state), never
// pointers into the document's cached contents, which are replaced as the file changes. The
// document outlives its undo stack's commands. When the first redo is refused by the file, the
// command marks itself obsolete and the undo stack drops it; the document has already reported
// the failure.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(AssessmentDocument& document, const QString& text) : QUndoCommand(text), m_document(document) {}

    void redo() final
    {
        if (!apply(true) && m_first) {
            setObsolete(true);
        }
        m_first = false;
    }
    void undo() final { apply(false); }

protected:
    // Writes the "after" (forward) or "before" state; false when the file refused.
    virtual bool apply(bool forward) = 0;
    AssessmentDocument& document() const { return m_document; }

private:
    AssessmentDocument& m_document;
    bool m_first = true;
};

} // namespace lastmile::app
