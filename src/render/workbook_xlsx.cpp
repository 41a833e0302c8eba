// SPDX-License-Identifier: Apache-2.0
// The Excel workbook: heatmap, scores, answers, actions and a read-me, through libxlsxwriter.
#include "workbook_xlsx.h"

#include "answers_csv.h"
#include "heat_palette.h"
#include "report_text.h"
#include "workbook_sheets.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

namespace lastmile::render {

namespace {

constexpr int kCellTextLimit = 32767; // characters an Excel cell holds

} // namespace

WorkbookWriter::WorkbookWriter(lxw_workbook* workbook, const Methodology& method)
    : m_workbook(workbook), m_method(method)
{
    title = addFormat();
    format_set_bold(title);
    format_set_font_size(title, 14);
    heading = addFormat();
    format_set_bold(heading);
    format_set_font_size(heading, 12);
    header = addFormat();
    format_set_bold(header);
    format_set_bg_color(header, 0xF2F2F2);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    bold = addFormat();
    format_set_bold(bold);
    wrap = addFormat();
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    whole = addFormat();
    format_set_num_format(whole, "0");
    wholeBold = addFormat();
    format_set_num_format(wholeBold, "0");
    format_set_bold(wholeBold);
    decimal = addFormat();
    format_set_num_format(decimal, "0.0");
    percent = addFormat();
    format_set_num_format(percent, "0%");
    date = addFormat();
    format_set_num_format(date, "yyyy-mm-dd");
    format_set_align(date, LXW_ALIGN_LEFT);
    noScore = addFormat();
    format_set_bg_color(noScore, colour(noScoreColour()));
    // Whole numbers with the marks of the score table: "?" insufficient evidence, "!" disagreement.
    const char* markFormats[4] = {"0", "0\"!\"", "0\"?\"", "0\"?!\""};
    for (int marks = 0; marks < 4; ++marks) {
        score[marks] = addFormat();
        format_set_num_format(score[marks], markFormats[marks]);
        format_set_align(score[marks], LXW_ALIGN_CENTER);
        scoreBold[marks] = addFormat();
        format_set_num_format(scoreBold[marks], markFormats[marks]);
        format_set_align(scoreBold[marks], LXW_ALIGN_CENTER);
        format_set_bold(scoreBold[marks]);
    }
    for (std::size_t index = 0; index < kBands.size(); ++index) {
        bandFill[index] = addFormat();
        format_set_bg_color(bandFill[index], colour(bandColour(kBands[index])));
        format_set_font_color(bandFill[index], colour(textColourOn(kBands[index])));
        bandRule[index] = addFormat();
        format_set_bg_color(bandRule[index], colour(bandColour(kBands[index])));
        format_set_font_color(bandRule[index], colour(textColourOn(kBands[index])));
    }
}

lxw_format* WorkbookWriter::addFormat()
{
    return workbook_add_format(m_workbook);
}

lxw_color_t WorkbookWriter::colour(const QColor& colour)
{
    return static_cast<lxw_color_t>(colour.rgb() & 0xFFFFFF);
}

lxw_worksheet* WorkbookWriter::addSheet(const QString& name)
{
    lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    if (!sheet) {
        fail(LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED);
    }
    return sheet;
}

void WorkbookWriter::fail(int error)
{
    if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR) {
        m_error = error;
    }
}

QString WorkbookWriter::errorText() const
{
    return m_error == LXW_NO_ERROR ? QString() : QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(m_error)));
}

void WorkbookWriter::text(lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format)
{
    if (!sheet) {
        return;
    }
    if (value.isEmpty()) {
        if (format) {
            fail(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format));
        }
        return;
    }
    QString shown = value;
    if (value.size() > kCellTextLimit) {
        // Cut visibly, never silently: the cell says how much it leaves out and where it is whole.
        int keep = kCellTextLimit - 200;
        if (value.at(keep - 1).isHighSurrogate()) {
            --keep;
        }
        shown = value.left(keep) +
                Workbook::tr(" … [%n more character(s) left out: a cell holds no more; the JSON export has all]",
                             nullptr, int(value.size() - keep));
    }
    // worksheet_write_string: a string cell, never a formula, whatever the text starts with.
    fail(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), shown.toUtf8().constData(), format));
}

void WorkbookWriter::text(lxw_worksheet* sheet, int row, int column, const std::string& value, lxw_format* format)
{
    text(sheet, row, column, QString::fromStdString(value), format);
}

void WorkbookWriter::number(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format)
{
    if (sheet) {
        fail(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format));
    }
}

void WorkbookWriter::number(lxw_worksheet* sheet, int row, int column, const std::optional<double>& value,
                            lxw_format* format)
{
    if (value) {
        number(sheet, row, column, *value, format);
    }
}

void WorkbookWriter::boolean(lxw_worksheet* sheet, int row, int column, bool value)
{
    if (sheet) {
        fail(worksheet_write_boolean(sheet, lxw_row_t(row), lxw_col_t(column), value ? 1 : 0, nullptr));
    }
}

void WorkbookWriter::isoDate(lxw_worksheet* sheet, int row, int column, const std::string& iso)
{
    const QDate parsed = QDate::fromString(QString::fromStdString(iso), Qt::ISODate);
    if (!parsed.isValid() || !sheet) {
        text(sheet, row, column, iso); // not a date: kept as the text it is
        return;
    }
    lxw_datetime value = {parsed.year(), parsed.month(), parsed.day(), 0, 0, 0.0};
    fail(worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &value, date));
}

void WorkbookWriter::colourByBand(lxw_worksheet* sheet, int firstRow, int firstColumn, int lastRow, int lastColumn)
{
    if (!sheet || lastRow < firstRow || lastColumn < firstColumn) {
        return;
    }
    char cell[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(cell, lxw_row_t(firstRow), lxw_col_t(firstColumn));
    const QString at = QString::fromLatin1(cell);
    for (std::size_t index = 0; index < kBands.size(); ++index) {
        // A formula rule, so that empty and text cells stay uncoloured (a comparison would
        // count a blank as 0 and text as above every number).
        QString condition = QStringLiteral("ISNUMBER(%1)").arg(at);
        if (index > 0) {
            condition += QStringLiteral(",%1>=%2").arg(at).arg(m_method.bandThresholds[index - 1]);
        }
        if (index < kBands.size() - 1) {
            condition += QStringLiteral(",%1<%2").arg(at).arg(m_method.bandThresholds[index]);
        }
        const QByteArray formula = QStringLiteral("=AND(%1)").arg(condition).toUtf8();
        lxw_conditional_format rule;
        std::memset(&rule, 0, sizeof rule);
        rule.type = LXW_CONDITIONAL_TYPE_FORMULA;
        rule.value_string = const_cast<char*>(formula.constData());
        rule.format = bandRule[index];
        fail(worksheet_conditional_format_range(sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                                                lxw_col_t(lastColumn), &rule));
    }
}

lxw_format* WorkbookWriter::scoreFormat(const HeatmapCell& cell, bool strong) const
{
    const int marks = (cell.lowCoverage ? 2 : 0) + (cell.disagreements > 0 ? 1 : 0);
    return strong ? scoreBold[marks] : score[marks];
}

ExportResult writeWorkbookXlsx(const QString& path, const Assessment& assessment, const ReportModel& model)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(target.dir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temporary.open()) {
        return ExportResult::failed(temporary.errorString());
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close(); // libxlsxwriter writes it by name; the object still removes it on failure

    lxw_workbook* workbook = workbook_new(QFile::encodeName(temporaryPath).constData());
    if (!workbook) {
        return ExportResult::failed(Workbook::tr("the workbook could not be started"));
    }
    WorkbookWriter writer(workbook, model.methodology);
    writeHeatmapSheet(writer, assessment, model);
    writeScoresSheet(writer, model);
    writeAnswersSheet(writer, AnswersCsv::header(), AnswersCsv::rows(assessment));
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
