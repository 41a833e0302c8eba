// SPDX-License-Identifier: Apache-2.0
#include "action_commands.h"

#include "app/assessment_document.h"

#include <QCoreApplication>

namespace lastmile::app {

AddActionCommand::AddActionCommand(AssessmentDocument& document, Action action)
    : DocumentCommand(document, QCoreApplication::translate("AddActionCommand", "Add Action")),
      m_action(std::move(action))
{
}

bool AddActionCommand::apply(bool forward)
{
    if (!forward) {
        return document().eraseAction(m_action.id);
    }
    const auto id = document().writeNewAction(m_action);
    if (id) {
        m_action.id = *id; // a redo re-adds it with the same id, which later commands refer to
    }
    return id.has_value();
}

EditActionCommand::EditActionCommand(AssessmentDocument& document, Action before, Action after, const QString& text)
    : DocumentCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
{
}

bool EditActionCommand::apply(bool forward)
{
    return document().writeAction(forward ? m_after : m_before);
}

RemoveActionCommand::RemoveActionCommand(AssessmentDocument& document, Action action, int index)
    : DocumentCommand(document, QCoreApplication::translate("RemoveActionCommand", "Delete Action")),
      m_action(std::move(action)), m_index(index)
{
}

bool RemoveActionCommand::apply(bool forward)
{
    if (forward) {
        return document().eraseAction(m_action.id);
    }
    return document().writeNewAction(m_action, m_index).has_value();
}

MoveActionCommand::MoveActionCommand(AssessmentDocument& document, std::int64_t actionId, int from, int to)
    : DocumentCommand(document, QCoreApplication::translate("MoveActionCommand", "Move Action")), m_actionId(actionId),
      m_from(from), m_to(to)
{
}

bool MoveActionCommand::apply(bool forward)
{
    return document().writeActionIndex(m_actionId, forward ? m_to : m_from);
}

} // namespace lastmile::app
