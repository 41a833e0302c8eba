// SPDX-License-Identifier: Apache-2.0
#include "module_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QPluginLoader>
#include <map>
#include <memory>

namespace lastmile::modules {

namespace {

QMutex mutex;
QString chosenDirectory; // guarded by mutex

// Every module asked for, loaded or not, by file path: a module that failed is not tried again
// with every call, and one that loaded stays loaded.
std::map<QString, std::unique_ptr<QPluginLoader>>& loaders()
{
    static std::map<QString, std::unique_ptr<QPluginLoader>> loaded;
    return loaded;
}

} // namespace

QString moduleDirectory()
{
    QMutexLocker locker(&mutex);
    if (!chosenDirectory.isEmpty()) {
        return chosenDirectory;
    }
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QStringLiteral(LASTMILE_MODULES_RELATIVE_DIR));
}

void setModuleDirectory(const QString& directory)
{
    QMutexLocker locker(&mutex);
    chosenDirectory = directory;
}

QObject* loadModule(const QString& name, const char* iid, QString* error)
{
    const QString path = QDir(moduleDirectory()).filePath(QStringLiteral("lastmile-%1.so").arg(name));
    QMutexLocker locker(&mutex);
    std::unique_ptr<QPluginLoader>& loader = loaders()[path];
    if (!loader) {
        loader = std::make_unique<QPluginLoader>(path);
    }
    QString reason;
    QObject* instance = nullptr;
    if (!QFileInfo::exists(path)) {
        reason = QCoreApplication::translate("Modules", "the file is missing");
    } else if (loader->metaData().value(QStringLiteral("IID")).toString() != QLatin1String(iid)) {
        reason = loader->metaData().isEmpty() ? loader->errorString()
                                              : QCoreApplication::translate("Modules", "it is not the module expected");
    } else if (instance = loader->instance(); !instance) {
        reason = loader->errorString();
    }
    if (!instance && error) {
        *error = QCoreApplication::translate("Modules", "the module %1 could not be loaded (%2)")
                     .arg(QDir::toNativeSeparators(path), reason);
    }
    return instance;
}

} // namespace lastmile::modules
