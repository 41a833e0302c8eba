// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writing cells of the Excel workbook (workbook_xlsx.h) through libxlsxwriter, typed: text as
// text, numbers as numbers, dates as dates, and the formats the sheets share.
#include "core/report_model.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <array>
#include <optional>
#include <string>
#include <xlsxwriter.h>

namespace lastmile::render {

// The translation context of the workbook's fixed words.
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)
};

// Writes the cells of one workbook and remembers the first libxlsxwriter error.
class WorkbookWriter
{
public:
    WorkbookWriter(lxw_workbook* workbook, const Methodology& method);

    lxw_worksheet* addSheet(const QString& name);
    // Text as a string cell (never a formula); empty text writes only the format, if any.
    void text(lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format = nullptr);
    void text(lxw_worksheet* sheet, int row, int column, const std::string& value, lxw_format* format = nullptr);
    void number(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format = nullptr);
    // Nothing for no value: the cell stays empty.
    void number(lxw_worksheet* sheet, int row, int column, const std::optional<double>& value,
                lxw_format* format = nullptr);
    void boolean(lxw_worksheet* sheet, int row, int column, bool value);
    // A date cell for a valid YYYY-MM-DD, else the text as it is.
    void isoDate(lxw_worksheet* sheet, int row, int column, const std::string& iso);
    // The band colours as conditional formats over the range (rows and columns inclusive).
    void colourByBand(lxw_worksheet* sheet, int firstRow, int firstColumn, int lastRow, int lastColumn);
    // The whole-number format of a score with its marks ("?" low coverage, "!" disagreement).
    lxw_format* scoreFormat(const HeatmapCell& cell, bool strong = false) const;

    void fail(int error);      // remembers the first error
    QString errorText() const; // empty when nothing failed
    const Methodology& method() const { return m_method; }

    lxw_format* title = nullptr;
    lxw_format* heading = nullptr;
    lxw_format* header = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* whole = nullptr;
    lxw_format* wholeBold = nullptr;
    lxw_format* decimal = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* date = nullptr;
    lxw_format* noScore = nullptr;
    std::array<lxw_format*, 4> bandFill = {};  // static fills, for legends
    std::array<lxw_format*, 4> bandRule = {};  // the conditional formats
    std::array<lxw_format*, 4> score = {};     // by marks: none, "!", "?", "?!"
    std::array<lxw_format*, 4> scoreBold = {}; // the same, bold (the portfolio)

private:
    lxw_format* addFormat();
    static lxw_color_t colour(const QColor& colour);

    lxw_workbook* m_workbook;
    const Methodology& m_method;
    int m_error = LXW_NO_ERROR;
};

} // namespace lastmile::render
