// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "command_base.h"
#include "core/assessment.h"

namespace lastmile::app {

// Adds an action to the plan, last in order; undo removes it, redo brings it back with its id.
class AddActionCommand : public DocumentCommand
{
public:
    AddActionCommand(AssessmentDocument& document, Action action);
    std::int64_t actionId() const { return m_action.id; }

protected:
    bool apply(bool forward) override;

private:
    Action m_action;
};

// Changes an action's initiative, friction, text, owner, due date, status or note.
class EditActionCommand : public DocumentCommand
{
public:
    EditActionCommand(AssessmentDocument& document, Action before, Action after, const QString& text);

protected:
    bool apply(bool forward) override;

private:
    Action m_before;
    Action m_after;
};

// Removes an action; undo puts it back with its id at the place it had in the plan.
class RemoveActionCommand : public DocumentCommand
{
public:
    RemoveActionCommand(AssessmentDocument& document, Action action, int index);

protected:
    bool apply(bool forward) override;

private:
    Action m_action;
    int m_index;
};

// Moves an action to another place in the plan's order, which the report follows.
class MoveActionCommand : public DocumentCommand
{
public:
    MoveActionCommand(AssessmentDocument& document, std::int64_t actionId, int from, int to);

protected:
    bool apply(bool forward) override;

private:
    std::int64_t m_actionId;
    int m_from;
    int m_to;
};

} // namespace lastmile::app
