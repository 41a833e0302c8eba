// SPDX-License-Identifier: Apache-2.0
#include "repository_panel.h"

#include "app/plain_label.h"
#include "modules/repository_module.h"
#include "progress_run.h"
#include "repository_model.h"
#include "repository_text/repository_messages.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lastmile::app {

namespace {

const char* const kAddressKey = "repository/address";

// What a listing found: the engagements with their open conflicts, or why there are none.
struct Listing
{
    std::vector<RepositoryModel::Entry> engagements;
    QString error;
};

Listing listRepository(const std::string& address)
{
    auto found = modules::listRepository(address);
    if (!found) {
        return {{}, text::RepositoryMessages::error(found.error())};
    }
    Listing listing;
    for (repository::EngagementSummary& summary : found->engagements) {
        RepositoryModel::Entry entry{std::move(summary), 0};
        for (const auto& [id, count] : found->openConflicts) {
            if (id == entry.summary.id) {
                entry.openConflicts = count;
            }
        }
        listing.engagements.push_back(std::move(entry));
    }
    return listing;
}

} // namespace

QString RepositorySettings::address()
{
    return QSettings().value(QLatin1String(kAddressKey)).toString();
}

void RepositorySettings::setAddress(const QString& address)
{
    const QString shown = QString::fromStdString(repository::displayAddress(address.trimmed().toStdString()));
    QSettings settings;
    if (shown.isEmpty()) {
        settings.remove(QLatin1String(kAddressKey));
    } else {
        settings.setValue(QLatin1String(kAddressKey), shown);
    }
}

RepositoryPanel::RepositoryPanel(QWidget* parent) : QWidget(parent), m_model(new RepositoryModel(this))
{
    // A server that does not answer is given up after 10 s rather than the system's TCP timeout.
    if (!qEnvironmentVariableIsSet("PGCONNECT_TIMEOUT")) {
        qputenv("PGCONNECT_TIMEOUT", "10");
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("In the team repository"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    header->addWidget(title);
    m_addressLabel = plainLabel(this, QStringLiteral("repositoryAddressLabel"), false);
    m_addressLabel->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_addressLabel, 1);
    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("repositoryRefreshPushButton"));
    m_connectButton = new QPushButton(tr("Connect…"), this);
    m_connectButton->setObjectName(QStringLiteral("repositoryConnectPushButton"));
    auto* connectButton = m_connectButton;
    header->addWidget(m_refreshButton);
    header->addWidget(connectButton);
    layout->addLayout(header);

    m_messageLabel = plainLabel(this, QStringLiteral("repositoryMessageLabel"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setMargin(16);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_messageLabel);
    layout->addWidget(m_stack, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &RepositoryPanel::refresh);
    connect(connectButton, &QPushButton::clicked, this, &RepositoryPanel::connectRequested);
}

RepositoryPanel::~RepositoryPanel() = default;

QTableView* RepositoryPanel::view()
{
    if (m_view) {
        return m_view;
    }
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("repositoryTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(30);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(RepositoryModel::NameColumn, QHeaderView::Stretch);
    columns->resizeSection(RepositoryModel::SectorColumn, 160);
    columns->resizeSection(RepositoryModel::RoundsColumn, 70);
    columns->resizeSection(RepositoryModel::ChangedColumn, 230);
    columns->resizeSection(RepositoryModel::ConflictsColumn, 110);
    columns->resizeSection(RepositoryModel::CopyColumn, 220);
    m_view->setAccessibleName(tr("Engagements in the team repository"));

    m_stack->addWidget(m_view);
    QWidget::setTabOrder(m_connectButton, m_view); // made later than the buttons, it still follows them
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const RepositoryModel::Entry& entry = m_model->entry(index.row());
        emit openRequested(QString::fromStdString(entry.summary.id), QString::fromStdString(entry.summary.name));
    });
    return m_view;
}

void RepositoryPanel::setWorkingCopies(std::map<QString, QString> pathsById)
{
    m_model->setWorkingCopies(std::move(pathsById));
}

QString RepositoryPanel::message() const
{
    return m_stack->currentWidget() == m_messageLabel ? m_messageLabel->text() : QString();
}

void RepositoryPanel::showMessage(const QString& message)
{
    m_messageLabel->setText(message);
    m_stack->setCurrentWidget(m_messageLabel);
}

void RepositoryPanel::refresh()
{
    const QString address = RepositorySettings::address();
    m_addressLabel->setText(address);
    m_refreshButton->setEnabled(!address.isEmpty());
    const int generation = ++m_generation;
    if (address.isEmpty()) {
        m_model->setEngagements({});
        m_listing = false;
        showMessage(tr("Not connected to a team repository. Choose Connect… (or File > Connect to Repository…) "
                       "and give the address your administrator gave you, to see the firm's engagements here."));
        emit listed();
        return;
    }
    m_listing = true;
    if (m_model->rowCount() == 0) {
        showMessage(tr("Listing the engagements in %1…").arg(address));
    }
    // Each listing has a thread and a connection of its own; a newer listing makes older results
    // obsolete.
    runInBackground<Listing>(
        this, [address = address.toStdString()] { return listRepository(address); },
        [this, generation](Listing listing) {
            showListing(generation, std::move(listing.engagements), listing.error);
        });
}

void RepositoryPanel::showListing(int generation, std::vector<RepositoryModel::Entry> engagements, const QString& error)
{
    if (generation != m_generation) {
        return; // a newer listing is under way
    }
    m_listing = false;
    if (!error.isEmpty()) {
        m_model->setEngagements({});
        showMessage(tr("The team repository cannot be listed right now: %1\n\nYour files above work as always; "
                       "working copies sync when the repository can be reached again.")
                        .arg(error));
    } else if (engagements.empty()) {
        m_model->setEngagements({});
        showMessage(tr("No engagements in the repository that you can see. Add one with "
                       "\"lastmile-cli repo push FILE URI\", or ask a colleague to add you to theirs."));
    } else {
        m_model->setEngagements(std::move(engagements));
        m_stack->setCurrentWidget(view());
    }
    emit listed();
}

} // namespace lastmile::app
