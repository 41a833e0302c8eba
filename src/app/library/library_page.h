// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace lastmile::app {

class LibraryModel;
class LibraryReader;
class RepositoryPanel;

// The start page: recent files and the files of the default folder, each with organization,
// last round, readiness and a one-row heat strip; New, Open, Open demo; below them the team
// repository's engagements.
class LibraryPage : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPage(QWidget* parent = nullptr);
    ~LibraryPage() override;

    // Reads the recent files and the default folder again. Rows show "Reading…" until their
    // file has been read, on a worker thread, from the next turn of the event loop on.
    void refresh();
    // Holds the reading of the rows until resumeReading(), the rows showing "Reading…": what
    // the window's first paint does not need waits for it (main.cpp holds the first window's
    // until it has painted). Refreshing meanwhile lists the files and keeps them waiting.
    void holdReading();
    void resumeReading();

    LibraryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The team repository's engagements, below the files.
    RepositoryPanel* repositoryPanel() const { return m_repository; }

signals:
    void openRequested(const QString& path, bool readOnly);
    void newRequested();
    void openFileRequested(); // the user wants to pick a file
    void openDemoRequested();

private:
    void openRow(int row, bool readOnly);
    void showContextMenu(const QPoint& position);
    void updateEmptyState();
    QString emptyText() const;
    void updateWorkingCopies();
    void startReading();

    LibraryModel* m_model = nullptr;
    LibraryReader* m_reader = nullptr;
    int m_generation = 0;
    QStringList m_toRead; // files listed and not yet handed to the reader
    bool m_readingHeld = false;
    QTableView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QWidget* m_footer = nullptr; // how to open a file, and the key to the strips
    RepositoryPanel* m_repository = nullptr;
};

} // namespace lastmile::app
