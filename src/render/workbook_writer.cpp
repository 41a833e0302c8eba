// SPDX-License-Identifier: Apache-2.0
#include "workbook_writer.h"

#include "heat_palette.h"

#include <QDate>
#include <cstring>

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

} // namespace lastmile::render
