// SPDX-License-Identifier: Apache-2.0
#include "report_html.h"

#include "heat_palette.h"
#include "heatmap_export.h"
#include "report_style.h"
#include "report_text.h"
#include "text/translations.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace lastmile::render {

namespace {

class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

// User and bank text, escaped: it shows literally, whatever it contains.
QString e(const QString& text)
{
    return text.toHtmlEscaped();
}

QString e(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString cell(const QString& escaped, const QString& attributes = {})
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, escaped);
}

QString scoreCell(const std::optional<double>& score, const std::optional<Band>& band, bool lowCoverage = false)
{
    const QColor background = band ? bandColour(*band) : noScoreColour();
    const QColor ink = band ? textColourOn(*band) : mutedColour();
    return QStringLiteral("<td class=\"score%1\" style=\"background-color:%2;color:%3\">%4</td>")
        .arg(lowCoverage && score ? QStringLiteral(" low") : QString(), background.name(), ink.name(),
             e(ReportText::score(score)) + (lowCoverage && score ? QStringLiteral(" *") : QString()));
}

QString tableStart(const QStringList& headers)
{
    QString html = QStringLiteral("<table><thead><tr>");
    for (const QString& header : headers) {
        html += QStringLiteral("<th>%1</th>").arg(e(header));
    }
    return html + QStringLiteral("</tr></thead><tbody>");
}

QString tableRow(const QString& cells)
{
    return QStringLiteral("<tr>") + cells + QStringLiteral("</tr>");
}

const QString kTableEnd = QStringLiteral("</tbody></table>\n");

QString table(const QStringList& headers, const QStringList& rows)
{
    QString html = tableStart(headers);
    for (const QString& row : rows) {
        html += tableRow(row);
    }
    return html + kTableEnd;
}

// Writes `html` to `out` as UTF-8; false if it could not be written.
bool write(QIODevice& out, const QString& html)
{
    const QByteArray bytes = html.toUtf8();
    return out.write(bytes) == bytes.size();
}

QString lines(const QStringList& escaped)
{
    return escaped.join(QStringLiteral("<br>"));
}

QString inlineSvg(const HeatmapData& data, bool delta)
{
    HeatmapOptions options;
    options.delta = delta;
    QString svg = QString::fromUtf8(heatmapSvg(data, options));
    const qsizetype start = svg.indexOf(QStringLiteral("<svg"));
    return start < 0 ? QString() : svg.mid(start);
}

QString css(const QColor& accent)
{
    return QStringLiteral(
               "body{font-family:'DejaVu Sans','Droid Sans "
               "Fallback',Symbola,Arial,sans-serif;color:%1;max-width:60rem;margin:2rem auto;"
               "padding:0 1.5rem;font-size:0.95rem;line-height:1.45}"
               "h1{font-size:2.2rem;margin:0.2rem 0}h2{color:%2;border-top:3px solid %2;padding-top:0.6rem;"
               "margin-top:3rem}h3{color:%2;margin-top:1.6rem}h4{margin:1rem 0 0.3rem}"
               ".label{color:%2;font-weight:bold;letter-spacing:0.08em;text-transform:uppercase;font-size:0.8rem}"
               ".muted{color:%3}.cover{padding:2rem 0 1rem;border-bottom:1px solid %4}"
               ".cover img{max-height:4rem;max-width:12rem}"
               ".tiles{display:flex;gap:1rem;margin:1rem 0}.tile{flex:1;background:%5;border-top:3px solid %2;"
               "padding:0.8rem}.tile .value{font-size:1.9rem;font-weight:bold}"
               "table{border-collapse:collapse;width:100%;margin:0.6rem 0 1rem;font-size:0.85rem}"
               "th{text-align:left;color:%3;border-bottom:1.5px solid %1;padding:0.3rem}"
               "td{border-bottom:1px solid %4;padding:0.3rem;vertical-align:top}"
               "td.score{text-align:center;font-weight:bold;white-space:nowrap}"
               ".strip{display:inline-block;width:0.9rem;height:0.7rem;margin-right:2px}"
               // Insufficient evidence: hatched like the heatmap, the stripes inside the element's own box.
               ".strip.thin,td.low{background-image:repeating-linear-gradient(135deg,rgba(255,255,255,0.55) 0 "
               "2px,transparent 2px 6px)}"
               ".heatmap svg{max-width:100%;height:auto}.overdue{color:#7F1D3F;font-weight:bold}"
               "footer{margin-top:3rem;color:%3;font-size:0.8rem;border-top:1px solid %4;padding-top:0.5rem}"
               "@media print{h2{page-break-before:always}}")
        .arg(inkColour().name(), accent.name(), mutedColour().name(), ruleColour().name(), shadeColour().name());
}

QString cover(const ReportModel& model)
{
    const ReportCover& cover = model.cover;
    QString html = QStringLiteral("<header class=\"cover\">");
    if (!cover.branding.logo.empty() && !cover.branding.logoMime.empty()) {
        const QByteArray bytes(reinterpret_cast<const char*>(cover.branding.logo.data()),
                               static_cast<qsizetype>(cover.branding.logo.size()));
        html += QStringLiteral("<img alt=\"\" src=\"data:%1;base64,%2\">")
                    .arg(e(cover.branding.logoMime), QString::fromLatin1(bytes.toBase64()));
    }
    if (!cover.branding.firmName.empty()) {
        html += QStringLiteral("<p><strong>%1</strong></p>").arg(e(cover.branding.firmName));
    }
    html += QStringLiteral("<p class=\"label\">%1</p><h1>%2</h1>").arg(e(ReportText::title()), e(cover.organization));
    if (!cover.sector.empty()) {
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(e(cover.sector));
    }
    html += QStringLiteral("<p>%1<br><span class=\"muted\">%2</span></p></header>\n")
                .arg(e(HtmlReport::tr("Friction report, %1").arg(QString::fromStdString(cover.roundName))),
                     e(ReportText::date(cover.roundDate)));
    return html;
}

QString summary(const ReportModel& model)
{
    const ExecutiveSummary& summary = model.summary;
    const QString previous = QString::fromStdString(model.cover.previousRoundName);
    QString html = QStringLiteral("<section id=\"summary\"><h2>%1</h2>").arg(e(ReportText::sectionSummary()));
    const int cells = summary.bandCounts[0] + summary.bandCounts[1] + summary.bandCounts[2] + summary.bandCounts[3];
    html += QStringLiteral("<div class=\"tiles\"><div class=\"tile\"><div class=\"muted\">%1</div><div "
                           "class=\"value\">%2</div><div class=\"muted\">%3</div></div>")
                .arg(e(HtmlReport::tr("Portfolio readiness")),
                     e(ReportText::score(summary.readiness) +
                       (summary.readiness && summary.lowCoverage ? QStringLiteral(" *") : QString())),
                     summary.readiness && summary.lowCoverage
                         ? QStringLiteral("<span class=\"overdue\">%1</span>")
                               .arg(e(ReportText::capitalized(ReportText::insufficientEvidence(summary.coverage)) +
                                      (summary.previousReadiness
                                           ? HtmlReport::tr("; no change claimed since %1").arg(previous)
                                           : QString())))
                         : e(HtmlReport::tr("%1; coverage %2")
                                 .arg(ReportText::readinessTrend(summary.readiness, summary.previousReadiness,
                                                                 summary.readinessDelta(), previous),
                                      ReportText::percent(summary.coverage))));
    html += QStringLiteral("<div class=\"tile\"><div class=\"muted\">%1</div><div class=\"value\">%2</div><div "
                           "class=\"muted\">%3</div></div>")
                .arg(e(HtmlReport::tr("High or critical frictions")),
                     QString::number(summary.bandCounts[2] + summary.bandCounts[3]),
                     e(HtmlReport::tr("of %1 scores").arg(cells)));
    html += QStringLiteral("<div class=\"tile\"><div class=\"muted\">%1</div><div class=\"value\">%2</div><div "
                           "class=\"muted\">%3</div></div></div>\n")
                .arg(e(HtmlReport::tr("Questions with disagreement")), QString::number(summary.disagreementQuestions),
                     e(HtmlReport::tr("%n score(s) rest on insufficient evidence", nullptr, summary.lowCoverageCells)));
    QStringList rows;
    for (const WorstFriction& worst : summary.worstFrictions) {
        rows << cell(e(worst.name)) + scoreCell(worst.score, worst.band, worst.lowCoverage) +
                    cell(e(HtmlReport::tr("%1 of %2 initiatives")
                               .arg(worst.initiativesHighOrCritical)
                               .arg(summary.initiativeCount))) +
                    cell(e(worst.worstInitiative) + QStringLiteral(" (") +
                         e(ReportText::score(worst.worstInitiativeScore)) + QStringLiteral(")"));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(e(HtmlReport::tr("Where the frictions are worst")));
    html += table({HtmlReport::tr("Friction"), HtmlReport::tr("Portfolio"), HtmlReport::tr("High or critical in"),
                   HtmlReport::tr("Most affected initiative")},
                  rows);
    rows.clear();
    for (const InitiativeTrend& trend : summary.trends) {
        QString strip;
        for (const HeatmapCell& c : trend.cells) {
            strip +=
                QStringLiteral("<span class=\"strip%1\" style=\"background-color:%2\"></span>")
                    .arg(c.score && c.lowCoverage ? QStringLiteral(" thin") : QString(), scoreColour(c.score).name());
        }
        rows << cell(e(trend.name)) + cell(e(ReportText::stage(trend.stage))) +
                    cell(e(ReportText::score(trend.readiness) +
                           (trend.readiness && trend.lowCoverage ? QStringLiteral(" *") : QString())),
                         QStringLiteral("class=\"score\"")) +
                    cell(e(ReportText::change(trend.readinessDelta()))) + cell(strip);
    }
    html += QStringLiteral("<h3>%1</h3>").arg(e(HtmlReport::tr("Readiness by initiative")));
    html += table({HtmlReport::tr("Initiative"), HtmlReport::tr("Stage"), HtmlReport::tr("Readiness"),
                   HtmlReport::tr("Change"), HtmlReport::tr("Seven frictions")},
                  rows);
    QStringList frictionNames;
    for (const HeatmapColumn& column : model.heatmap.frictions) {
        frictionNames << QString::fromStdString(column.name);
    }
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(e(HtmlReport::tr("Frictions, left to right: %1. * insufficient evidence: less than half of the "
                                      "questions answered; no change is claimed where either round rests on it.")
                           .arg(frictionNames.join(QStringLiteral(", ")))));
    rows.clear();
    for (const TopAction& action : summary.topActions) {
        QStringList text;
        if (!action.title.empty()) {
            text << QStringLiteral("<strong>%1</strong>").arg(e(action.title));
        }
        text << e(action.text);
        const QString due = !action.status ? e(HtmlReport::tr("Recommended"))
                            : action.overdue
                                ? QStringLiteral("<span class=\"overdue\">%1</span>")
                                      .arg(e(HtmlReport::tr("%1, overdue").arg(ReportText::date(action.due))))
                                : e(ReportText::date(action.due));
        rows << cell(lines(text)) + cell(e(action.initiative) + QStringLiteral("<br>") + e(action.friction)) +
                    cell(e(action.owner)) + cell(due);
    }
    if (!rows.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(e(HtmlReport::tr("Top actions")));
        html += table({HtmlReport::tr("Action"), HtmlReport::tr("Initiative and friction"), HtmlReport::tr("Owner"),
                       HtmlReport::tr("Due")},
                      rows);
    }
    return html + QStringLiteral("</section>\n");
}

QString initiative(const ReportModel& model, const InitiativeSection& section)
{
    const auto& scale = model.methodology.scale;
    const Initiative& initiative = section.initiative;
    QString html = QStringLiteral("<section class=\"initiative\"><h2>%1</h2><p class=\"muted\">%2</p>")
                       .arg(e(initiative.name),
                            e(QStringList({QString::fromStdString(initiative.businessFunction),
                                           HtmlReport::tr("Owner: %1").arg(QString::fromStdString(initiative.owner)),
                                           HtmlReport::tr("Stage: %1").arg(ReportText::stage(initiative.stage))})
                                  .join(QStringLiteral(" \u00B7 "))));
    if (!initiative.targetOutcome.empty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(e(HtmlReport::tr("Target outcome: %1").arg(QString::fromStdString(initiative.targetOutcome))));
    }
    html += QStringLiteral("<p><strong>%1</strong></p>")
                .arg(e(HtmlReport::tr("Readiness %1 of 100 (%2), coverage %3%4")
                           .arg(ReportText::score(section.readiness),
                                ReportText::readinessTrend(section.readiness, section.previousReadiness,
                                                           claimedChange(section.readiness, section.lowCoverage,
                                                                         section.previousReadiness,
                                                                         section.previousLowCoverage),
                                                           QString::fromStdString(model.cover.previousRoundName)),
                                ReportText::percent(section.coverage),
                                section.readiness && section.lowCoverage
                                    ? QStringLiteral(": ") + ReportText::insufficientEvidence(section.coverage)
                                    : QString())));
    QStringList rows;
    for (const ProfileEntry& entry : section.profile) {
        rows << cell(e(entry.name)) + scoreCell(entry.score, entry.band, entry.lowCoverage) +
                    cell(e(ReportText::change(entry.delta()))) +
                    cell(entry.target ? e(ReportText::score(entry.target)) : QString()) +
                    cell(e(ReportText::percent(entry.coverage))) +
                    cell(entry.disagreements ? QString::number(entry.disagreements) : QString());
    }
    html += QStringLiteral("<h3>%1</h3>").arg(e(HtmlReport::tr("Friction profile")));
    html += table({HtmlReport::tr("Friction"), HtmlReport::tr("Score"), HtmlReport::tr("Change"),
                   HtmlReport::tr("Target"), HtmlReport::tr("Coverage"), HtmlReport::tr("Disagreements")},
                  rows);
    if (!section.drivers.empty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(e(HtmlReport::tr("What drives the high scores")));
        for (const Driver& driver : section.drivers) {
            rows.clear();
            for (const DriverQuestion& question : driver.questions) {
                QStringList notes;
                for (const std::string& note : question.notes) {
                    notes << e(note);
                }
                rows << cell(e(question.text)) + cell(e(ReportText::level(question.level, scale))) + cell(lines(notes));
            }
            html += QStringLiteral("<h4>%1</h4>")
                        .arg(e(HtmlReport::tr("%1: %2, %3")
                                   .arg(QString::fromStdString(driver.name), ReportText::score(driver.score),
                                        ReportText::band(driver.band).toLower())));
            html += table({HtmlReport::tr("Question"), HtmlReport::tr("Level"), HtmlReport::tr("Notes")}, rows);
        }
    }
    if (!section.disagreements.empty()) {
        rows.clear();
        for (const DisagreementEntry& entry : section.disagreements) {
            QStringList answers;
            for (const RespondentLevel& answer : entry.answers) {
                answers << e(answer.respondent) + QStringLiteral(": ") + e(ReportText::answer(answer.answer, scale));
            }
            rows << cell(e(entry.questionText)) + cell(lines(answers)) + cell(QString::number(entry.spread));
        }
        html += QStringLiteral("<h3>%1</h3>").arg(e(HtmlReport::tr("Where respondents disagree")));
        html += table({HtmlReport::tr("Question"), HtmlReport::tr("Answers"), HtmlReport::tr("Spread")}, rows);
    }
    if (!section.notes.empty()) {
        rows.clear();
        for (const NoteEntry& note : section.notes) {
            rows << cell(e(note.questionText)) +
                        cell(note.respondent.empty() ? e(ReportText::consensus()) : e(note.respondent)) +
                        cell(e(note.note)) + cell(e(note.evidence));
        }
        html += QStringLiteral("<h3>%1</h3>").arg(e(HtmlReport::tr("Notes and evidence")));
        html += table(
            {HtmlReport::tr("Question"), HtmlReport::tr("From"), HtmlReport::tr("Note"), HtmlReport::tr("Evidence")},
            rows);
    }
    if (!section.recommendations.empty()) {
        rows.clear();
        for (const RecommendationEntry& entry : section.recommendations) {
            for (const RecommendedAction& action : entry.actions) {
                rows << cell(e(entry.name)) +
                            cell(QStringLiteral("<strong>%1</strong><br>%2").arg(e(action.title), e(action.text))) +
                            cell(e(action.owner));
            }
        }
        html += QStringLiteral("<h3>%1</h3>").arg(e(HtmlReport::tr("Recommended actions")));
        html += table({HtmlReport::tr("Friction"), HtmlReport::tr("Action"), HtmlReport::tr("Typical owner")}, rows);
    }
    if (!section.actions.empty()) {
        rows.clear();
        for (const ActionEntry& action : section.actions) {
            QString status = e(ReportText::status(action.status));
            if (action.overdue) {
                status = QStringLiteral("<span class=\"overdue\">%1</span>")
                             .arg(e(HtmlReport::tr("%1, overdue").arg(ReportText::status(action.status))));
            }
            rows << cell(e(action.text)) + cell(e(action.frictionName)) + cell(e(action.owner)) +
                        cell(e(ReportText::date(action.due))) + cell(status);
        }
        html += QStringLiteral("<h3>%1</h3>").arg(e(HtmlReport::tr("Action plan")));
        html += table({HtmlReport::tr("Action"), HtmlReport::tr("Friction"), HtmlReport::tr("Owner"),
                       HtmlReport::tr("Due"), HtmlReport::tr("Status")},
                      rows);
    }
    if (!section.targets.empty()) {
        rows.clear();
        for (const TargetEntry& target : section.targets) {
            rows << cell(e(target.name)) + cell(e(ReportText::score(target.target))) +
                        scoreCell(target.current,
                                  target.current ? std::optional<Band>(bandForScore(*target.current)) : std::nullopt) +
                        cell(e(target.met ? HtmlReport::tr("Met") : HtmlReport::tr("Not yet")));
        }
        html += QStringLiteral("<h3>%1</h3>").arg(e(HtmlReport::tr("Targets and current scores")));
        html += table(
            {HtmlReport::tr("Friction"), HtmlReport::tr("Target"), HtmlReport::tr("Current"), HtmlReport::tr("Status")},
            rows);
    }
    return html + QStringLiteral("</section>\n");
}

QString methodology(const ReportModel& model)
{
    const Methodology& method = model.methodology;
    QString html = QStringLiteral("<section id=\"methodology\"><h2>%1</h2>").arg(e(ReportText::sectionMethodology()));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(e(HtmlReport::tr("Question bank \"%3\" (%4, content version %5), %n question(s). A question's "
                                  "friction is (4 \u2212 level) / 4; a friction score is the weighted mean over "
                                  "the answered questions, 0 (no friction) to 100 (severe); several respondents "
                                  "give the median level, a consensus answer replaces it; a spread of %1 levels "
                                  "or more is a disagreement; coverage under %2 is insufficient evidence, for a score, "
                                  "readiness or a portfolio figure, and no change is claimed where either round "
                                  "rests on it. "
                                  "Readiness is 100 minus the weighted mean friction.",
                                  nullptr, method.questionCount)
                       .arg(method.disagreementSpread)
                       .arg(ReportText::percent(method.lowCoverageBelow))
                       .arg(QString::fromStdString(method.bankName), QString::fromStdString(method.bankId),
                            QString::fromStdString(method.contentVersion))));
    QStringList rows;
    for (int level = 0; level < 5; ++level) {
        rows << cell(QString::number(level)) + cell(e(method.scale[std::size_t(level)])) +
                    cell(QString::number((4 - level) * 25));
    }
    html += table({HtmlReport::tr("Level"), HtmlReport::tr("Meaning"), HtmlReport::tr("Question friction")}, rows);
    rows.clear();
    for (const MethodologyFriction& friction : method.frictions) {
        rows << cell(e(friction.name)) + cell(e(friction.description)) + cell(QString::number(friction.questions));
    }
    html += table({HtmlReport::tr("Friction"), HtmlReport::tr("What it is"), HtmlReport::tr("Questions")}, rows);
    return html + QStringLiteral("</section>\n");
}

// Writes the appendix part by part: one initiative's rows at a time, never the whole table.
bool writeAppendix(QIODevice& out, const ReportModel& model)
{
    bool written =
        write(out, QStringLiteral("<section id=\"appendix\"><h2>%1</h2>").arg(e(ReportText::sectionAppendix())) +
                       tableStart({HtmlReport::tr("Initiative"), HtmlReport::tr("Friction"), HtmlReport::tr("Question"),
                                   HtmlReport::tr("Respondent"), HtmlReport::tr("Answer"), HtmlReport::tr("Note"),
                                   HtmlReport::tr("Evidence")}));
    const Appendix& appendix = model.appendix;
    for (std::size_t at = 0; at < appendix.initiatives.size() && written; ++at) {
        const AppendixInitiative& initiative = appendix.initiatives[at];
        const QString name = cell(e(initiative.name));
        QString rows;
        for (const AppendixAnswer& answer : initiative.answers) {
            const AppendixQuestion& question = appendix.question(answer);
            const AppendixRespondent* respondent = appendix.respondent(answer);
            rows += tableRow(name + cell(e(question.frictionName)) + cell(e(question.text)) +
                             cell(respondent ? e(respondent->name) : e(ReportText::consensus())) +
                             cell(e(ReportText::answer(answer.answer, model.methodology.scale))) +
                             cell(e(answer.note)) + cell(e(answer.evidence)));
        }
        written = write(out, rows);
    }
    return written && write(out, kTableEnd + QStringLiteral("</section>\n"));
}

// The steps of writing the report: the parts before the initiatives, each initiative, the parts
// after them, and saving the file.
int htmlSteps(const ReportModel& model)
{
    return static_cast<int>(model.initiatives.size()) + 3;
}

} // namespace

ExportResult writeReportHtml(QIODevice& out, const ReportModel& model, const ExportProgress& progress)
{
    const ReportOptions& options = model.options;
    const int steps = htmlSteps(model);
    int done = 0;
    const auto advance = [&]() {
        ++done;
        return !progress || progress(done, steps);
    };
    const auto failed = [&out]() { return ExportResult::failed(out.errorString()); };
    const text::LanguageScope language(QString::fromStdString(model.options.language));
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%3\"><head><meta charset=\"utf-8\">"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                  "<title>%1</title><style>%2</style></head><body>\n")
                       .arg(e(HtmlReport::tr("%1: %2, %3")
                                  .arg(QString::fromStdString(model.cover.organization), ReportText::title(),
                                       QString::fromStdString(model.cover.roundName))),
                            css(accentColour(model.cover.branding)), text::currentLanguage());
    if (options.cover) {
        html += cover(model);
    }
    if (options.executiveSummary) {
        html += summary(model);
    }
    if (options.heatmap) {
        html += QStringLiteral("<section id=\"heatmap\" class=\"heatmap\"><h2>%1</h2>%2")
                    .arg(e(ReportText::sectionHeatmap()), inlineSvg(model.heatmap, false));
        if (model.heatmap.hasPrevious()) {
            html += QStringLiteral("<h3>%1</h3>%2")
                        .arg(e(ReportText::sectionChange(QString::fromStdString(model.heatmap.previousRoundName))),
                             inlineSvg(model.heatmap, true));
        }
        html += QStringLiteral("</section>\n");
    }
    if (!write(out, html)) {
        return failed();
    }
    if (!advance()) {
        return ExportResult::cancelled();
    }
    for (const InitiativeSection& section : model.initiatives) {
        if (!write(out, initiative(model, section))) {
            return failed();
        }
        if (!advance()) {
            return ExportResult::cancelled();
        }
    }
    if (options.methodology && !write(out, methodology(model))) {
        return failed();
    }
    if (options.appendix && !writeAppendix(out, model)) {
        return failed();
    }
    if (!advance()) {
        return ExportResult::cancelled();
    }
    html.clear();
    if (!model.cover.branding.footer.empty()) {
        html += QStringLiteral("<footer>%1</footer>\n").arg(e(model.cover.branding.footer));
    }
    html += QStringLiteral("</body></html>\n");
    return write(out, html) ? ExportResult::written() : failed();
}

QByteArray reportHtml(const ReportModel& model)
{
    QByteArray html;
    QBuffer buffer(&html);
    buffer.open(QIODevice::WriteOnly);
    return writeReportHtml(buffer, model).ok() ? html : QByteArray();
}

ExportResult writeReportHtml(const QString& path, const ReportModel& model, const ExportProgress& progress)
{
    const ExportResult result =
        saveAtomically(path, [&model, &progress](QIODevice& file) { return writeReportHtml(file, model, progress); });
    if (result.ok() && progress) {
        progress(htmlSteps(model), htmlSteps(model));
    }
    return result;
}

} // namespace lastmile::render
