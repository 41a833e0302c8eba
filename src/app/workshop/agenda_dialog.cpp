// SPDX-License-Identifier: Apache-2.0
#include "agenda_dialog.h"

#include "app/assessment_document.h"
#include "ui_agenda_dialog.h"

#include <QPushButton>
#include <algorithm>
#include <cmath>

namespace lastmile::app {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kUnplannedSeconds = 60; // what a question without a time box is counted at in the estimate

} // namespace

AgendaDialog::AgendaDialog(const AssessmentDocument& document, std::int64_t roundId, QWidget* parent)
    : QDialog(parent), m_document(document), m_roundId(roundId), m_ui(std::make_unique<Ui::AgendaDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Plan"));
    QPushButton* clear = m_ui->buttonBox->addButton(tr("&Clear Agenda"), QDialogButtonBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("clearAgendaPushButton"));
    clear->setToolTip(tr("Forget the plan: the room answers every question of every initiative"));
    m_ui->questionsTreeWidget->header()->setStretchLastSection(false);
    m_ui->questionsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->questionsTreeWidget->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    const Agenda* current = document.agenda(roundId);
    clear->setEnabled(current != nullptr);
    if (current && current->current()) {
        m_keep = *current->current();
    }
    fill(current);

    connect(m_ui->initiativesListWidget, &QListWidget::itemChanged, this, &AgendaDialog::updateSummary);
    connect(m_ui->initiativesListWidget->model(), &QAbstractItemModel::rowsMoved, this, &AgendaDialog::updateSummary);
    connect(m_ui->questionsTreeWidget, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column == 1) {
            const int seconds = std::clamp(item->data(1, Qt::EditRole).toInt(), 0, kMaxTimeBoxSeconds);
            if (seconds != item->data(1, Qt::EditRole).toInt()) {
                item->setData(1, Qt::EditRole, seconds);
            }
        }
        updateSummary();
    });
    connect(m_ui->moveUpPushButton, &QPushButton::clicked, this, [this] { moveInitiative(-1); });
    connect(m_ui->moveDownPushButton, &QPushButton::clicked, this, [this] { moveInitiative(1); });
    connect(m_ui->applyTimeBoxPushButton, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem* item : questionItems()) {
            if (item->checkState(0) == Qt::Checked) {
                item->setData(1, Qt::EditRole, m_ui->timeBoxSpinBox->value());
            }
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        emit planned(m_roundId, agenda());
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(clear, &QPushButton::clicked, this, [this] {
        emit planned(m_roundId, std::nullopt);
        accept();
    });
    updateSummary();
}

AgendaDialog::~AgendaDialog() = default;

void AgendaDialog::fill(const Agenda* current)
{
    const RoundData* round = m_document.round(m_roundId);
    if (!round) {
        return;
    }
    // Initiatives: those on the plan first, in its order, then the other active ones.
    std::vector<std::int64_t> order;
    if (current) {
        for (const AgendaItem& item : current->items) {
            if (std::find(order.begin(), order.end(), item.initiativeId) == order.end()) {
                order.push_back(item.initiativeId);
            }
        }
    }
    const std::vector<std::int64_t> planned = order;
    for (const Initiative& initiative : m_document.assessment().initiatives) {
        if (!initiative.archived && std::find(order.begin(), order.end(), initiative.id) == order.end()) {
            order.push_back(initiative.id);
        }
    }
    for (std::int64_t id : order) {
        const Initiative* initiative = m_document.initiative(id);
        if (!initiative || initiative->archived) {
            continue;
        }
        auto* item = new QListWidgetItem(QString::fromStdString(initiative->name), m_ui->initiativesListWidget);
        item->setData(kIdRole, qlonglong(id));
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled);
        const bool chosen = !current || std::find(planned.begin(), planned.end(), id) != planned.end();
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }

    for (const Friction& friction : round->bank.frictions) {
        auto* top = new QTreeWidgetItem(m_ui->questionsTreeWidget);
        top->setText(0, QString::fromStdString(friction.name));
        top->setFlags(top->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        for (const Question& question : friction.questions) {
            auto* child = new QTreeWidgetItem(top);
            child->setText(0, QString::fromStdString(question.text));
            child->setToolTip(0, QString::fromStdString(question.text));
            child->setData(0, kIdRole, QString::fromStdString(question.id));
            child->setFlags(child->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
            int seconds = 0;
            bool chosen = current == nullptr;
            if (current) {
                const auto found = std::find_if(current->items.begin(), current->items.end(),
                                                [&](const AgendaItem& item) { return item.questionId == question.id; });
                chosen = found != current->items.end();
                seconds = chosen ? found->timeBoxSeconds : 0;
            }
            child->setCheckState(0, chosen ? Qt::Checked : Qt::Unchecked);
            child->setData(1, Qt::EditRole, seconds);
        }
    }
    m_ui->questionsTreeWidget->expandAll();
    m_ui->anonymousCheckBox->setChecked(current && current->anonymousReveal);
}

std::vector<QTreeWidgetItem*> AgendaDialog::questionItems() const
{
    std::vector<QTreeWidgetItem*> items;
    QTreeWidget* tree = m_ui->questionsTreeWidget;
    for (int f = 0; f < tree->topLevelItemCount(); ++f) {
        QTreeWidgetItem* top = tree->topLevelItem(f);
        for (int q = 0; q < top->childCount(); ++q) {
            items.push_back(top->child(q));
        }
    }
    return items;
}

std::vector<std::int64_t> AgendaDialog::chosenInitiatives() const
{
    std::vector<std::int64_t> ids;
    for (int row = 0; row < m_ui->initiativesListWidget->count(); ++row) {
        const QListWidgetItem* item = m_ui->initiativesListWidget->item(row);
        if (item->checkState() == Qt::Checked) {
            ids.push_back(item->data(kIdRole).toLongLong());
        }
    }
    return ids;
}

Agenda AgendaDialog::agenda() const
{
    Agenda agenda;
    agenda.roundId = m_roundId;
    agenda.anonymousReveal = m_ui->anonymousCheckBox->isChecked();
    for (std::int64_t initiativeId : chosenInitiatives()) {
        for (const QTreeWidgetItem* item : questionItems()) {
            if (item->checkState(0) == Qt::Checked) {
                agenda.items.push_back({initiativeId, item->data(0, kIdRole).toString().toStdString(),
                                        std::clamp(item->data(1, Qt::EditRole).toInt(), 0, kMaxTimeBoxSeconds)});
            }
        }
    }
    const auto kept = std::find_if(agenda.items.begin(), agenda.items.end(), [&](const AgendaItem& item) {
        return item.initiativeId == m_keep.initiativeId && item.questionId == m_keep.questionId;
    });
    agenda.position = kept == agenda.items.end() ? 0 : int(kept - agenda.items.begin());
    return agenda;
}

void AgendaDialog::choose(const std::vector<std::int64_t>& initiativeIds, const std::vector<AgendaItem>& questions)
{
    QListWidget* list = m_ui->initiativesListWidget;
    for (std::size_t wanted = 0; wanted < initiativeIds.size(); ++wanted) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(kIdRole).toLongLong() == initiativeIds[wanted]) {
                list->insertItem(int(wanted), list->takeItem(row));
                break;
            }
        }
    }
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        const bool chosen = std::find(initiativeIds.begin(), initiativeIds.end(), item->data(kIdRole).toLongLong()) !=
                            initiativeIds.end();
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    for (QTreeWidgetItem* item : questionItems()) {
        const std::string id = item->data(0, kIdRole).toString().toStdString();
        const auto found = std::find_if(questions.begin(), questions.end(),
                                        [&](const AgendaItem& question) { return question.questionId == id; });
        item->setCheckState(0, found != questions.end() ? Qt::Checked : Qt::Unchecked);
        item->setData(1, Qt::EditRole, found != questions.end() ? found->timeBoxSeconds : 0);
    }
}

void AgendaDialog::setAnonymousReveal(bool on)
{
    m_ui->anonymousCheckBox->setChecked(on);
}

void AgendaDialog::moveInitiative(int delta)
{
    QListWidget* list = m_ui->initiativesListWidget;
    const int row = list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= list->count()) {
        return;
    }
    list->insertItem(to, list->takeItem(row));
    list->setCurrentRow(to);
    updateSummary();
}

void AgendaDialog::updateSummary()
{
    const Agenda planned = agenda();
    const int initiatives = int(chosenInitiatives().size());
    int seconds = 0;
    for (const AgendaItem& item : planned.items) {
        seconds += item.timeBoxSeconds > 0 ? item.timeBoxSeconds : kUnplannedSeconds;
    }
    const int questions = initiatives > 0 ? int(planned.items.size()) / initiatives : 0;
    const int minutes = int(std::lround(seconds / 60.0));
    m_ui->summaryLabel->setText(
        planned.items.empty()
            ? tr("Nothing is chosen: choose at least one initiative and one question.")
            : tr("%1 × %2 = %3 questions for the room, about %4 (a question without a time box is counted at "
                 "one minute).")
                  .arg(tr("%n question(s)", nullptr, questions), tr("%n initiative(s)", nullptr, initiatives))
                  .arg(planned.items.size())
                  .arg(tr("%n minute(s)", nullptr, minutes)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!planned.items.empty());
}

} // namespace lastmile::app
