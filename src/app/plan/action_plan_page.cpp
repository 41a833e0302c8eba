// SPDX-License-Identifier: Apache-2.0
#include "action_plan_page.h"

#include "action_filter_model.h"
#include "action_model.h"
#include "app/assessment_document.h"
#include "app/plain_label.h"
#include "core/friction.h"
#include "plan_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace lastmile::app {

namespace {

QComboBox* makeCombo(QWidget* parent, const QString& objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QLabel* makeLabel(QWidget* parent, const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QPushButton* makeButton(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

// Refills a combo, keeping its current choice when it is still there.
void refill(QComboBox* combo, const std::vector<std::pair<QString, QVariant>>& items)
{
    const QVariant current = combo->currentData();
    QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto& [text, data] : items) {
        combo->addItem(text, data);
    }
    const int keep = combo->findData(current);
    combo->setCurrentIndex(keep >= 0 ? keep : 0);
}

} // namespace

ActionPlanPage::ActionPlanPage(QWidget* parent)
    : QWidget(parent), m_model(new ActionModel(this)), m_filter(new ActionFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(createFilters());

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("actionsTableView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(30);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicatorClearable(true); // a third click returns to the report's order
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ActionModel::TextColumn, QHeaderView::Stretch);
    header->resizeSection(ActionModel::InitiativeColumn, 230);
    header->resizeSection(ActionModel::FrictionColumn, 170);
    header->resizeSection(ActionModel::OwnerColumn, 150);
    header->resizeSection(ActionModel::DueColumn, 120);
    header->resizeSection(ActionModel::StatusColumn, 100);
    header->resizeSection(ActionModel::NoteColumn, 200);
    layout->addWidget(m_view, 1);

    m_orderHint = plainLabel(this, QStringLiteral("orderHintLabel"));
    m_orderHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_orderHint);
    layout->addWidget(createButtons());

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionPlanPage::updateActions);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ActionPlanPage::updateActions);
    connect(m_view, &QAbstractItemView::activated, this, &ActionPlanPage::editAction);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ActionPlanPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ActionPlanPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ActionPlanPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ActionPlanPage::updateSummary);
    setDocument(nullptr);
}

ActionPlanPage::~ActionPlanPage() = default;

QWidget* ActionPlanPage::createFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_initiative = makeCombo(bar, QStringLiteral("initiativeComboBox"));
    m_owner = makeCombo(bar, QStringLiteral("ownerComboBox"));
    m_status = makeCombo(bar, QStringLiteral("statusComboBox"));
    m_friction = makeCombo(bar, QStringLiteral("frictionComboBox"));
    m_overdue = new QCheckBox(tr("&Overdue only"), bar);
    m_overdue->setObjectName(QStringLiteral("overdueCheckBox"));
    row->addWidget(makeLabel(bar, tr("&Initiative:"), m_initiative));
    row->addWidget(m_initiative);
    row->addSpacing(12);
    row->addWidget(makeLabel(bar, tr("Ow&ner:"), m_owner));
    row->addWidget(m_owner);
    row->addWidget(makeLabel(bar, tr("&Status:"), m_status));
    row->addWidget(m_status);
    row->addWidget(makeLabel(bar, tr("Fri&ction:"), m_friction));
    row->addWidget(m_friction);
    row->addWidget(m_overdue);
    row->addStretch(1);
    m_summary = plainLabel(bar, QStringLiteral("summaryLabel"), false);
    row->addWidget(m_summary);

    m_status->addItem(tr("Any status"), -1);
    for (ActionStatus status : kActionStatuses) {
        m_status->addItem(actionStatusLabel(status), int(status));
    }
    for (QComboBox* combo : {m_initiative, m_owner, m_status, m_friction}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ActionPlanPage::applyFilters);
    }
    connect(m_overdue, &QCheckBox::toggled, this, &ActionPlanPage::applyFilters);
    return bar;
}

QWidget* ActionPlanPage::createButtons()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_add = makeButton(bar, tr("&Add Action…"), QStringLiteral("addActionPushButton"));
    m_recommend = makeButton(bar, tr("Add from &Recommendation…"), QStringLiteral("recommendPushButton"));
    m_edit = makeButton(bar, tr("Edi&t…"), QStringLiteral("editActionPushButton"));
    m_done = makeButton(bar, tr("&Mark Done"), QStringLiteral("markDonePushButton"));
    m_delete = makeButton(bar, tr("De&lete"), QStringLiteral("deleteActionPushButton"));
    m_up = makeButton(bar, tr("Move &Up"), QStringLiteral("moveUpPushButton"));
    m_down = makeButton(bar, tr("Move &Down"), QStringLiteral("moveDownPushButton"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    for (QPushButton* button : {m_add, m_recommend, m_edit, m_done, m_delete}) {
        row->addWidget(button);
    }
    row->addStretch(1);
    row->addWidget(m_up);
    row->addWidget(m_down);
    connect(m_add, &QPushButton::clicked, this, &ActionPlanPage::addAction);
    connect(m_recommend, &QPushButton::clicked, this, &ActionPlanPage::addFromRecommendation);
    connect(m_edit, &QPushButton::clicked, this, &ActionPlanPage::editAction);
    connect(m_done, &QPushButton::clicked, this, &ActionPlanPage::markDone);
    connect(m_delete, &QPushButton::clicked, this, &ActionPlanPage::deleteAction);
    connect(m_up, &QPushButton::clicked, this, &ActionPlanPage::moveUp);
    connect(m_down, &QPushButton::clicked, this, &ActionPlanPage::moveDown);
    return bar;
}

void ActionPlanPage::setDocument(AssessmentDocument* document)
{
    if (m_dialog) {
        m_dialog->reject();
        m_dialog->deleteLater();
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_model->setDocument(document);
    if (document) {
        connect(document, &AssessmentDocument::changed, this, &ActionPlanPage::documentChanged);
    }
    fillCombos();
    applyFilters();
}

bool ActionPlanPage::editable() const
{
    return m_document && !m_document->isReadOnly();
}

void ActionPlanPage::documentChanged(const storage::Change& change)
{
    using Kind = storage::Change::Kind;
    if (change.kind == Kind::Answer || change.kind == Kind::Consensus || change.kind == Kind::Respondent ||
        change.kind == Kind::Organization || change.kind == Kind::Target || change.kind == Kind::Branding) {
        return;
    }
    const std::int64_t selected = selectedActionId();
    m_model->reload();
    fillCombos();
    const bool added = change.kind == Kind::Action && m_document->action(change.actionId) &&
                       m_model->rowOf(change.actionId) >= 0 && selected != change.actionId;
    selectAction(added ? change.actionId : selected);
    updateActions();
    updateSummary();
}

void ActionPlanPage::fillCombos()
{
    std::vector<std::pair<QString, QVariant>> initiatives{{tr("All initiatives"), qlonglong(0)}};
    std::vector<std::pair<QString, QVariant>> owners{{tr("Any owner"), QVariant()}};
    std::vector<std::pair<QString, QVariant>> frictions{{tr("Any friction"), QString()}};
    if (m_document) {
        const Assessment& assessment = m_document->assessment();
        for (const Initiative& initiative : assessment.initiatives) {
            initiatives.emplace_back(QString::fromStdString(initiative.name), qlonglong(initiative.id));
        }
        QStringList names;
        bool unowned = false;
        for (const Action& action : assessment.actions) {
            unowned = unowned || action.owner.empty();
            if (!action.owner.empty()) {
                names.append(QString::fromStdString(action.owner));
            }
        }
        names.removeDuplicates();
        names.sort(Qt::CaseInsensitive);
        for (const QString& name : names) {
            owners.emplace_back(name, name);
        }
        if (unowned) {
            owners.emplace_back(tr("No owner"), QString(QLatin1String("")));
        }
        for (std::string_view id : kFrictionIds) {
            frictions.emplace_back(frictionName(assessment, std::string(id)), QString::fromUtf8(id.data(), id.size()));
        }
    }
    refill(m_initiative, initiatives);
    refill(m_owner, owners);
    refill(m_friction, frictions);
}

void ActionPlanPage::applyFilters()
{
    m_filter->setInitiative(m_initiative->currentData().toLongLong());
    const QVariant owner = m_owner->currentData();
    m_filter->setOwner(owner.isValid() ? std::optional<QString>(owner.toString()) : std::nullopt);
    const int status = m_status->currentData().toInt();
    m_filter->setStatus(status < 0 ? std::nullopt : std::optional<ActionStatus>(static_cast<ActionStatus>(status)));
    m_filter->setFriction(m_friction->currentData().toString().toStdString());
    m_filter->setOverdueOnly(m_overdue->isChecked());
    updateActions();
    updateSummary();
}

void ActionPlanPage::showInitiative(std::int64_t initiativeId)
{
    const int index = m_initiative->findData(qlonglong(initiativeId));
    m_initiative->setCurrentIndex(index >= 0 ? index : 0);
}

std::int64_t ActionPlanPage::selectedActionId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ActionModel::kIdRole).toLongLong();
}

void ActionPlanPage::selectAction(std::int64_t actionId)
{
    const int sourceRow = m_model->rowOf(actionId);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_view->clearSelection();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ActionPlanPage::updateActions()
{
    const bool canEdit = editable();
    const std::int64_t id = selectedActionId();
    const Action* action = m_document && id != 0 ? m_document->action(id) : nullptr;
    const bool reportOrder = m_view->horizontalHeader()->sortIndicatorSection() < 0;
    const int row = m_view->selectionModel()->selectedRows().isEmpty()
                        ? -1
                        : m_view->selectionModel()->selectedRows().first().row();
    m_add->setEnabled(canEdit && !m_document->assessment().initiatives.empty());
    m_recommend->setEnabled(canEdit && !m_document->assessment().rounds.empty());
    m_edit->setEnabled(action != nullptr);
    m_edit->setText(canEdit || !m_document ? tr("Edi&t…") : tr("De&tails…"));
    m_done->setEnabled(canEdit && action && action->status != ActionStatus::Done);
    m_delete->setEnabled(canEdit && action);
    m_up->setEnabled(canEdit && action && reportOrder && row > 0);
    m_down->setEnabled(canEdit && action && reportOrder && row >= 0 && row < m_filter->rowCount() - 1);
    m_orderHint->setText(reportOrder ? tr("Listed in the report's order; Move Up and Move Down change it.")
                                     : tr("Sorted by a column; click its header until the arrow goes to return to "
                                          "the report's order and reorder actions."));
}

void ActionPlanPage::updateSummary()
{
    if (!m_document) {
        m_summary->clear();
        return;
    }
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    QString text =
        shown == total ? tr("%n action(s)", nullptr, total) : tr("%1 of %n action(s) shown", nullptr, total).arg(shown);
    if (overdue > 0) {
        text += tr(" · %1 overdue").arg(overdue);
    }
    m_summary->setText(text);
}

void ActionPlanPage::showDialog(QDialog* dialog)
{
    if (m_dialog) {
        m_dialog->deleteLater();
    }
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace lastmile::app
