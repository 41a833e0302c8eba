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
#include <algorithm>
#include <cstdio>
#include <unistd.h>

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

ProgressLine::ProgressLine(const QString& fileName)
    : m_label(Command::tr("Writing %1\u2026").arg(fileName)), m_terminal(isatty(fileno(stderr)) == 1)
{
}

ProgressLine::~ProgressLine()
{
    if (m_terminal && m_width > 0) {
        QTextStream err(stderr);
        err << '\r' << QString(m_width, QLatin1Char(' ')) << '\r' << Qt::flush;
    }
}

bool ProgressLine::update(int done, int total)
{
    const int percent = total > 0 ? std::clamp(done * 100 / total, 0, 100) : 0;
    if (!m_terminal || percent == m_percent) {
        return true;
    }
    m_percent = percent;
    const QString line = Command::tr("%1 %2%").arg(m_label).arg(percent);
    QTextStream err(stderr);
    err << '\r' << line << QString(std::max<qsizetype>(0, m_width - line.size()), QLatin1Char(' ')) << Qt::flush;
    m_width = std::max(m_width, line.size());
    return true;
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
