// SPDX-License-Identifier: Apache-2.0
#include "repository_menu.h"

#include "app/assessment_document.h"
#include "app/library/library_page.h"
#include "app/main_window.h"
#include "app/workspace.h"
#include "conflicts_dialog.h"
#include "modules/repository_module.h"
#include "progress_run.h"
#include "repository_panel.h"
#include "repository_text/repository_messages.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QRegularExpression>

namespace lastmile::app {

namespace {

using repository::CopyError;
using repository::CopyResult;
using repository::FileSync;
using text::RepositoryMessages;

using Conflicts = repository::Result<std::vector<repository::OpenConflict>>;

bool wasCancelled(const CopyError& error)
{
    return error.kind == CopyError::Kind::Repository && error.repository.code == repository::ErrorCode::Cancelled;
}

// A new file in `folder` named for the engagement, "NAME.lastmile", or "NAME (2).lastmile"…
QString newCopyPath(const QString& folder, const QString& name)
{
    QString base = name;
    base.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    if (base.trimmed().isEmpty()) {
        base = QStringLiteral("engagement");
    }
    const QDir dir(folder);
    QString path = dir.filePath(base + QStringLiteral(".lastmile"));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = dir.filePath(QStringLiteral("%1 (%2).lastmile").arg(base).arg(n));
    }
    return path;
}

} // namespace

RepositoryMenu::RepositoryMenu(QMenu* menu, QAction* before, MainWindow* window, RepositoryPanel* panel)
    : QObject(window), m_window(window), m_panel(panel), m_chooseFolder([window](const QString& suggested) {
          return QFileDialog::getExistingDirectory(window, tr("Folder for the Working Copy"), suggested);
      })
{
    auto* connectAction = new QAction(tr("Connect to Re&pository…"), this);
    connectAction->setToolTip(tr("Set the address of the firm's team repository"));
    connect(connectAction, &QAction::triggered, this, &RepositoryMenu::chooseRepository);
    m_syncAction = new QAction(tr("S&ync with Repository"), this);
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_syncAction->setToolTip(tr("Send this working copy's changes to the team repository and receive everyone "
                                "else's"));
    connect(m_syncAction, &QAction::triggered, this, &RepositoryMenu::sync);
    m_conflictsAction = new QAction(tr("Repository &Conflicts…"), this);
    connect(m_conflictsAction, &QAction::triggered, this, &RepositoryMenu::showConflicts);
    menu->insertActions(before, {connectAction, m_syncAction, m_conflictsAction});
    menu->insertSeparator(before);
    connect(panel, &RepositoryPanel::connectRequested, this, &RepositoryMenu::chooseRepository);
    connect(panel, &RepositoryPanel::openRequested, this, &RepositoryMenu::openEngagement);
    setDocument(nullptr);
}

RepositoryMenu::~RepositoryMenu() = default;

void RepositoryMenu::setFolderChooser(std::function<QString(const QString&)> chooser)
{
    m_chooseFolder = std::move(chooser);
}

void RepositoryMenu::setDocument(AssessmentDocument* document)
{
    m_document = document;
    m_repository.clear();
    m_engagement.clear();
    if (document) {
        if (const auto link = storage::AssessmentFile::readWorkingCopyLink(document->path().toStdString());
            link && link->has_value()) {
            m_repository = QString::fromStdString((*link)->repository);
            m_engagement = QString::fromStdString((*link)->engagement);
        }
    }
    const bool workingCopy = !m_engagement.isEmpty();
    m_syncAction->setEnabled(workingCopy);
    m_conflictsAction->setEnabled(workingCopy);
    m_conflictsAction->setText(tr("Repository &Conflicts…"));
    if (workingCopy) {
        checkOpenConflicts();
    }
    if (m_conflicts) {
        loadConflicts(); // the dialog follows the window's document
    }
}

void RepositoryMenu::chooseRepository()
{
    bool ok = false;
    const QString address = QInputDialog::getText(
        m_window, tr("Connect to Repository"),
        tr("Address of the team repository, as your administrator gave it (a PostgreSQL URI such as "
           "postgresql://alice@db.example.com/firm, or service=firm).\nYour password is not asked here: it comes "
           "from ~/.pgpass or PGPASSWORD and is never stored by Lastmile."),
        QLineEdit::Normal, RepositorySettings::address(), &ok);
    if (!ok) {
        return;
    }
    RepositorySettings::setAddress(address);
    m_panel->refresh();
}

void RepositoryMenu::openEngagement(const QString& id, const QString& name)
{
    const QString existing = m_panel->model()->workingCopy(id);
    if (!existing.isEmpty() && QFileInfo::exists(existing)) {
        m_window->openFile(existing, false); // a working copy is opened, never pulled twice
        return;
    }
    const QString folder = m_chooseFolder(Workspace::defaultFolder());
    if (folder.isEmpty()) {
        return;
    }
    const QString path = newCopyPath(folder, name);
    const std::string address = RepositorySettings::address().toStdString();
    runWithProgress<CopyResult<repository::PulledEngagement>>(
        m_window, tr("Pulling “%1” from the team repository…").arg(name),
        [address, id = id.toStdString(), target = path.toStdString()](const repository::Progress& progress) {
            return modules::pullWorkingCopy(address, id, target, progress);
        },
        [this, path](CopyResult<repository::PulledEngagement> pulled) {
            if (!pulled) {
                wasCancelled(pulled.error()) ? emit status(tr("Cancelled; nothing was pulled."))
                                             : emit failed(RepositoryMessages::copyError(pulled.error()));
            } else {
                Workspace::rememberReview(path, false); // made here: opens for editing
                m_window->openFile(path, false);
                emit status(tr("Working copy written to %1").arg(QDir::toNativeSeparators(path)));
            }
            m_window->libraryPage()->refresh();
            emit operationFinished();
        });
}

void RepositoryMenu::sync()
{
    if (!m_document || m_engagement.isEmpty()) {
        return;
    }
    if (m_syncGuard && !m_syncGuard()) {
        emit failed(tr("Stop phone voting before syncing: votes that arrive during a sync would not be sent."));
        return;
    }
    const QString path = m_document->path();
    const bool readOnly = m_document->isReadOnly();
    // The open document holds the file's writer lock while editing; the sync works beside it.
    const storage::OpenMode mode = readOnly ? storage::OpenMode::ReadWrite : storage::OpenMode::ReadOnly;
    runWithProgress<CopyResult<FileSync>>(
        m_window, tr("Syncing %1 with %2…").arg(QFileInfo(path).fileName(), m_repository),
        [target = path.toStdString(), mode](const repository::Progress& progress) {
            return modules::syncWorkingCopy(target, mode, progress);
        },
        [this, path, readOnly](CopyResult<FileSync> result) { finishSync(path, readOnly, result, QString()); });
}

void RepositoryMenu::finishSync(const QString& path, bool readOnly, const CopyResult<FileSync>& result,
                                const QString& done)
{
    if (!result) {
        wasCancelled(result.error()) ? emit status(tr("Cancelled; nothing was changed."))
                                     : emit failed(RepositoryMessages::copyError(result.error()));
        emit operationFinished();
        return;
    }
    // The file was replaced by the merged copy: open it again to show what changed.
    m_window->openFile(path, readOnly);
    const repository::SyncReport& report = result->report;
    QString said = tr("Synced with %1: %2 sent, %3 received")
                       .arg(QString::fromStdString(result->repository), tr("%n change(s)", nullptr, int(report.sent)),
                            tr("%n change(s)", nullptr, int(report.received)));
    if (!report.conflicts.empty()) {
        said += tr("; %n new conflict(s) kept", nullptr, int(report.conflicts.size()));
    }
    emit status(done.isEmpty() ? said : done + QLatin1Char(' ') + said);
    if (!report.conflicts.empty() || m_conflicts) {
        showConflicts();
    }
    emit operationFinished();
}

ConflictsDialog* RepositoryMenu::conflictsDialog() const
{
    return m_conflicts;
}

ConflictsDialog* RepositoryMenu::showConflicts()
{
    if (!m_conflicts) {
        m_conflicts = new ConflictsDialog(m_window);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflicts, &ConflictsDialog::resolveRequested, this, &RepositoryMenu::resolve);
    }
    m_conflicts->show();
    m_conflicts->raise();
    loadConflicts();
    return m_conflicts;
}

void RepositoryMenu::loadConflicts()
{
    if (!m_conflicts) {
        return;
    }
    if (!m_document || m_engagement.isEmpty()) {
        m_conflicts->setMessage(tr("The open file is not a working copy of a team repository."));
        return;
    }
    m_conflicts->setMessage(tr("Reading the conflicts from %1…").arg(m_repository));
    runInBackground<Conflicts>(
        m_conflicts,
        [address = m_repository.toStdString(), id = m_engagement.toStdString()] {
            return modules::openConflicts(address, id);
        },
        [this, engagement = m_engagement](Conflicts conflicts) {
            if (!m_conflicts || !m_document || engagement != m_engagement) {
                return;
            }
            if (!conflicts) {
                m_conflicts->setMessage(
                    tr("The conflicts cannot be read right now: %1").arg(RepositoryMessages::error(conflicts.error())));
                return;
            }
            m_conflicts->setConflicts(*conflicts, m_document->assessment());
            m_conflictsAction->setText(conflicts->empty() ? tr("Repository &Conflicts…")
                                                          : tr("Repository &Conflicts (%1)…").arg(conflicts->size()));
        });
}

void RepositoryMenu::resolve(qint64 conflictId, bool mine)
{
    if (!m_document || m_engagement.isEmpty()) {
        return;
    }
    const QString path = m_document->path();
    const bool readOnly = m_document->isReadOnly();
    const storage::OpenMode mode = readOnly ? storage::OpenMode::ReadWrite : storage::OpenMode::ReadOnly;
    const repository::ConflictSide side = mine ? repository::ConflictSide::Local : repository::ConflictSide::Remote;
    runWithProgress<CopyResult<FileSync>>(
        m_window, tr("Resolving the conflict in the team repository…"),
        [target = path.toStdString(), mode, conflictId, side](const repository::Progress& progress) {
            return modules::resolveInWorkingCopy(target, mode, conflictId, side, progress);
        },
        [this, path, readOnly, mine](CopyResult<FileSync> result) {
            finishSync(path, readOnly, result,
                       mine ? tr("Conflict resolved: your value was kept.")
                            : tr("Conflict resolved: the repository's value was kept."));
        });
}

void RepositoryMenu::checkOpenConflicts()
{
    runInBackground<Conflicts>(
        this,
        [address = m_repository.toStdString(), id = m_engagement.toStdString()] {
            return modules::openConflicts(address, id);
        },
        [this, engagement = m_engagement](Conflicts conflicts) {
            if (engagement != m_engagement || !conflicts || conflicts->empty()) {
                return; // offline: the working copy works as any file; the sync says what it finds
            }
            m_conflictsAction->setText(tr("Repository &Conflicts (%1)…").arg(conflicts->size()));
            emit status(tr("%n open conflict(s) with the team repository: File > Repository Conflicts… shows them",
                           nullptr, int(conflicts->size())));
        });
}

void RepositoryMenu::setSyncGuard(std::function<bool()> maySync)
{
    m_syncGuard = std::move(maySync);
}

} // namespace lastmile::app
