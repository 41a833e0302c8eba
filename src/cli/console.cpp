// SPDX-License-Identifier: Apache-2.0
#include "console.h"

#include "command.h"
#include "core/bank_loader.h"
#include "core/numbers.h"
#include "storage_text/storage_messages.h"
#include "text/bank_folder.h"
#include "text/messages.h"
#include "text/translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace lastmile::cli {

void printOut(const QString& text)
{
    QTextStream out(stdout);
    out << text << Qt::endl;
}

void printError(const QString& text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}

int reportStorageError(const storage::StorageError& error)
{
    return reportFailure(QString::fromStdString(error.path), text::StorageMessages::storageErrorWithDetail(error));
}

int reportFailure(const QString& file, const QString& reason)
{
    printError(text::fileMessage(file, reason));
    return BadInput;
}

bool reportMissingFolder(const QString& path)
{
    const QFileInfo output(path);
    if (output.absoluteDir().exists()) {
        return false;
    }
    reportFailure(path, Command::tr("the folder \"%1\" does not exist").arg(output.path()));
    return true;
}

std::optional<QuestionBank> shippedBank()
{
    return text::shippedBank(text::currentLanguage());
}

std::string toStd(const QString& text)
{
    return text.toStdString();
}

std::optional<double> numberArgument(const QString& text, double minimum, double maximum)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok); // QString::toDouble always reads a dot
    if (!ok || !isPlainNumberWithin(value, minimum, maximum)) {
        return std::nullopt;
    }
    return value;
}

} // namespace lastmile::cli
