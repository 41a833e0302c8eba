// SPDX-License-Identifier: Apache-2.0
// What a consultant puts their name on: the report loses no word, never overstates a figure on
// thin evidence, keeps its summary on one page, shows every script, and names no respondent when
// asked not to. Checked in the PDF itself with poppler (pdftotext, pdffonts).
#include "core/bank_loader.h"
#include "render/pdf_outline.h"
#include "render/report_html.h"
#include "render/report_pdf.h"
#include "render/report_text.h"
#include "render_fixtures.h"
#include "samples/synthetic_assessment.h"
#include "support/temp_dir.h"

#include <QRegularExpression>
#include <QString>
#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace lastmile;
using namespace lastmile::render;
using lastmile::test::pdfPageCount;
using lastmile::test::pdfText;
using lastmile::test::readBytes;
using lastmile::test::runTool;
using lastmile::test::TempDir;

namespace {

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

std::string writePdf(const TempDir& dir, const ReportModel& model, const std::string& name = "report.pdf")
{
    const std::string path = dir.file(name);
    REQUIRE(writeReportPdf(QString::fromStdString(path), model, qpdfFinisher()).ok());
    return path;
}

struct WordBox
{
    std::string word;
    double xMin, yMin, xMax, yMax;
    double pageWidth, pageHeight;
};

// Every word of the PDF with its box, from pdftotext -bbox.
std::vector<WordBox> wordBoxes(const std::string& path)
{
    std::string html;
    REQUIRE(runTool("pdftotext -bbox -enc UTF-8 '" + path + "' -", html) == 0);
    std::vector<WordBox> boxes;
    const std::regex page(R"re(<page width="([\d.]+)" height="([\d.]+)">)re");
    const std::regex word(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
    double width = 0;
    double height = 0;
    std::istringstream lines(html);
    std::string line;
    std::smatch match;
    while (std::getline(lines, line)) {
        if (std::regex_search(line, match, page)) {
            width = std::stod(match[1]);
            height = std::stod(match[2]);
        } else if (std::regex_search(line, match, word)) {
            boxes.push_back({match[5], std::stod(match[1]), std::stod(match[2]), std::stod(match[3]),
                             std::stod(match[4]), width, height});
        }
    }
    return boxes;
}

// The demo with the latest round's answers turned into "don't know", all but one in `keep`.
Assessment thinLatestRound(int keep)
{
    Assessment assessment = test::demoAssessment();
    RoundData& round = assessment.rounds.back();
    int index = 0;
    for (AnswerRecord& record : round.answers) {
        if (index++ % keep != 0) {
            record.answer = Answer::dontKnow();
        }
    }
    round.consensus.clear();
    return assessment;
}

} // namespace

TEST_CASE("A 12,000-word note flows across pages: every word is in the PDF, inside the margins")
{
    Assessment assessment = test::demoAssessment();
    std::string note;
    for (int i = 1; i <= 12000; ++i) {
        char word[16];
        std::snprintf(word, sizeof word, "w%05d ", i);
        note += word;
    }
    RoundData& round = assessment.rounds.back();
    REQUIRE_FALSE(round.answers.empty());
    round.answers.front().note = note;
    TempDir dir;
    ReportOptions options;
    options.appendix = true;
    const std::string path = writePdf(dir, test::demoReport(assessment, options));

    // Twice: in the initiative's notes and in the appendix.
    std::map<std::string, int> seen;
    for (const WordBox& box : wordBoxes(path)) {
        if (std::regex_match(box.word, std::regex("w\\d{5}"))) {
            ++seen[box.word];
            // The body of the page: 56 pt left and right, 70 pt top, 64 pt bottom.
            INFO(box.word << " at " << box.xMin << "," << box.yMin << " - " << box.xMax << "," << box.yMax);
            CHECK(box.xMin >= 55.0);
            CHECK(box.xMax <= box.pageWidth - 55.0);
            CHECK(box.yMin >= 69.0);
            CHECK(box.yMax <= box.pageHeight - 63.0);
        }
    }
    CHECK(seen.size() == 12000);
    int lessThanTwice = 0;
    for (const auto& [word, count] : seen) {
        lessThanTwice += count < 2 ? 1 : 0;
    }
    CHECK(lessThanTwice == 0);
    // The continuation pages say whose they are.
    CHECK(contains(pdfText(path), ", continued"));
}

TEST_CASE("With 95% don't know, the summary marks insufficient evidence and claims no change")
{
    // The demo as it is: "Portfolio readiness … up N points".
    const ReportModel sound = test::demoReport(test::demoAssessment());
    REQUIRE(sound.summary.readinessDelta().has_value());
    REQUIRE_FALSE(sound.summary.lowCoverage);

    const Assessment thin = thinLatestRound(20); // 95 % don't know
    const ReportModel model = test::demoReport(thin);
    const ExecutiveSummary& summary = model.summary;
    REQUIRE(summary.readiness.has_value());
    REQUIRE(summary.previousReadiness.has_value());
    CHECK(summary.coverage < 0.5);
    CHECK(summary.lowCoverage);
    CHECK_FALSE(summary.readinessDelta().has_value());
    for (const InitiativeTrend& trend : summary.trends) {
        INFO(trend.name);
        CHECK(trend.lowCoverage);
        CHECK_FALSE(trend.readinessDelta().has_value());
    }
    for (const HeatmapRow& row : model.heatmap.initiatives) {
        for (const HeatmapCell& cell : row.cells) {
            CHECK_FALSE(cell.delta().has_value());
        }
    }
    CHECK_FALSE(model.heatmap.portfolio.readinessDelta().has_value());

    TempDir dir;
    const std::string summaryPage = pdfText(writePdf(dir, model), 2, 2);
    CHECK(contains(summaryPage, "Insufficient evidence (coverage"));
    CHECK(contains(summaryPage, "no change claimed"));
    CHECK_FALSE(std::regex_search(summaryPage, std::regex("(up|down) \\d+ points?")));

    const QString html = QString::fromUtf8(reportHtml(model));
    CHECK(html.contains(QStringLiteral("Insufficient evidence (coverage")));
    CHECK_FALSE(html.contains(QRegularExpression(QStringLiteral("(up|down) \\d+ points? since"))));
}

TEST_CASE("An initiative resting on thin evidence is marked in its section, with no change claimed")
{
    Assessment assessment = test::demoAssessment();
    const std::int64_t id = assessment.initiatives.front().id;
    // Only every fifth question of the bank keeps its levels: about 20 % coverage.
    std::set<std::string> kept;
    int position = 0;
    for (const Friction& friction : assessment.rounds.back().bank.frictions) {
        for (const Question& question : friction.questions) {
            if (position++ % 5 == 0) {
                kept.insert(question.id);
            }
        }
    }
    for (AnswerRecord& record : assessment.rounds.back().answers) {
        if (record.initiativeId == id && !kept.count(record.questionId)) {
            record.answer = Answer::dontKnow();
        }
    }
    std::erase_if(assessment.rounds.back().consensus,
                  [id](const ConsensusRecord& record) { return record.initiativeId == id; });
    const ReportModel model = test::demoReport(assessment);
    const InitiativeSection& section = model.initiatives.front();
    REQUIRE(section.readiness.has_value());
    CHECK(section.coverage < 0.5);
    CHECK(section.lowCoverage);
    TempDir dir;
    const std::string text = pdfText(writePdf(dir, model));
    CHECK(std::regex_search(text, std::regex("Readiness \\d+ of 100: insufficient evidence \\(coverage \\d+%\\)")));
}

TEST_CASE("The executive summary is one page for 40 initiatives, worst first, with overdue actions on it")
{
    const BankLoadResult bank = loadBankFile(LASTMILE_CORE_BANK);
    REQUIRE(bank.bank.has_value());
    SyntheticOptions generated;
    generated.initiatives = 40;
    generated.respondents = 4;
    Assessment assessment = makeSyntheticAssessment(*bank.bank, generated);
    std::string longName;
    while (longName.size() < 170) {
        longName += "Dispatch optimisation programme ";
    }
    longName.resize(170);
    assessment.initiatives[7].name = longName;
    assessment.actions.clear();
    for (int i = 0; i < 5; ++i) {
        Action action;
        action.id = i + 1;
        action.initiativeId = assessment.initiatives[std::size_t(i)].id;
        action.frictionId = bank.bank->frictions.front().id;
        action.text = "Ordinary action " + std::to_string(i);
        action.due = "2027-12-01";
        assessment.actions.push_back(action);
    }
    Action overdue;
    overdue.id = 99;
    overdue.initiativeId = assessment.initiatives.back().id;
    overdue.frictionId = bank.bank->frictions.back().id;
    overdue.text = "Overdue action that must be seen";
    overdue.due = "2026-01-15";
    assessment.actions.push_back(overdue);

    ReportOptions options;
    const ReportModel model = test::demoReport(assessment, options);
    REQUIRE(model.summary.topActions.size() == 3);
    CHECK(model.summary.topActions.front().text == overdue.text);

    TempDir dir;
    const std::string full = writePdf(dir, model);
    const std::string summary = pdfText(full, 2, 2);
    CHECK(contains(summary, "Executive summary"));
    CHECK(contains(summary, "Top actions"));
    CHECK(contains(summary, "Overdue action that must be seen"));
    CHECK(contains(summary, "Frictions, left to right:"));
    CHECK(std::regex_search(summary, std::regex("\\d+ more initiative(s|\\(s\\)), readiness \\d+ to \\d+")));
    CHECK(contains(pdfText(full, 3, 3), "Friction heatmap"));

    // The lowest readiness first.
    std::vector<double> readiness;
    for (const InitiativeTrend& trend : model.summary.trends) {
        readiness.push_back(trend.readiness.value_or(101.0));
    }
    const double lowest = *std::min_element(readiness.begin(), readiness.end());
    const auto& worst = *std::find_if(model.summary.trends.begin(), model.summary.trends.end(),
                                      [&](const InitiativeTrend& trend) { return trend.readiness == lowest; });
    CHECK(contains(summary, worst.name.substr(0, 20)));

    ReportOptions only;
    only.summaryOnly = true;
    const std::string alone = writePdf(dir, test::demoReport(assessment, only), "summary.pdf");
    CHECK(pdfPageCount(alone) == 1);
    CHECK(contains(pdfText(alone), "Top actions"));
}

TEST_CASE("Names in every script and emoji are drawn in outline fonts and searchable in the PDF")
{
    Assessment assessment = test::demoAssessment();
    const std::vector<std::string> names = {"Latin Åström dispatch, Ελληνικά δρομολόγηση", "Кириллица маршрут",
                                            "العربية توزيع", "עברית משלוחים 中文调度助手",
                                            "日本語の配車 한국어 배차 Truck 🚚 routing"};
    REQUIRE(assessment.initiatives.size() >= names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        assessment.initiatives[i].name = names[i];
    }
    TempDir dir;
    const std::string path = writePdf(dir, test::demoReport(assessment));
    // Arabic comes out of the PDF in its shaped (presentation) forms, which search folds to the
    // letters: compare in compatibility form, as a viewer's search does.
    const std::string text =
        QString::fromStdString(pdfText(path)).normalized(QString::NormalizationForm_KC).toStdString();
    for (const std::string word :
         {"Åström", "Ελληνικά", "δρομολόγηση", "Кириллица", "маршрут", "العربية", "توزيع", "עברית", "משלוחים",
          "中文调度助手", "日本語の配車", "한국어", "배차", "Truck 🚚 routing"}) {
        INFO(word);
        CHECK(contains(text, word));
    }
    // Outline fonts only, each with its text mapping: no Type 3 font (a colour emoji font is
    // embedded as one, as pictures), the emoji in Symbola.
    std::string fonts;
    REQUIRE(runTool("pdffonts '" + path + "'", fonts) == 0);
    INFO(fonts);
    CHECK_FALSE(contains(fonts, "Type 3"));
    CHECK_FALSE(contains(fonts, "Emoji"));
    CHECK(contains(fonts, "Symbola"));
    CHECK(contains(fonts, "DroidSansFallback"));
    CHECK(contains(fonts, "Nanum"));
}

TEST_CASE("An anonymous report names no respondent and no role")
{
    const Assessment assessment = test::demoAssessment();
    ReportOptions options;
    options.anonymousName = ReportText::anonymousRespondent().toStdString();
    const ReportModel model = test::demoReport(assessment, options);
    TempDir dir;
    const std::string text = pdfText(writePdf(dir, model));
    const QString html = QString::fromUtf8(reportHtml(model));
    // Action and initiative owners are named: they are accountable, not respondents.
    std::set<std::string> owners;
    for (const Action& action : assessment.actions) {
        owners.insert(action.owner);
    }
    for (const Initiative& initiative : assessment.initiatives) {
        owners.insert(initiative.owner);
    }
    int checked = 0;
    for (const RoundData& round : assessment.rounds) {
        for (const Respondent& respondent : round.respondents) {
            if (owners.count(respondent.name)) {
                continue;
            }
            INFO(respondent.name);
            CHECK_FALSE(contains(text, respondent.name));
            CHECK_FALSE(html.contains(QString::fromStdString(respondent.name)));
            ++checked;
        }
    }
    CHECK(checked > 0);
    CHECK_FALSE(model.appendix.respondents.empty());
    for (const AppendixRespondent& respondent : model.appendix.respondents) {
        CHECK(respondent.name.rfind("Respondent ", 0) == 0);
        CHECK(respondent.role.empty());
    }
    for (const InitiativeSection& section : model.initiatives) {
        for (const NoteEntry& note : section.notes) {
            CHECK((note.respondent.empty() || note.respondent.rfind("Respondent ", 0) == 0));
        }
        for (const DisagreementEntry& disagreement : section.disagreements) {
            for (const RespondentLevel& answer : disagreement.answers) {
                CHECK(answer.respondent.rfind("Respondent ", 0) == 0);
            }
        }
    }
    CHECK(contains(text, "Respondent A"));
    CHECK(contains(text, "Respondent B"));
    CHECK(anonymousRespondentName("Respondent %1", 0) == "Respondent A");
    CHECK(anonymousRespondentName("Respondent %1", 25) == "Respondent Z");
    CHECK(anonymousRespondentName("Respondent %1", 26) == "Respondent AA");
}

TEST_CASE("A level between two anchors names both")
{
    const std::array<std::string, 5> scale = {"Not in place", "Started", "Partly in place", "Largely in place",
                                              "Fully in place"};
    CHECK(ReportText::level(1.5, scale) == QStringLiteral("1.5 \u00B7 between Started and Partly in place"));
    CHECK(ReportText::level(2.0, scale) == QStringLiteral("2 \u00B7 Partly in place"));
    CHECK(ReportText::level(3.5, scale) == QStringLiteral("3.5 \u00B7 between Largely in place and Fully in place"));
}

TEST_CASE("The PDF carries its title, author, subject and creator, and an outline of its sections")
{
    Assessment assessment = test::demoAssessment();
    assessment.branding.firmName = "Rivers & Partners";
    const ReportModel model = test::demoReport(assessment);
    TempDir dir;
    const std::string path = writePdf(dir, model);
    std::string info;
    REQUIRE(runTool("pdfinfo -enc UTF-8 '" + path + "'", info) == 0);
    CHECK(std::regex_search(info, std::regex("Title:\\s+Northgate Distribution: AI last-mile assessment")));
    CHECK(std::regex_search(info, std::regex("Author:\\s+Rivers & Partners")));
    CHECK(std::regex_search(info, std::regex("Subject:\\s+Friction report of \\d+ AI initiative(s|\\(s\\))")));
    CHECK(std::regex_search(info, std::regex("Creator:\\s+Lastmile")));

    std::string outline;
    REQUIRE(runTool("qpdf --json --json-key=outlines '" + path + "'", outline) == 0);
    for (const std::string section :
         {"Cover", "Executive summary", "Friction heatmap", "Initiatives", "Methodology", "Appendix: every answer"}) {
        INFO(section);
        CHECK(contains(outline, "\"title\": \"" + section + "\""));
    }
    for (const InitiativeSection& initiative : model.initiatives) {
        INFO(initiative.initiative.name);
        CHECK(contains(outline, "\"title\": \"" + initiative.initiative.name + "\""));
    }
    std::string check;
    CHECK(runTool("qpdf --check '" + path + "' 2>&1", check) == 0);
}

TEST_CASE("No page of the demo report holds a short table alone")
{
    TempDir dir;
    const std::string path = writePdf(dir, test::demoReport(test::demoAssessment()));
    const int pages = pdfPageCount(path);
    for (int page = 2; page <= pages; ++page) {
        const std::string text = pdfText(path, page, page);
        const std::size_t words = std::count(text.begin(), text.end(), ' ');
        INFO("page " << page << ": " << text);
        // The header and footer alone are about 20 words; a lone two-row table adds about ten.
        CHECK(words > 60);
    }
}
