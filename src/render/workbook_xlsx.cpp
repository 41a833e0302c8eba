// SPDX-License-Identifier: Apache-2.0
// The Excel workbook: heatmap, scores, answers, actions and a read-me, through libxlsxwriter.
#include "workbook_xlsx.h"

#include "answers_csv.h"
#include "report_text.h"
#include "workbook_sheets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

namespace lastmile::render {

ExportResult writeWorkbookXlsx(const QString& path, const Assessment& assessment, const ReportModel& model)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(target.dir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temporary.open()) {
        return ExportResult::failed(temporary.errorString());
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close(); // libxlsxwriter writes it by name; the object still removes it on failure

    // Constant memory: each sheet's rows go to a temporary file beside the target as they are
    // written (every sheet writes its rows in order), and the answers come one row at a time,
    // so the workbook of a large file holds no sheet in memory.
    QByteArray folder = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options;
    std::memset(&options, 0, sizeof options);
    options.constant_memory = LXW_TRUE;
    options.tmpdir = folder.data();
    lxw_workbook* workbook = workbook_new_opt(QFile::encodeName(temporaryPath).constData(), &options);
    if (!workbook) {
        return ExportResult::failed(Workbook::tr("the workbook could not be started"));
    }
    WorkbookWriter writer(workbook, model.methodology);
    writeHeatmapSheet(writer, assessment, model);
    writeScoresSheet(writer, model);
    writeAnswersSheet(writer, assessment);
    writeActionsSheet(writer, assessment, model.options.today);
    writeReadMeSheet(writer, assessment, model);

    const QByteArray title = ReportText::title().toUtf8();
    const QByteArray organization = QString::fromStdString(assessment.organization.name).toUtf8();
    const QByteArray company = QString::fromStdString(assessment.branding.firmName).toUtf8();
    lxw_doc_properties properties;
    std::memset(&properties, 0, sizeof properties);
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>(organization.constData());
    properties.company = const_cast<char*>(company.constData());
    writer.fail(workbook_set_properties(workbook, &properties));

    const QString buildError = writer.errorText();
    const lxw_error closed = workbook_close(workbook); // writes the file and frees the workbook
    if (!buildError.isEmpty()) {
        return ExportResult::failed(Workbook::tr("the workbook could not be written (%1)").arg(buildError));
    }
    if (closed != LXW_NO_ERROR) {
        return ExportResult::failed(
            Workbook::tr("the workbook could not be written (%1)").arg(QString::fromUtf8(lxw_strerror(closed))));
    }
    // Keep the permissions of the file replaced; a new one gets the usual rw-r--r--.
    QFile::setPermissions(temporaryPath,
                          target.exists() ? QFile::permissions(path)
                                          : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(path).constData()) != 0) {
        return ExportResult::failed(QString::fromLocal8Bit(std::strerror(errno)));
    }
    temporary.setAutoRemove(false);
    return ExportResult::written();
}

} // namespace lastmile::render
