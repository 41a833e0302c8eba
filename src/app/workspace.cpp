// SPDX-License-Identifier: Apache-2.0
#include "workspace.h"

#include "assessment_document.h"
#include "core/bank_loader.h"
#include "samples/demo_assessment.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace lastmile::app {

namespace {

constexpr int kMaxRecentFiles = 10;
const char* const kRecentKey = "recentFiles";
const char* const kDemoWrittenKey = "demoWritten";
const char* const kOpenModesKey = "openModes"; // absolute path -> "review" or "edit"

class WorkspaceText
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

} // namespace

QString Workspace::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("Lastmile"));
}

QString Workspace::demoFileName()
{
    return WorkspaceText::tr("Northgate Distribution (demo).lastmile");
}

bool Workspace::writeDemo(const QString& path, QString* error)
{
    QFile file(QStringLiteral(":/question-banks/lastmile-core.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = WorkspaceText::tr("The built-in question bank is missing from this build of Lastmile.");
        return false;
    }
    const QByteArray bytes = file.readAll();
    const BankLoadResult bank = parseBank(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!bank.ok()) {
        *error = WorkspaceText::tr("The built-in question bank does not load.");
        return false;
    }
    const Assessment demo = makeDemoAssessment(*bank.bank, QDate::currentDate().toString(Qt::ISODate).toStdString());
    if (!AssessmentDocument::create(path, demo, error)) {
        return false;
    }
    rememberReview(path, false);
    return true;
}

QString Workspace::ensureDemo(QString* error)
{
    QSettings settings;
    const QString path = QDir(defaultFolder()).filePath(demoFileName());
    if (!settings.value(QLatin1String(kDemoWrittenKey), false).toBool()) {
        if (!QDir().mkpath(defaultFolder())) {
            *error = WorkspaceText::tr("The folder %1 could not be created.").arg(defaultFolder());
            return {};
        }
        if (!QFileInfo::exists(path) && !writeDemo(path, error)) {
            return {};
        }
        settings.setValue(QLatin1String(kDemoWrittenKey), true);
    }
    return QFileInfo::exists(path) ? path : QString();
}

bool Workspace::opensForReview(const QString& path)
{
    const QVariantMap modes = QSettings().value(QLatin1String(kOpenModesKey)).toMap();
    return modes.value(QFileInfo(path).absoluteFilePath()).toString() != QLatin1String("edit");
}

void Workspace::rememberReview(const QString& path, bool review)
{
    QSettings settings;
    QVariantMap modes = settings.value(QLatin1String(kOpenModesKey)).toMap();
    modes.insert(QFileInfo(path).absoluteFilePath(), review ? QStringLiteral("review") : QStringLiteral("edit"));
    settings.setValue(QLatin1String(kOpenModesKey), modes);
}

QStringList Workspace::recentFiles()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void Workspace::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles) {
        files.removeLast();
    }
    QSettings().setValue(QLatin1String(kRecentKey), files);
}

void Workspace::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QLatin1String(kRecentKey), files);
}

} // namespace lastmile::app
