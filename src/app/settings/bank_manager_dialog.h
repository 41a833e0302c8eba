// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QPointer>
#include <cstdint>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lastmile::app {

class AssessmentDocument;
class BankProblemsDialog;

// The question banks a new round can use: the built-in bank and those installed in the user's
// bank folder, with name, id, format and content version, friction and question counts, and
// for a bank that no longer loads its first problem. Installs a bank file (validated first; a
// bad bank is never installed and all its problems are listed) and exports the bank of a
// round of the open document.
class BankManagerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BankManagerDialog(AssessmentDocument* document, QWidget* parent = nullptr);

    QTreeWidget* banksView() const { return m_list; }
    void refresh();
    // Installs the bank at `path`, as "Install Bank…" does after its file dialog. False when
    // the bank was refused; its problems are then listed in problemsDialog().
    bool installFrom(const QString& path);
    // Writes the frozen bank of a round to `path` with text::saveAtomically. False, with `error` set to
    // a sentence naming the file, when it could not be written.
    bool exportRound(std::int64_t roundId, const QString& path, QString* error) const;
    // The problems dialog the last refused install opened, or null.
    BankProblemsDialog* problemsDialog() const;

private:
    void install();
    void exportBank();

    AssessmentDocument* m_document;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    QPointer<BankProblemsDialog> m_problems;
};

} // namespace lastmile::app
