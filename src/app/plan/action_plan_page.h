// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"

#include <QPointer>
#include <QWidget>
#include <cstdint>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace lastmile::storage {
struct Change;
}

namespace lastmile::app {

class ActionFilterModel;
class ActionModel;
class AssessmentDocument;

// The action plan: every action of one initiative or of the whole portfolio, in the order the
// report lists them. Add (by hand or from the question bank's recommendations), edit, mark
// done, delete and reorder, each an undoable edit; sort and filter by owner, status, friction
// and "overdue only".
class ActionPlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActionPlanPage(QWidget* parent = nullptr);
    ~ActionPlanPage() override;

    // The document shown, or none; the window calls setDocument(nullptr) before closing one.
    void setDocument(AssessmentDocument* document);

    ActionModel* actionModel() const { return m_model; }
    ActionFilterModel* filterModel() const { return m_filter; }
    QTableView* view() const { return m_view; }
    // The dialog the page has open (action or recommendation), or null.
    QDialog* openDialog() const { return m_dialog; }

    std::int64_t selectedActionId() const;
    void selectAction(std::int64_t actionId);
    // Shows one initiative's actions (0: the whole portfolio).
    void showInitiative(std::int64_t initiativeId);

    // What the buttons do; each does nothing on a read-only document.
    void addAction();
    void addFromRecommendation();
    void editAction(); // on a read-only document, shows the action without edit controls
    void markDone();
    void deleteAction();
    void moveUp();
    void moveDown();

private:
    QWidget* createFilters();
    QWidget* createButtons();
    void documentChanged(const storage::Change& change);
    void fillCombos();
    void applyFilters();
    void updateActions();
    void updateSummary();
    void move(int step);
    void openActionDialog(const Action& action);
    void showDialog(QDialog* dialog);
    bool editable() const;

    AssessmentDocument* m_document = nullptr;
    ActionModel* m_model = nullptr;
    ActionFilterModel* m_filter = nullptr;
    QComboBox* m_initiative = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_friction = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_orderHint = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_recommend = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace lastmile::app
