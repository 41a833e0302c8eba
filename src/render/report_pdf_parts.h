// SPDX-License-Identifier: Apache-2.0
// The parts of the PDF report, shared by the files that lay it out. Not a public interface.
#pragma once

#include "core/report_model.h"
#include "page_composer.h"

#include <QColor>
#include <QCoreApplication>
#include <functional>

namespace lastmile::render::pdf {

class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

struct Context
{
    PageComposer& page;
    const ReportModel& model;
    QColor accent;

    const QFont& font(qreal points, bool bold = false) const { return page.font(points, bold); }
    void title(const QString& text) const;   // a section's title, at the top of a new page
    void heading(const QString& text) const; // a subsection
    void subheading(const QString& text) const;
    void body(const QString& text) const;
    void note(const QString& text) const; // small and muted
};

// "24 January 2027" with no-break spaces: a table never splits a date over lines.
QString tableDate(const std::string& iso);
// A table cell coloured by band, showing the rounded score.
TableCell scoreCell(const std::optional<double>& score, const std::optional<Band>& band, bool lowCoverage = false);

void composeCover(Context& context);
void composeSummary(Context& context);
void composeHeatmaps(Context& context);
void composeInitiative(Context& context, const InitiativeSection& section, int number, int count);
// The initiative's seven frictions as a radar against the compared round and the targets.
void composeProfileChart(Context& context, const InitiativeSection& section);
void composeMethodology(Context& context);
// Calls `advance` after each initiative's answers; stops when it returns false.
bool composeAppendix(Context& context, const std::function<bool()>& advance);

} // namespace lastmile::render::pdf
