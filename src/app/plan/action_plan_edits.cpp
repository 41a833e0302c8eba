// SPDX-License-Identifier: Apache-2.0
// The action plan page's edits: each opens its dialog or hands the change to the edit facade.
#include "action_dialog.h"
#include "action_filter_model.h"
#include "action_model.h"
#include "action_plan_page.h"
#include "app/assessment_document.h"
#include "app/edit.h"
#include "recommendation_dialog.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace lastmile::app {

void ActionPlanPage::addAction()
{
    if (!editable() || m_document->assessment().initiatives.empty()) {
        return;
    }
    Action fresh;
    fresh.initiativeId = m_filter->initiative();
    const std::int64_t selected = selectedActionId();
    if (const Action* current = selected != 0 ? m_document->action(selected) : nullptr) {
        fresh.initiativeId = fresh.initiativeId != 0 ? fresh.initiativeId : current->initiativeId;
        fresh.frictionId = current->frictionId;
    }
    openActionDialog(fresh);
}

void ActionPlanPage::addFromRecommendation()
{
    if (!editable() || m_document->assessment().rounds.empty()) {
        return;
    }
    std::int64_t initiativeId = m_filter->initiative();
    const std::int64_t selected = selectedActionId();
    const Action* current = selected != 0 ? m_document->action(selected) : nullptr;
    if (initiativeId == 0 && current) {
        initiativeId = current->initiativeId;
    }
    auto* dialog = new RecommendationDialog(m_document->assessment(), initiativeId, this);
    if (current && current->initiativeId == initiativeId) {
        dialog->setFriction(current->frictionId);
    }
    AssessmentDocument* document = m_document;
    connect(dialog, &QDialog::accepted, this, [this, dialog, document] {
        const Action prefilled = dialog->chosenAction();
        if (document == m_document && !prefilled.text.empty()) {
            openActionDialog(prefilled); // replaces this dialog as the page's open one
        }
    });
    showDialog(dialog);
}

void ActionPlanPage::openActionDialog(const Action& action)
{
    if (!m_document) {
        return;
    }
    auto* dialog = new ActionDialog(m_document->assessment(), this);
    dialog->setAction(action);
    dialog->setReadOnly(!editable());
    AssessmentDocument* document = m_document;
    connect(dialog, &QDialog::accepted, this, [this, dialog, document] {
        if (document != m_document || !editable()) {
            return;
        }
        const Action entered = dialog->action();
        if (entered.id == 0) {
            if (const auto id = edit::addAction(*document, entered)) {
                selectAction(*id);
            }
        } else if (document->action(entered.id)) {
            edit::editAction(*document, entered);
        }
    });
    showDialog(dialog);
}

void ActionPlanPage::editAction()
{
    const std::int64_t id = selectedActionId();
    const Action* action = m_document && id != 0 ? m_document->action(id) : nullptr;
    if (action) {
        openActionDialog(*action);
    }
}

void ActionPlanPage::markDone()
{
    const std::int64_t id = selectedActionId();
    const Action* action = m_document && id != 0 ? m_document->action(id) : nullptr;
    if (editable() && action) {
        Action done = *action;
        done.status = ActionStatus::Done;
        edit::editAction(*m_document, done);
    }
}

void ActionPlanPage::deleteAction()
{
    const std::int64_t id = selectedActionId();
    if (editable() && id != 0 && m_document->action(id)) {
        edit::removeAction(*m_document, id);
    }
}

void ActionPlanPage::moveUp()
{
    move(-1);
}

void ActionPlanPage::moveDown()
{
    move(1);
}

// Moves the selected action past its visible neighbour, so a filtered view reorders as shown.
void ActionPlanPage::move(int step)
{
    const std::int64_t id = selectedActionId();
    if (!editable() || id == 0 || m_view->horizontalHeader()->sortIndicatorSection() >= 0) {
        return;
    }
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const int neighbourRow = rows.isEmpty() ? -1 : rows.first().row() + step;
    if (neighbourRow < 0 || neighbourRow >= m_filter->rowCount()) {
        return;
    }
    const std::int64_t neighbour = m_filter->index(neighbourRow, 0).data(ActionModel::kIdRole).toLongLong();
    edit::moveAction(*m_document, id, m_document->actionIndex(neighbour));
    selectAction(id);
}

} // namespace lastmile::app
