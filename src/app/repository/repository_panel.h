// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository_model.h"

#include <QString>
#include <QWidget>
#include <map>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lastmile::app {

// The team repository's address, remembered in QSettings ("repository/address"), always without
// a password: libpq takes that from ~/.pgpass, PGPASSWORD or the service file.
class RepositorySettings
{
public:
    static QString address();
    // Stores `address` with any password removed; an empty address forgets the repository.
    static void setAddress(const QString& address);
};

// The library's section for the team repository (docs/repository.md): its engagements, listed
// off the UI thread, each marked with its working copy on this computer if there is one. An
// unreachable server or an unset address is a plain message here, never a dialog; the local
// files above it work as ever.
class RepositoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RepositoryPanel(QWidget* parent = nullptr);
    ~RepositoryPanel() override;

    // Lists the repository's engagements again (from RepositorySettings::address()).
    void refresh();
    // The local working copies the library knows, path by engagement id.
    void setWorkingCopies(std::map<QString, QString> pathsById);

    RepositoryModel* model() const { return m_model; }
    // The engagements' table, made when first shown or asked for: with no repository connected,
    // start-up builds none.
    QTableView* view();
    // What the section says instead of the list (not connected, cannot reach, listing…), or empty.
    QString message() const;
    // True while a listing runs.
    bool isListing() const { return m_listing; }

signals:
    // The user opens engagement `id` (named `name`): open its working copy, or pull one.
    void openRequested(const QString& id, const QString& name);
    void connectRequested();
    // A listing finished (with engagements or with a message).
    void listed();

private:
    void showMessage(const QString& message);
    void showListing(int generation, std::vector<RepositoryModel::Entry> engagements, const QString& error);

    RepositoryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_addressLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_connectButton = nullptr;
    int m_generation = 0;
    bool m_listing = false;
};

} // namespace lastmile::app
