// SPDX-License-Identifier: Apache-2.0
#include "file_operations.h"

#include "assessment_document.h"
#include "text/bank_folder.h"
#include "text/translations.h"
#include "workspace.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeData>
#include <QRegularExpression>
#include <QUrl>

namespace lastmile::app {

namespace {

const char* const kSuffix = ".lastmile";

bool isAssessmentFile(const QUrl& url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(kSuffix), Qt::CaseInsensitive);
}

} // namespace

FileOperations::FileOperations(QWidget* window) : QObject(window)
{
    const QString filter = tr("Lastmile assessments (*.lastmile)");
    m_ask.text = [window](const QString& title, const QString& label) {
        return QInputDialog::getText(window, title, label, QLineEdit::Normal, {});
    };
    m_ask.fileToOpen = [window, filter](const QString& title, const QString& folder) {
        return QFileDialog::getOpenFileName(window, title, folder, filter);
    };
    m_ask.fileToSave = [window, filter](const QString& title, const QString& suggested, bool confirmOverwrite) {
        return QFileDialog::getSaveFileName(window, title, suggested, filter, nullptr,
                                            confirmOverwrite ? QFileDialog::Options()
                                                             : QFileDialog::DontConfirmOverwrite);
    };
}

void FileOperations::setQuestions(Questions questions)
{
    m_ask = std::move(questions);
}

void FileOperations::newEngagement()
{
    const QString organization = m_ask.text(tr("New Engagement"), tr("Organization name:")).trimmed();
    if (organization.isEmpty()) {
        return;
    }
    QDir().mkpath(Workspace::defaultFolder());
    QString suggested = organization;
    suggested.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    QString path = m_ask.fileToSave(
        tr("New Engagement"), QDir(Workspace::defaultFolder()).filePath(suggested + QLatin1String(kSuffix)), true);
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(kSuffix), Qt::CaseInsensitive)) {
        path += QLatin1String(kSuffix);
    }
    if (QFileInfo::exists(path)) {
        // The dialog asked before replacing; a file is never overwritten in place.
        if (!QFile::moveToTrash(path)) {
            emit failed(tr("%1: the existing file could not be moved to the trash; choose another name.").arg(path));
            return;
        }
    }
    if (writeEngagement(path, organization)) {
        emit openRequested(path, Opening::ForEditing);
    }
}

bool FileOperations::writeEngagement(const QString& path, const QString& organization)
{
    const std::optional<QuestionBank> bank = text::shippedBank(text::currentLanguage());
    if (!bank) {
        emit failed(tr("The built-in question bank is missing from this build of Lastmile."));
        return false;
    }
    Assessment assessment;
    assessment.organization.name = organization.toStdString();
    RoundData round;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    round.round = {1, tr("%1 workshop").arg(today).toStdString(), today.toStdString()};
    round.bank = *bank;
    assessment.rounds.push_back(std::move(round));
    QString error;
    if (!AssessmentDocument::create(path, assessment, &error)) {
        emit failed(error);
        return false;
    }
    Workspace::rememberReview(path, false); // made here: opens for editing
    return true;
}

void FileOperations::chooseAndOpen(bool readOnly)
{
    const QString path = m_ask.fileToOpen(readOnly ? tr("Open Read-Only") : tr("Open"), Workspace::defaultFolder());
    if (!path.isEmpty()) {
        emit openRequested(path, readOnly ? Opening::ForReview : Opening::AsRemembered);
    }
}

void FileOperations::openDemo()
{
    QString error;
    QString path = Workspace::ensureDemo(&error);
    if (path.isEmpty()) {
        QDir().mkpath(Workspace::defaultFolder());
        path = QDir(Workspace::defaultFolder()).filePath(Workspace::demoFileName());
        if (!QFileInfo::exists(path) && !Workspace::writeDemo(path, &error)) {
            emit failed(error);
            return;
        }
    }
    emit openRequested(path, Opening::AsRemembered);
}

void FileOperations::saveCopy(const AssessmentDocument* document)
{
    if (!document) {
        return;
    }
    const QString path = m_ask.fileToSave(tr("Save a Copy As"), Workspace::defaultFolder(), false);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!document->saveCopyAs(path, &error)) {
        emit failed(error);
        return;
    }
    Workspace::rememberReview(path, false); // a copy made here opens for editing
    emit status(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)));
}

QString FileOperations::droppedFile(const QMimeData* data)
{
    const QList<QUrl> urls = data ? data->urls() : QList<QUrl>();
    return urls.size() == 1 && isAssessmentFile(urls.first()) ? urls.first().toLocalFile() : QString();
}

} // namespace lastmile::app
