// SPDX-License-Identifier: Apache-2.0
#include "bank_manager_dialog.h"

#include "app/assessment_document.h"
#include "app/plain_label.h"
#include "bank_problems_dialog.h"
#include "core/bank_loader.h"
#include "text/bank_folder.h"
#include "text/messages.h"
#include "text/save_file.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lastmile::app {

namespace {

enum Column { NameColumn, IdColumn, FormatColumn, VersionColumn, FrictionsColumn, QuestionsColumn, SourceColumn };

} // namespace

BankManagerDialog::BankManagerDialog(AssessmentDocument* document, QWidget* parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Question Banks"));
    resize(900, 420);
    auto* layout = new QVBoxLayout(this);
    QLabel* intro = plainLabel(this, QStringLiteral("introLabel"));
    intro->setText(tr("A new round can be asked with any of these banks; each round keeps its own copy. Installed "
                      "banks live in %1.")
                       .arg(QDir::toNativeSeparators(text::bankFolder())));
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("banksTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Name"), tr("Id"), tr("Format"), tr("Content version"), tr("Frictions"), tr("Questions"), tr("Source")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);
    m_status = plainLabel(this, QStringLiteral("statusLabel"));
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* install = buttons->addButton(tr("&Install Bank…"), QDialogButtonBox::ActionRole);
    install->setObjectName(QStringLiteral("installPushButton"));
    m_export = buttons->addButton(tr("&Export Bank of Round…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportPushButton"));
    m_export->setEnabled(document && !document->assessment().rounds.empty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(install, &QPushButton::clicked, this, &BankManagerDialog::install);
    connect(m_export, &QPushButton::clicked, this, &BankManagerDialog::exportBank);
    layout->addWidget(buttons);
    refresh();
}

void BankManagerDialog::refresh()
{
    m_list->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const text::BankEntry& entry : text::availableBanks()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(SourceColumn, entry.shipped ? tr("Built-in") : tr("Installed"));
        item->setToolTip(SourceColumn, QDir::toNativeSeparators(entry.path));
        if (const auto& bank = entry.result.bank) {
            item->setText(NameColumn, QString::fromStdString(bank->name));
            item->setText(IdColumn, QString::fromStdString(bank->id));
            item->setText(FormatColumn, tr("version %1").arg(bank->formatVersion));
            item->setText(VersionColumn, QString::fromStdString(bank->contentVersion));
            item->setText(FrictionsColumn, QString::number(bank->frictions.size()));
            item->setText(QuestionsColumn, QString::number(bank->questionCount()));
            item->setToolTip(NameColumn, QString::fromStdString(bank->description));
            continue;
        }
        const QString problem = entry.result.problems.empty() ? tr("it does not load")
                                                              : text::Messages::problem(entry.result.problems.front());
        item->setIcon(NameColumn, warning);
        item->setText(NameColumn, tr("%1 — does not load: %2").arg(QFileInfo(entry.path).fileName(), problem));
        item->setToolTip(NameColumn, problem);
    }
}

BankProblemsDialog* BankManagerDialog::problemsDialog() const
{
    return m_problems;
}

bool BankManagerDialog::installFrom(const QString& path)
{
    Problems problems;
    QString error;
    const QString installed = text::installBank(path, &problems, &error);
    const QString name = QFileInfo(path).fileName();
    if (!installed.isEmpty()) {
        m_status->setText(tr("Installed %1 as %2.").arg(name, QDir::toNativeSeparators(installed)));
        refresh();
        return true;
    }
    if (!problems.empty()) {
        if (m_problems) {
            m_problems->deleteLater();
        }
        m_problems = new BankProblemsDialog(name, problems, this);
        m_problems->setAttribute(Qt::WA_DeleteOnClose);
        m_problems->open();
        m_status->setText(tr("%1 was not installed: %n problem(s) found.", nullptr, int(problems.size())).arg(name));
    } else {
        m_status->setText(text::fileMessage(name, error));
    }
    return false;
}

bool BankManagerDialog::exportRound(std::int64_t roundId, const QString& path, QString* error) const
{
    const RoundData* round = m_document ? m_document->round(roundId) : nullptr;
    if (!round) {
        *error = tr("The round is no longer in this engagement.");
        return false;
    }
    const QString failure = text::saveAtomically(path, QByteArray::fromStdString(serializeBank(round->bank)));
    if (!failure.isEmpty()) {
        *error = text::fileMessage(path, failure);
        return false;
    }
    return true;
}

void BankManagerDialog::install()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Install Question Bank"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Question banks (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        installFrom(path);
    }
}

void BankManagerDialog::exportBank()
{
    if (!m_document || m_document->assessment().rounds.empty()) {
        return;
    }
    const auto& rounds = m_document->assessment().rounds;
    QStringList names;
    for (const RoundData& round : rounds) {
        names.append(tr("%1 — %2 (version %3)")
                         .arg(QString::fromStdString(round.round.name), QString::fromStdString(round.bank.name),
                              QString::fromStdString(round.bank.contentVersion)));
    }
    int chosen = int(rounds.size()) - 1;
    if (rounds.size() > 1) {
        bool ok = false;
        const QString name =
            QInputDialog::getItem(this, tr("Export Bank of Round"), tr("Round:"), names, chosen, false, &ok);
        if (!ok) {
            return;
        }
        chosen = int(names.indexOf(name));
    }
    const RoundData& round = rounds[std::size_t(std::max(chosen, 0))];
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QString::fromStdString(round.bank.id) + QStringLiteral(".json"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Question Bank"), suggested, tr("Question banks (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (exportRound(round.round.id, path, &error)) {
        m_status->setText(tr("Exported the bank of “%1” to %2.")
                              .arg(QString::fromStdString(round.round.name), QDir::toNativeSeparators(path)));
    } else {
        QMessageBox::warning(this, tr("Export Question Bank"), error);
    }
}

} // namespace lastmile::app
