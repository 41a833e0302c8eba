// SPDX-License-Identifier: Apache-2.0
#include "report_text.h"

#include "text/messages.h"

#include <QDate>
#include <QLocale>
#include <cmath>

namespace lastmile::render {

QString ReportText::title()
{
    return tr("AI last-mile assessment");
}

QString ReportText::sectionSummary()
{
    return tr("Executive summary");
}

QString ReportText::sectionHeatmap()
{
    return tr("Friction heatmap");
}

QString ReportText::sectionChange(const QString& previousRound)
{
    return tr("Change since %1").arg(previousRound);
}

QString ReportText::sectionInitiatives()
{
    return tr("Initiatives");
}

QString ReportText::sectionMethodology()
{
    return tr("Methodology");
}

QString ReportText::sectionAppendix()
{
    return tr("Appendix: every answer");
}

QString ReportText::capitalized(const QString& text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

QString ReportText::band(Band band)
{
    return capitalized(text::Messages::band(band));
}

QString ReportText::stage(Stage stage)
{
    return capitalized(text::Messages::stage(stage));
}

QString ReportText::status(ActionStatus status)
{
    return capitalized(text::Messages::actionStatus(status));
}

QString ReportText::date(const std::string& iso)
{
    const QDate parsed = QDate::fromString(QString::fromStdString(iso), Qt::ISODate);
    if (!parsed.isValid()) {
        return QString::fromStdString(iso);
    }
    // The same words whatever the system's locale: a report reads the same on every laptop.
    return QLocale::c().toString(parsed, tr("d MMMM yyyy", "date format"));
}

QString ReportText::score(const std::optional<double>& score)
{
    return score ? QString::number(std::lround(*score)) : QStringLiteral("\u2013");
}

QString ReportText::percent(double fraction)
{
    return tr("%1%").arg(std::lround(fraction * 100.0));
}

QString ReportText::change(const std::optional<double>& change)
{
    if (!change) {
        return {};
    }
    const long delta = std::lround(*change);
    if (delta > 0) {
        return QStringLiteral("\u2191 %1").arg(delta);
    }
    if (delta < 0) {
        return QStringLiteral("\u2193 %1").arg(-delta);
    }
    return QStringLiteral("\u00B10");
}

QString ReportText::readinessTrend(const std::optional<double>& now, const std::optional<double>& before,
                                   const std::optional<double>& change, const QString& previousRound)
{
    if (previousRound.isEmpty()) {
        return tr("first assessment round: no earlier round to compare with");
    }
    if (!now || !before) {
        return tr("not scored in %1").arg(previousRound);
    }
    if (!change) {
        return tr("no change claimed since %1: too little evidence").arg(previousRound);
    }
    const long delta = std::lround(*change);
    if (delta > 0) {
        return tr("up %n point(s) since %1", nullptr, int(delta)).arg(previousRound);
    }
    if (delta < 0) {
        return tr("down %n point(s) since %1", nullptr, int(-delta)).arg(previousRound);
    }
    return tr("unchanged since %1").arg(previousRound);
}

QString ReportText::insufficientEvidence(double coverage)
{
    return tr("insufficient evidence (coverage %1)").arg(percent(coverage));
}

QString ReportText::continued(const QString& what)
{
    return tr("%1, continued").arg(what);
}

QString ReportText::answer(const Answer& answer, const std::array<std::string, 5>& scale)
{
    switch (answer.kind) {
    case Answer::Kind::Level:
        return level(answer.level, scale);
    case Answer::Kind::DontKnow:
        return tr("Don't know");
    case Answer::Kind::NotApplicable:
        return answer.reason.empty() ? tr("Not applicable")
                                     : tr("Not applicable: %1").arg(QString::fromStdString(answer.reason));
    }
    return {};
}

QString ReportText::level(double level, const std::array<std::string, 5>& scale)
{
    const double whole = std::floor(level);
    if (whole >= 0 && whole < 4 && whole != level) {
        // The median of an even number of levels: between two anchors, both named.
        return tr("%1 \u00B7 between %2 and %3")
            .arg(QString::number(level, 'f', 1), QString::fromStdString(scale[std::size_t(whole)]),
                 QString::fromStdString(scale[std::size_t(whole) + 1]));
    }
    if (whole != level || whole < 0 || whole > 4) {
        return QString::number(level, 'f', 1);
    }
    return tr("%1 \u00B7 %2").arg(int(whole)).arg(QString::fromStdString(scale[std::size_t(whole)]));
}

QString ReportText::consensus()
{
    return tr("Consensus");
}

QString ReportText::anonymousRespondent()
{
    return tr("Respondent %1", "an anonymous report names respondents A, B, …");
}

} // namespace lastmile::render
