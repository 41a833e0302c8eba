// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository/working_copy_file.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QAction;
class QMenu;

namespace lastmile::app {

class AssessmentDocument;
class ConflictsDialog;
class MainWindow;
class RepositoryPanel;

// The team repository in the window (docs/repository.md): File > Connect to Repository…, Sync
// with Repository and Repository Conflicts…; opening a repository engagement from the library as
// a working copy; the sync, pull and resolve operations with their progress dialogs, after which
// the open working copy is opened again to show what changed.
class RepositoryMenu : public QObject
{
    Q_OBJECT

public:
    // Adds the actions to `menu` before `before`; `panel` is the library's repository section.
    RepositoryMenu(QMenu* menu, QAction* before, MainWindow* window, RepositoryPanel* panel);
    ~RepositoryMenu() override;

    // The document the window shows (null when none): sync and conflicts are for working copies.
    void setDocument(AssessmentDocument* document);
    // The repository and engagement of the open working copy; empty when it is none.
    const QString& engagement() const { return m_engagement; }

    // File > Connect to Repository…: asks for the address and lists the repository.
    void chooseRepository();
    // Opens engagement `id` (named `name`) of the repository: its working copy in the library if
    // there is one, else a new one pulled into a folder the user picks.
    void openEngagement(const QString& id, const QString& name);
    // File > Sync with Repository.
    void sync();
    // Repository Conflicts…: the open conflicts of the working copy, read from the repository.
    ConflictsDialog* showConflicts();
    ConflictsDialog* conflictsDialog() const;

    // Test seam: picks the folder for a new working copy (default: a folder dialog starting at
    // `suggested`); an empty answer cancels.
    void setFolderChooser(std::function<QString(const QString& suggested)> chooser);
    // Asked before a sync: false when the window may not sync now (phone voting writes the file).
    void setSyncGuard(std::function<bool()> maySync);

    QAction* syncAction() const { return m_syncAction; }
    QAction* conflictsAction() const { return m_conflictsAction; }

signals:
    // A sentence naming the file or the repository and the reason; nothing was changed.
    void failed(const QString& message);
    // What happened, for the status bar.
    void status(const QString& message);
    // A sync, pull or resolve finished (successfully or not).
    void operationFinished();

private:
    void finishSync(const QString& path, bool readOnly, const repository::CopyResult<repository::FileSync>& result,
                    const QString& done);
    void loadConflicts();
    void resolve(qint64 conflictId, bool mine);
    void checkOpenConflicts();

    MainWindow* m_window = nullptr;
    RepositoryPanel* m_panel = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_conflictsAction = nullptr;
    QPointer<AssessmentDocument> m_document;
    QString m_repository;
    QString m_engagement;
    QPointer<ConflictsDialog> m_conflicts;
    std::function<QString(const QString&)> m_chooseFolder;
    std::function<bool()> m_syncGuard;
};

} // namespace lastmile::app
