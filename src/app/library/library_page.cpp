// SPDX-License-Identifier: Apache-2.0
#include "library_page.h"

#include "app/plain_label.h"
#include "app/repository/repository_panel.h"
#include "app/workspace.h"
#include "heat_legend.h"
#include "heat_strip_delegate.h"
#include "library_model.h"
#include "library_reader.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <map>
#include <utility>

namespace lastmile::app {

namespace {

// Recent files first (most recent on top), then the default folder's files by name; each once.
QStringList libraryFiles(const QStringList& recent)
{
    QStringList files;
    for (const QString& path : recent) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!files.contains(absolute)) {
            files.push_back(absolute);
        }
    }
    const QDir folder(Workspace::defaultFolder());
    // The suffix is compared here rather than by a name filter, which would compile a regular
    // expression at start-up.
    const QFileInfoList entries =
        folder.entryInfoList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo& entry : entries) {
        if (!entry.fileName().endsWith(QStringLiteral(".lastmile"), Qt::CaseInsensitive)) {
            continue;
        }
        if (entry.fileName().startsWith(QLatin1Char('.'))) {
            continue; // a copy being written
        }
        const QString absolute = entry.absoluteFilePath();
        if (!files.contains(absolute)) {
            files.push_back(absolute);
        }
    }
    return files;
}

} // namespace

LibraryPage::LibraryPage(QWidget* parent)
    : QWidget(parent), m_model(new LibraryModel(this)), m_reader(new LibraryReader(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto* title = new QLabel(tr("Assessments"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    titles->addWidget(title);
    m_folderLabel = plainLabel(this, QStringLiteral("folderLabel"), false);
    m_folderLabel->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_folderLabel);
    header->addLayout(titles, 1);

    auto* newButton = new QPushButton(tr("&New Engagement…"), this);
    newButton->setObjectName(QStringLiteral("newEngagementPushButton"));
    newButton->setDefault(true);
    auto* openButton = new QPushButton(tr("&Open…"), this);
    openButton->setObjectName(QStringLiteral("openPushButton"));
    auto* demoButton = new QPushButton(tr("Open &Demo"), this);
    demoButton->setObjectName(QStringLiteral("openDemoPushButton"));
    demoButton->setToolTip(tr("Open the demo engagement of a regional distributor, to see a finished assessment"));
    for (QPushButton* button : {newButton, openButton, demoButton}) {
        header->addWidget(button, 0, Qt::AlignBottom);
    }
    layout->addLayout(header);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("filesTableView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(LibraryModel::FrictionsColumn, new HeatStripDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(34);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(LibraryModel::OrganizationColumn, QHeaderView::Stretch);
    // Each column at least as wide as its title, in whatever language.
    for (const auto& [column, width] :
         {std::pair{LibraryModel::FileColumn, 300}, std::pair{LibraryModel::RoundColumn, 200},
          std::pair{LibraryModel::DateColumn, 100}, std::pair{LibraryModel::ReadinessColumn, 90},
          std::pair{LibraryModel::FrictionsColumn, 164}}) {
        columns->resizeSection(column, std::max(width, columns->sectionSizeHint(column)));
    }
    m_view->setAccessibleName(tr("Assessment files"));

    m_emptyLabel = plainLabel(this, QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(48);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);
    layout->addWidget(m_stack, 3);

    auto* hint = new QLabel(tr("Double-click a file or press Enter to open it. Right-click to open it read-only "
                               "or show it in its folder."),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true); // a narrow window, or a longer language, wraps it beside the key
    m_footer = new QWidget(this);
    auto* footer = new QHBoxLayout(m_footer);
    footer->setContentsMargins(0, 0, 0, 0);
    hint->setParent(m_footer);
    footer->addWidget(hint, 1);
    footer->addWidget(new HeatLegend(m_footer));
    layout->addWidget(m_footer);
    m_repository = new RepositoryPanel(this);
    layout->addWidget(m_repository, 2);

    connect(newButton, &QPushButton::clicked, this, &LibraryPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &LibraryPage::openFileRequested);
    connect(demoButton, &QPushButton::clicked, this, &LibraryPage::openDemoRequested);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row(), false); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &LibraryPage::showContextMenu);
    connect(m_reader, &LibraryReader::summaryRead, this, [this](int generation, const FileSummary& summary) {
        if (generation == m_generation) {
            m_model->setSummary(summary);
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPage::updateWorkingCopies);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LibraryPage::updateWorkingCopies);
    // Until the first refresh() the page shows the table, empty: the empty state is for a
    // library known to be empty, and measuring its paragraph before would be wasted.
}

LibraryPage::~LibraryPage() = default;

QString LibraryPage::emptyText() const
{
    const QString folder = QDir::toNativeSeparators(Workspace::defaultFolder());
    return tr("No assessments yet.\n\nStart a new engagement to assess an organization's AI initiatives, open a "
              ".lastmile file you were sent, or open the demo engagement to see what a finished assessment looks "
              "like.\n\nFiles you keep in %1 are listed here.")
        .arg(folder);
}

void LibraryPage::refresh()
{
    const QStringList recent = Workspace::recentFiles();
    const QString folder = QDir::toNativeSeparators(Workspace::defaultFolder());
    m_folderLabel->setText(tr("Recently opened files and the files in %1").arg(folder));
    m_toRead = m_model->setFiles(libraryFiles(recent), recent);
    if (!m_toRead.isEmpty()) {
        // Rows show "Reading…" at once; the reading itself starts once the event loop runs.
        QTimer::singleShot(0, this, &LibraryPage::startReading);
    }
    updateEmptyState(); // also when the rows did not change
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid()) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    m_repository->refresh();
}

void LibraryPage::holdReading()
{
    m_readingHeld = true;
}

void LibraryPage::resumeReading()
{
    m_readingHeld = false;
    startReading();
}

void LibraryPage::startReading()
{
    if (m_readingHeld || m_toRead.isEmpty()) {
        return;
    }
    m_generation = m_reader->read(std::exchange(m_toRead, {}));
}

void LibraryPage::updateWorkingCopies()
{
    std::map<QString, QString> copies;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const FileSummary& summary = m_model->summary(row); !summary.engagement.isEmpty()) {
            copies.emplace(summary.engagement, summary.path);
        }
    }
    m_repository->setWorkingCopies(std::move(copies));
}

void LibraryPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    // Laid out only when shown: a hidden paragraph, and its larger font, would still be measured
    // for the stack before the window's first paint.
    if (empty) {
        QFont emptyFont = font();
        if (emptyFont.pointSizeF() > 0) { // -1 for a font sized in pixels
            emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
        }
        m_emptyLabel->setFont(emptyFont);
        m_emptyLabel->setText(emptyText());
    } else {
        m_emptyLabel->clear();
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyLabel) : m_view);
    m_footer->setVisible(!empty);
}

void LibraryPage::openRow(int row, bool readOnly)
{
    if (row >= 0 && row < m_model->rowCount()) {
        emit openRequested(m_model->summary(row).path, readOnly);
    }
}

void LibraryPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    const int row = index.row();
    const QString path = m_model->summary(row).path;
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, row] { openRow(row, false); });
    menu.addAction(tr("Open &Read-Only"), this, [this, row] { openRow(row, true); });
    menu.addSeparator();
    QAction* show = menu.addAction(tr("Show in &Folder"), this, [path] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    show->setEnabled(QFileInfo(path).absoluteDir().exists());
    if (m_model->isRecent(row)) {
        menu.addAction(tr("Remove from &Recent Files"), this, [this, path] {
            Workspace::removeRecentFile(path);
            refresh();
        });
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace lastmile::app
