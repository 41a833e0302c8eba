// SPDX-License-Identifier: Apache-2.0
// The sheets of the Excel workbook: heatmap, scores, answers, actions and read-me.
#include "workbook_sheets.h"

#include "heatmap_export.h"
#include "report_text.h"

#include <map>

namespace lastmile::render {

namespace {

const InitiativeSection* sectionOf(const ReportModel& model, std::int64_t initiativeId)
{
    for (const InitiativeSection& section : model.initiatives) {
        if (section.initiative.id == initiativeId) {
            return &section;
        }
    }
    return nullptr;
}

const ProfileEntry* profileOf(const InitiativeSection* section, const std::string& frictionId)
{
    if (section) {
        for (const ProfileEntry& entry : section->profile) {
            if (entry.frictionId == frictionId) {
                return &entry;
            }
        }
    }
    return nullptr;
}

QString bandRange(const Methodology& method, std::size_t index)
{
    const double low = index == 0 ? 0.0 : method.bandThresholds[index - 1];
    return index == kBands.size() - 1 ? Workbook::tr("%1 to 100").arg(low)
                                      : Workbook::tr("%1 to under %2").arg(low).arg(method.bandThresholds[index]);
}

// The band legend at `row`: a coloured name and its range per band. Returns the next free row.
int writeBandLegend(WorkbookWriter& writer, lxw_worksheet* sheet, int row)
{
    for (std::size_t index = 0; index < kBands.size(); ++index, ++row) {
        writer.text(sheet, row, 0, ReportText::band(kBands[index]), writer.bandFill[index]);
        writer.text(sheet, row, 1, bandRange(writer.method(), index));
    }
    return row;
}

} // namespace

void writeHeatmapSheet(WorkbookWriter& writer, const Assessment& assessment, const ReportModel& model)
{
    lxw_worksheet* sheet = writer.addSheet(Workbook::tr("Heatmap"));
    const HeatmapData& heatmap = model.heatmap;
    writer.text(sheet, 0, 0, heatmapCaption(QString::fromStdString(assessment.organization.name), heatmap, false),
                writer.title);
    writer.text(sheet, 1, 0,
                Workbook::tr("Friction scores run from 0 (no friction) to 100 (severe); readiness from 0 to 100, "
                             "higher is better. The colours follow the bands below: change a score and its colour "
                             "follows."));
    const int headerRow = 3;
    if (sheet) {
        worksheet_set_row(sheet, headerRow, 32, nullptr); // before the row is written and left
    }
    writer.text(sheet, headerRow, 0, Workbook::tr("Initiative"), writer.header);
    writer.text(sheet, headerRow, 1, Workbook::tr("Readiness"), writer.header);
    for (std::size_t column = 0; column < heatmap.frictions.size(); ++column) {
        writer.text(sheet, headerRow, int(column) + 2, heatmap.frictions[column].name, writer.header);
    }
    int row = headerRow + 1;
    const auto writeRow = [&](const HeatmapRow& line, bool portfolio) {
        writer.text(sheet, row, 0, portfolio ? Workbook::tr("Portfolio") : QString::fromStdString(line.name),
                    portfolio ? writer.bold : nullptr);
        writer.number(sheet, row, 1, line.readiness, portfolio ? writer.wholeBold : writer.whole);
        for (std::size_t column = 0; column < line.cells.size(); ++column) {
            const HeatmapCell& cell = line.cells[column];
            if (cell.score) {
                writer.number(sheet, row, int(column) + 2, *cell.score, writer.scoreFormat(cell, portfolio));
            } else {
                writer.text(sheet, row, int(column) + 2, QString(), writer.noScore);
            }
        }
        ++row;
    };
    for (const HeatmapRow& line : heatmap.initiatives) {
        writeRow(line, false);
    }
    writeRow(heatmap.portfolio, true);
    writer.colourByBand(sheet, headerRow + 1, 2, row - 1, int(heatmap.frictions.size()) + 1);

    row += 1;
    writer.text(sheet, row++, 0, Workbook::tr("Bands"), writer.heading);
    row = writeBandLegend(writer, sheet, row);
    writer.text(sheet, row, 0, QString(), writer.noScore);
    writer.text(sheet, row++, 1, Workbook::tr("No score: no question of the friction was answered with a level"));
    writer.text(sheet, row, 0, QStringLiteral("57?"));
    writer.text(sheet, row++, 1,
                Workbook::tr("Insufficient evidence: coverage under %1")
                    .arg(ReportText::percent(writer.method().lowCoverageBelow)));
    writer.text(sheet, row, 0, QStringLiteral("57!"));
    writer.text(sheet, row++, 1,
                Workbook::tr("Respondents disagree on a question (levels %1 or more apart)")
                    .arg(writer.method().disagreementSpread));

    if (sheet) {
        worksheet_set_column(sheet, 0, 0, 36, nullptr);
        worksheet_set_column(sheet, 1, lxw_col_t(heatmap.frictions.size() + 1), 13, nullptr);
        worksheet_freeze_panes(sheet, lxw_row_t(headerRow + 1), 1);
        worksheet_activate(sheet);
    }
}

void writeScoresSheet(WorkbookWriter& writer, const ReportModel& model)
{
    lxw_worksheet* sheet = writer.addSheet(Workbook::tr("Scores"));
    const HeatmapData& heatmap = model.heatmap;
    QStringList columns = {
        Workbook::tr("Initiative"), Workbook::tr("Friction"),      Workbook::tr("Score"),
        Workbook::tr("Band"),       Workbook::tr("Coverage"),      Workbook::tr("Answered"),
        Workbook::tr("Questions"),  Workbook::tr("Disagreements"), Workbook::tr("Insufficient evidence")};
    const bool compared = heatmap.hasPrevious();
    if (compared) {
        columns << Workbook::tr("Score in %1").arg(QString::fromStdString(heatmap.previousRoundName))
                << Workbook::tr("Change");
    }
    columns << Workbook::tr("Target") << Workbook::tr("Gap to target");
    if (sheet) {
        worksheet_set_row(sheet, 0, 32, nullptr); // before the row is written and left
    }
    for (int column = 0; column < columns.size(); ++column) {
        writer.text(sheet, 0, column, columns[column], writer.header);
    }
    int row = 1;
    const auto writeRow = [&](const HeatmapRow& line, bool portfolio) {
        const InitiativeSection* section = portfolio ? nullptr : sectionOf(model, line.initiativeId);
        for (std::size_t index = 0; index < line.cells.size(); ++index, ++row) {
            const HeatmapCell& cell = line.cells[index];
            const ProfileEntry* profile = profileOf(section, cell.frictionId);
            int column = 0;
            writer.text(sheet, row, column++,
                        portfolio ? Workbook::tr("Portfolio") : QString::fromStdString(line.name));
            writer.text(sheet, row, column++, index < heatmap.frictions.size() ? heatmap.frictions[index].name : "");
            writer.number(sheet, row, column++, cell.score, writer.decimal);
            writer.text(sheet, row, column++, cell.band ? ReportText::band(*cell.band) : QString());
            writer.number(sheet, row, column++, cell.coverage, writer.percent);
            writer.number(sheet, row, column++, profile ? std::optional<double>(profile->answered) : std::nullopt);
            writer.number(sheet, row, column++, profile ? std::optional<double>(profile->questions) : std::nullopt);
            writer.number(sheet, row, column++, double(cell.disagreements));
            writer.boolean(sheet, row, column++, cell.lowCoverage);
            if (compared) {
                writer.number(sheet, row, column++, cell.previousScore, writer.decimal);
                writer.number(sheet, row, column++, cell.delta(), writer.whole);
            }
            writer.number(sheet, row, column++, cell.target, writer.decimal);
            writer.number(sheet, row, column++, cell.gap(), writer.decimal);
        }
    };
    for (const HeatmapRow& line : heatmap.initiatives) {
        writeRow(line, false);
    }
    writeRow(heatmap.portfolio, true);
    writer.colourByBand(sheet, 1, 2, row - 1, 2);
    if (sheet) {
        worksheet_set_column(sheet, 0, 0, 36, nullptr);
        worksheet_set_column(sheet, 1, 1, 26, nullptr);
        worksheet_set_column(sheet, 2, lxw_col_t(columns.size() - 1), 12, nullptr);
        worksheet_freeze_panes(sheet, 1, 2);
        writer.fail(worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max(row - 1, 1)), lxw_col_t(columns.size() - 1)));
    }
}

void writeAnswersSheet(WorkbookWriter& writer, const Assessment& assessment)
{
    lxw_worksheet* sheet = writer.addSheet(Workbook::tr("Answers"));
    const std::vector<std::string> header = AnswersCsv::header();
    for (std::size_t column = 0; column < header.size(); ++column) {
        writer.text(sheet, 0, int(column), header[column], writer.header);
    }
    int row = 1;
    AnswersCsv::forEachRow(assessment, {}, [&](const AnswerRow& answer) {
        writer.text(sheet, row, 0, answer.round);
        writer.number(sheet, row, 1, double(answer.initiativeId));
        writer.text(sheet, row, 2, answer.initiative);
        writer.text(sheet, row, 3, answer.frictionId);
        writer.text(sheet, row, 4, answer.friction);
        writer.text(sheet, row, 5, answer.questionId);
        writer.text(sheet, row, 6, answer.question);
        writer.text(sheet, row, 7, answer.respondent);
        writer.text(sheet, row, 8, answer.role);
        if (answer.answer.isLevel()) {
            writer.number(sheet, row, 9, double(answer.answer.level));
        } else {
            writer.text(sheet, row, 9, answerToken(answer.answer));
        }
        writer.text(sheet, row, 10, answer.answer.reason);
        writer.text(sheet, row, 11, answer.note);
        writer.text(sheet, row, 12, answer.evidence);
        ++row;
    });
    if (sheet) {
        const double widths[] = {18, 8, 30, 22, 22, 22, 60, 22, 16, 8, 24, 40, 40};
        for (std::size_t column = 0; column < std::size(widths); ++column) {
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), widths[column], nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        writer.fail(worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max(row - 1, 1)), lxw_col_t(header.size() - 1)));
    }
}

void writeActionsSheet(WorkbookWriter& writer, const Assessment& assessment, const std::string& today)
{
    lxw_worksheet* sheet = writer.addSheet(Workbook::tr("Actions"));
    const QStringList columns = {Workbook::tr("Initiative"), Workbook::tr("Friction"), Workbook::tr("Action"),
                                 Workbook::tr("Owner"),      Workbook::tr("Due"),      Workbook::tr("Status"),
                                 Workbook::tr("Overdue"),    Workbook::tr("Note")};
    for (int column = 0; column < columns.size(); ++column) {
        writer.text(sheet, 0, column, columns[column], writer.header);
    }
    std::map<std::int64_t, std::string> initiatives;
    for (const Initiative& initiative : assessment.initiatives) {
        initiatives[initiative.id] = initiative.name;
    }
    const RoundData* latest = latestRound(assessment);
    int row = 1;
    for (const Action& action : assessment.actions) {
        const Friction* friction = latest ? latest->bank.findFriction(action.frictionId) : nullptr;
        const bool open = action.status == ActionStatus::Planned || action.status == ActionStatus::InProgress;
        writer.text(sheet, row, 0, initiatives[action.initiativeId]);
        writer.text(sheet, row, 1, friction ? friction->name : action.frictionId);
        writer.text(sheet, row, 2, action.text, writer.wrap);
        writer.text(sheet, row, 3, action.owner);
        writer.isoDate(sheet, row, 4, action.due);
        writer.text(sheet, row, 5, ReportText::status(action.status));
        writer.boolean(sheet, row, 6, open && !action.due.empty() && !today.empty() && action.due < today);
        writer.text(sheet, row, 7, action.note, writer.wrap);
        ++row;
    }
    if (sheet) {
        const double widths[] = {30, 24, 60, 20, 12, 12, 9, 40};
        for (std::size_t column = 0; column < std::size(widths); ++column) {
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), widths[column], nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        writer.fail(worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max(row - 1, 1)), lxw_col_t(columns.size() - 1)));
    }
}

void writeReadMeSheet(WorkbookWriter& writer, const Assessment& assessment, const ReportModel& model)
{
    lxw_worksheet* sheet = writer.addSheet(Workbook::tr("Read me"));
    const Methodology& method = model.methodology;
    int row = 0;
    writer.text(sheet, row++, 0, ReportText::title(), writer.title);
    row++;
    const auto fact = [&](const QString& label, const std::string& value) {
        writer.text(sheet, row, 0, label, writer.bold);
        writer.text(sheet, row++, 1, value);
    };
    fact(Workbook::tr("Organization"), assessment.organization.name);
    fact(Workbook::tr("Round"), model.cover.roundName);
    writer.text(sheet, row, 0, Workbook::tr("Held on"), writer.bold);
    writer.isoDate(sheet, row++, 1, model.cover.roundDate);
    if (!model.cover.previousRoundName.empty()) {
        fact(Workbook::tr("Compared with"), model.cover.previousRoundName);
    }
    writer.text(sheet, row, 0, Workbook::tr("Written on"), writer.bold);
    writer.isoDate(sheet, row++, 1, model.options.today);
    writer.text(sheet, row, 0, Workbook::tr("Question bank"), writer.bold);
    writer.text(sheet, row++, 1,
                Workbook::tr("%1 (%2, content version %3)")
                    .arg(QString::fromStdString(method.bankName), QString::fromStdString(method.bankId),
                         QString::fromStdString(method.contentVersion)));

    row++;
    writer.text(sheet, row++, 0, Workbook::tr("The sheets"), writer.heading);
    const QString sheets[][2] = {
        {Workbook::tr("Heatmap"), Workbook::tr("The friction score of every initiative in this round, and the "
                                               "portfolio's, coloured by band.")},
        {Workbook::tr("Scores"), Workbook::tr("Every score with what it rests on: coverage, answered questions, "
                                              "disagreements, the change since the compared round, the target.")},
        {Workbook::tr("Answers"), Workbook::tr("Every answer of every round, one row per answer, with the columns of "
                                               "the CSV export. A level is a number; dk is don't know, na not "
                                               "applicable.")},
        {Workbook::tr("Actions"), Workbook::tr("The action plan in its order.")},
    };
    for (const auto& entry : sheets) {
        writer.text(sheet, row, 0, entry[0], writer.bold);
        writer.text(sheet, row++, 1, entry[1], writer.wrap);
    }

    row++;
    writer.text(sheet, row++, 0, Workbook::tr("How the scores are computed"), writer.heading);
    const QString paragraphs[] = {
        Workbook::tr("Each question describes one practice that helps an AI initiative get from pilot to operation, "
                     "answered with a level from 0 (not in place) to 4 (fully in place). Its friction is "
                     "(4 \u2212 level) / 4, as a percentage."),
        Workbook::tr("A friction score is the weighted mean of the frictions of its answered questions, from 0 "
                     "(every practice in place) to 100 (none). With several respondents a question uses the median "
                     "of their levels; the facilitator's consensus answer replaces it. Respondents disagree when "
                     "their levels are %1 or more apart.")
            .arg(method.disagreementSpread),
        Workbook::tr("Coverage is the answered weight over the applicable weight; \"don't know\" lowers it, \"not "
                     "applicable\" leaves the question out. A score with coverage under %1 rests on insufficient "
                     "evidence.")
            .arg(ReportText::percent(method.lowCoverageBelow)),
        Workbook::tr("The readiness index of an initiative is 100 minus the weighted mean of its friction scores. "
                     "Portfolio figures are means over the initiatives."),
    };
    for (const QString& paragraph : paragraphs) {
        writer.text(sheet, row++, 1, paragraph, writer.wrap);
    }

    row++;
    writer.text(sheet, row++, 0, Workbook::tr("The answer scale"), writer.heading);
    for (std::size_t level = 0; level < method.scale.size(); ++level, ++row) {
        writer.number(sheet, row, 0, double(level));
        writer.text(sheet, row, 1, method.scale[level]);
    }
    row++;
    writer.text(sheet, row++, 0, Workbook::tr("Bands"), writer.heading);
    row = writeBandLegend(writer, sheet, row);

    row++;
    writer.text(sheet, row, 0, Workbook::tr("The frictions"), writer.heading);
    writer.text(sheet, row, 2, Workbook::tr("Questions"), writer.bold);
    writer.text(sheet, row++, 3, Workbook::tr("Weight"), writer.bold);
    for (const MethodologyFriction& friction : method.frictions) {
        writer.text(sheet, row, 0, friction.name, writer.bold);
        writer.text(sheet, row, 1, friction.description, writer.wrap);
        writer.number(sheet, row, 2, double(friction.questions));
        writer.number(sheet, row++, 3, friction.weight);
    }
    if (sheet) {
        worksheet_set_column(sheet, 0, 0, 26, nullptr);
        worksheet_set_column(sheet, 1, 1, 100, nullptr);
        worksheet_set_column(sheet, 2, 3, 10, nullptr);
    }
}

} // namespace lastmile::render
