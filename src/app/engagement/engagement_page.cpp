// SPDX-License-Identifier: Apache-2.0
#include "engagement_page.h"

#include "app/assessment_document.h"
#include "app/library/heat_legend.h"
#include "app/library/heat_strip_delegate.h"
#include "app/plain_label.h"
#include "initiative_model.h"
#include "organization_editor.h"
#include "respondent_model.h"
#include "round_comparison_view.h"
#include "round_model.h"
#include "stage_text.h"
#include "targets_dialog.h"

#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace lastmile::app {

namespace {

QTableView* makeTable(QWidget* parent, const QString& objectName, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(30);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QPushButton* makeButton(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

std::int64_t selectedId(const QTableView* view, int role)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(role).toLongLong();
}

void selectRow(QTableView* view, int row)
{
    if (row < 0) {
        view->clearSelection();
        return;
    }
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

EngagementPage::EngagementPage(QWidget* parent)
    : QWidget(parent), m_initiatives(new InitiativeModel(this)), m_rounds(new RoundModel(this)),
      m_respondents(new RespondentModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_organization = new OrganizationEditor(this);
    layout->addWidget(m_organization);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("engagementTabWidget"));
    m_tabs->addTab(createInitiativesPanel(), tr("&Initiatives"));
    m_comparison = new RoundComparisonView(m_tabs);
    m_tabs->addTab(m_comparison, tr("&Compare Rounds"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(createRoundsPanel());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({880, 460});
    layout->addWidget(splitter, 1);

    connect(m_initiativesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_roundsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EngagementPage::roundSelected);
    connect(m_tabs, &QTabWidget::currentChanged, this, &EngagementPage::roundsShownChanged);
    for (QComboBox* rounds : {m_comparison->fromComboBox(), m_comparison->toComboBox()}) {
        connect(rounds, &QComboBox::currentIndexChanged, this, &EngagementPage::roundsShownChanged);
    }
    connect(m_respondentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EngagementPage::updateActions);
    connect(m_initiativesView, &QAbstractItemView::activated, this, &EngagementPage::editInitiative);
    connect(m_respondentsView, &QAbstractItemView::activated, this, &EngagementPage::editRespondent);
    connect(m_addInitiative, &QPushButton::clicked, this, &EngagementPage::addInitiative);
    connect(m_editInitiative, &QPushButton::clicked, this, &EngagementPage::editInitiative);
    connect(m_archive, &QPushButton::clicked, this, &EngagementPage::toggleArchived);
    connect(m_targets, &QPushButton::clicked, this, &EngagementPage::editTargets);
    connect(m_newRound, &QPushButton::clicked, this, &EngagementPage::startRound);
    connect(m_addRespondent, &QPushButton::clicked, this, &EngagementPage::addRespondent);
    connect(m_editRespondent, &QPushButton::clicked, this, &EngagementPage::editRespondent);
    connect(m_answer, &QPushButton::clicked, this, [this] {
        if (selectedInitiativeId() != 0 && selectedRoundId() != 0) {
            emit answerRequested(selectedInitiativeId(), selectedRoundId());
        }
    });
    setDocument(nullptr);
}

EngagementPage::~EngagementPage() = default;

QWidget* EngagementPage::createInitiativesPanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    auto* buttons = new QHBoxLayout;
    m_addInitiative = makeButton(panel, tr("&Add…"), QStringLiteral("addInitiativePushButton"));
    m_editInitiative = makeButton(panel, tr("E&dit…"), QStringLiteral("editInitiativePushButton"));
    m_archive = makeButton(panel, tr("A&rchive"), QStringLiteral("archiveInitiativePushButton"));
    m_targets = makeButton(panel, tr("&Targets…"), QStringLiteral("targetsPushButton"));
    m_answer = makeButton(panel, tr("Answer &Questionnaire"), QStringLiteral("answerPushButton"));
    for (QPushButton* button : {m_addInitiative, m_editInitiative, m_archive, m_targets}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_answer);
    layout->addLayout(buttons);

    m_scoresLabel = plainLabel(panel, QStringLiteral("scoresLabel"), false);
    m_scoresLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_scoresLabel);

    m_initiativesView = makeTable(panel, QStringLiteral("initiativesTableView"), m_initiatives);
    m_initiativesView->setItemDelegateForColumn(InitiativeModel::FrictionsColumn,
                                                new HeatStripDelegate(m_initiativesView));
    m_initiativesView->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_initiativesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InitiativeModel::NameColumn, QHeaderView::Stretch);
    // The target outcome is long prose: it is shown in full under the table, not cut off in it.
    m_initiativesView->setColumnHidden(InitiativeModel::OutcomeColumn, true);
    m_initiativesView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header->resizeSection(InitiativeModel::FunctionColumn, 125);
    header->resizeSection(InitiativeModel::OwnerColumn, 115);
    header->resizeSection(InitiativeModel::StageColumn, 95);
    header->resizeSection(InitiativeModel::StatusColumn, 70);
    header->resizeSection(InitiativeModel::ReadinessColumn, 80);
    header->resizeSection(InitiativeModel::FrictionsColumn, 164);
    layout->addWidget(m_initiativesView, 1);
    auto* legend = new QHBoxLayout;
    legend->addStretch(1);
    legend->addWidget(new HeatLegend(panel));
    layout->addLayout(legend);

    m_nameLabel = plainLabel(panel, QStringLiteral("initiativeNameLabel"), false);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_detailLabel = plainLabel(panel, QStringLiteral("initiativeDetailLabel"));
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_detailLabel);
    return panel;
}

QWidget* EngagementPage::createRoundsPanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* rounds = new QGroupBox(tr("Rounds"), panel);
    auto* roundsLayout = new QVBoxLayout(rounds);
    m_roundsView = makeTable(rounds, QStringLiteral("roundsTableView"), m_rounds);
    m_roundsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roundsView->horizontalHeader()->setSectionResizeMode(RoundModel::NameColumn, QHeaderView::Stretch);
    m_roundsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    rounds->setMinimumWidth(440);
    roundsLayout->addWidget(m_roundsView);
    m_newRound = makeButton(rounds, tr("Start New Ro&und…"), QStringLiteral("newRoundPushButton"));
    auto* roundButtons = new QHBoxLayout;
    roundButtons->addWidget(m_newRound);
    roundButtons->addStretch(1);
    roundsLayout->addLayout(roundButtons);
    layout->addWidget(rounds, 2);

    auto* respondents = new QGroupBox(tr("Respondents"), panel);
    auto* respondentsLayout = new QVBoxLayout(respondents);
    m_respondentsLabel = plainLabel(respondents, QStringLiteral("respondentsSummaryLabel"), false);
    m_respondentsLabel->setForegroundRole(QPalette::PlaceholderText);
    respondentsLayout->addWidget(m_respondentsLabel);
    m_respondentsView = makeTable(respondents, QStringLiteral("respondentsTableView"), m_respondents);
    m_respondentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    respondentsLayout->addWidget(m_respondentsView);
    auto* respondentButtons = new QHBoxLayout;
    m_addRespondent = makeButton(respondents, tr("Add Res&pondent…"), QStringLiteral("addRespondentPushButton"));
    m_editRespondent = makeButton(respondents, tr("Edit Respo&ndent…"), QStringLiteral("editRespondentPushButton"));
    respondentButtons->addWidget(m_addRespondent);
    respondentButtons->addWidget(m_editRespondent);
    respondentButtons->addStretch(1);
    respondentsLayout->addLayout(respondentButtons);
    layout->addWidget(respondents, 3);
    return panel;
}

void EngagementPage::setDocument(AssessmentDocument* document)
{
    if (m_dialog) {
        m_dialog->reject();
        m_dialog->deleteLater();
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_organization->setDocument(document);
    m_document = document;
    m_initiatives->setDocument(document);
    m_rounds->setDocument(document);
    m_respondents->setDocument(document);
    m_comparison->setDocument(document);
    if (document) {
        connect(document, &AssessmentDocument::changed, this, &EngagementPage::documentChanged);
        connect(document, &AssessmentDocument::roundLoaded, this, [this](std::int64_t roundId) {
            // Every view scored from that round, shown or not: a round another page read is in
            // the comparison when it is shown later.
            if (roundId == m_initiatives->roundId()) {
                m_initiatives->reload(); // their scores in that round; the rows and selection stay
                updateDetails();
            }
            if (roundId == m_comparison->fromComboBox()->currentData().toLongLong() ||
                roundId == m_comparison->toComboBox()->currentData().toLongLong()) {
                m_comparison->reload();
            }
        });
        selectRound(m_rounds->roundId(m_rounds->rowCount() - 1));
        selectInitiative(m_initiatives->initiativeId(0));
    }
    m_tabs->setCurrentIndex(0);
    roundSelected();
}

bool EngagementPage::editable() const
{
    return m_document && !m_document->isReadOnly();
}

void EngagementPage::documentChanged(const storage::Change& change)
{
    const std::int64_t initiative = selectedInitiativeId();
    const std::int64_t round = selectedRoundId();
    const std::int64_t respondent = selectedRespondentId();
    if (change.kind == storage::Change::Kind::Organization) {
        m_organization->reload();
        return;
    }
    if (change.kind == storage::Change::Kind::Action || change.kind == storage::Change::Kind::Branding) {
        return; // shown on other pages
    }
    m_rounds->reload();
    m_initiatives->reload();
    m_respondents->reload();
    m_comparison->reload();
    // Keep the selection when the rows survived; a new round is selected when it appears.
    if (change.kind == storage::Change::Kind::Round && m_rounds->rowOf(change.roundId) >= 0) {
        selectRound(change.roundId);
    } else {
        selectRound(m_rounds->rowOf(round) >= 0 ? round : m_rounds->roundId(m_rounds->rowCount() - 1));
    }
    if (selectedInitiativeId() != initiative) {
        selectInitiative(initiative);
    }
    if (selectedRespondentId() != respondent && m_respondents->rowOf(respondent) >= 0) {
        selectRow(m_respondentsView, m_respondents->rowOf(respondent));
    }
    updateActions();
    updateDetails();
}

std::int64_t EngagementPage::selectedInitiativeId() const
{
    return selectedId(m_initiativesView, InitiativeModel::kIdRole);
}

std::int64_t EngagementPage::selectedRoundId() const
{
    return selectedId(m_roundsView, RoundModel::kIdRole);
}

std::int64_t EngagementPage::selectedRespondentId() const
{
    return selectedId(m_respondentsView, RespondentModel::kIdRole);
}

void EngagementPage::selectInitiative(std::int64_t initiativeId)
{
    selectRow(m_initiativesView, m_initiatives->rowOf(initiativeId));
}

void EngagementPage::selectRound(std::int64_t roundId)
{
    selectRow(m_roundsView, m_rounds->rowOf(roundId));
}

std::vector<std::int64_t> EngagementPage::roundsShown(const AssessmentDocument& document) const
{
    if (m_document != &document) {
        return document.latestRoundIds(); // what setDocument() selects
    }
    std::vector<std::int64_t> ids{selectedRoundId()};
    if (m_tabs->currentWidget() == m_comparison) {
        ids.push_back(m_comparison->fromComboBox()->currentData().toLongLong());
        ids.push_back(m_comparison->toComboBox()->currentData().toLongLong());
    }
    return ids; // 0, for no round, counts as loaded
}

void EngagementPage::roundSelected()
{
    emit roundsShownChanged();
    const std::int64_t roundId = selectedRoundId();
    m_initiatives->setRound(roundId);
    m_respondents->setRound(roundId);
    const RoundData* round = m_document ? m_document->round(roundId) : nullptr;
    const QString name = round ? QString::fromStdString(round->round.name) : QString();
    m_scoresLabel->setText(round ? tr("Readiness and frictions as scored in the round “%1”. Select another round "
                                      "on the right to see its scores.")
                                       .arg(name)
                                 : tr("Select a round on the right to see its scores."));
    m_respondentsLabel->setText(round ? tr("People who answer in “%1”:").arg(name) : tr("No round selected."));
    updateActions();
}

void EngagementPage::updateActions()
{
    const bool canEdit = editable();
    const std::int64_t initiativeId = selectedInitiativeId();
    const Initiative* initiative = m_document ? m_document->initiative(initiativeId) : nullptr;
    const bool hasRound = selectedRoundId() != 0;
    m_addInitiative->setEnabled(canEdit);
    m_editInitiative->setEnabled(canEdit && initiative);
    m_archive->setEnabled(canEdit && initiative);
    m_archive->setText(initiative && initiative->archived ? tr("&Restore") : tr("A&rchive"));
    m_targets->setEnabled(initiative != nullptr);
    m_answer->setText(canEdit || !m_document ? tr("Answer &Questionnaire") : tr("View &Answers"));
    m_answer->setEnabled(initiative && !initiative->archived && hasRound);
    m_newRound->setEnabled(canEdit && !m_document->assessment().rounds.empty());
    m_addRespondent->setEnabled(canEdit && hasRound);
    m_editRespondent->setEnabled(canEdit && selectedRespondentId() != 0);
}

void EngagementPage::updateDetails()
{
    const Initiative* initiative = m_document ? m_document->initiative(selectedInitiativeId()) : nullptr;
    if (!initiative) {
        m_nameLabel->setText(m_initiatives->rowCount() == 0 && m_document ? tr("No initiatives yet") : QString());
        m_detailLabel->setText(m_initiatives->rowCount() == 0 && m_document
                                   ? tr("List the organization's AI initiatives (pilots, tools in production, "
                                        "ideas) with Add, then answer the questionnaire for each.")
                                   : tr("Select an initiative to see its target outcome."));
        return;
    }
    m_nameLabel->setText(QString::fromStdString(initiative->name));
    const QString owner = initiative->owner.empty() ? tr("no owner named") : QString::fromStdString(initiative->owner);
    const QString function = initiative->businessFunction.empty()
                                 ? tr("no business function")
                                 : QString::fromStdString(initiative->businessFunction);
    const QString outcome = initiative->targetOutcome.empty()
                                ? tr("No target outcome defined yet.")
                                : tr("Target outcome: %1").arg(QString::fromStdString(initiative->targetOutcome));
    m_detailLabel->setText(tr("%1 · %2 · %3%4\n%5\n%6")
                               .arg(stageLabel(initiative->stage), function, owner,
                                    initiative->archived ? tr(" · archived") : QString(), outcome,
                                    targetSummary(*m_document, initiative->id)));
}

void EngagementPage::showDialog(QDialog* dialog)
{
    if (m_dialog) {
        m_dialog->deleteLater();
    }
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace lastmile::app
