// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report_model.h"

#include <QCoreApplication>
#include <QString>
#include <array>
#include <optional>
#include <string>

namespace lastmile::render {

// The fixed words of a report, shared by the PDF and HTML writers so that both say the same,
// translatable with Qt Linguist. User and bank text is never passed through here as markup.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static QString title(); // "AI last-mile assessment"
    static QString sectionSummary();
    static QString sectionHeatmap();
    static QString sectionChange(const QString& previousRound);
    static QString sectionInitiatives();
    static QString sectionMethodology();
    static QString sectionAppendix();

    static QString capitalized(const QString& text);
    static QString band(Band band);    // "High"
    static QString stage(Stage stage); // "Rolled back"
    static QString status(ActionStatus status);
    static QString date(const std::string& iso);              // "17 September 2026", or the text as it is
    static QString score(const std::optional<double>& score); // "81" or "–"
    static QString percent(double fraction);                  // "82%"
    // "↑ 5" / "↓ 3" / "±0" for a change (HeatmapCell::delta, HeatmapRow::readinessDelta …); empty
    // without one. A change withheld for thin evidence (claimedChange) is simply not there.
    static QString change(const std::optional<double>& delta);
    // "up 5 points since 2026-Q1 workshop", "no earlier round to compare with", "no change claimed
    // since 2026-Q1 workshop: too little evidence", ...; `delta` as claimedChange gives it.
    static QString readinessTrend(const std::optional<double>& now, const std::optional<double>& before,
                                  const std::optional<double>& delta, const QString& previousRound);
    // "insufficient evidence (coverage 5%)": the mark of a figure resting on thin evidence.
    static QString insufficientEvidence(double coverage);
    // "Initiative A, continued": the caption of a table's continuation pages.
    static QString continued(const QString& what);
    // "2 · Partly in place", "Don't know", "Not applicable: no plant network"
    static QString answer(const Answer& answer, const std::array<std::string, 5>& scale);
    // "1.5 · between Started and Partly in place" between two levels, or "2 · Partly in place"
    static QString level(double level, const std::array<std::string, 5>& scale);
    static QString consensus(); // "Consensus"
    // "Respondent %1", the name pattern of an anonymous report (ReportOptions::anonymousName).
    static QString anonymousRespondent();
    static QString text(const std::string& userText) { return QString::fromStdString(userText); }
};

} // namespace lastmile::render
