// SPDX-License-Identifier: Apache-2.0
// The PDF report, checked with poppler (pdfinfo, pdftotext, pdffonts) and qpdf.
#include "core/bank_loader.h"
#include "render/pdf_outline.h"
#include "render/report_pdf.h"
#include "render_fixtures.h"
#include "samples/synthetic_assessment.h"
#include "support/temp_dir.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QString>
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <sstream>

using namespace lastmile;
using namespace lastmile::render;
using lastmile::test::pdfPageCount;
using lastmile::test::pdfText;
using lastmile::test::readBytes;
using lastmile::test::runTool;
using lastmile::test::TempDir;
using lastmile::test::writeBytes;

namespace {

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("The demo's PDF report has every friction and initiative, as selectable text")
{
    TempDir dir;
    Assessment assessment = test::demoAssessment();
    assessment.initiatives[1].name = "<b>x</b> & Co";
    const ReportModel model = test::demoReport(assessment);
    const std::string path = dir.file("report.pdf");
    std::vector<int> progress;
    const ExportResult result =
        writeReportPdf(QString::fromStdString(path), model, qpdfFinisher(), [&](int done, int total) {
            CHECK(total == 100);
            progress.push_back(done);
            return true;
        });
    REQUIRE(result.ok());
    CHECK(dir.names().size() == 1);
    REQUIRE_FALSE(progress.empty());
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(progress.back() == 100);

    CHECK(pdfPageCount(path) > 3);
    const std::string text = pdfText(path);
    for (const HeatmapColumn& friction : model.heatmap.frictions) {
        INFO(friction.name);
        CHECK(contains(text, friction.name));
    }
    for (const Initiative& initiative : assessment.initiatives) {
        INFO(initiative.name);
        CHECK(contains(text, initiative.name));
    }
    CHECK(contains(text, "<b>x</b> & Co"));
    CHECK(contains(text, "Northgate Distribution"));
    CHECK(contains(text, "Lastmile Advisory"));
    CHECK(contains(text, "Executive summary"));
    CHECK(std::regex_search(text, std::regex("Page 2 of \\d+")));
    CHECK(contains(text, "Appendix"));

    std::string output;
    CHECK(runTool("qpdf --check '" + path + "' 2>&1", output) == 0);
    REQUIRE(runTool("pdffonts '" + path + "'", output) == 0);
    std::istringstream fonts(output);
    std::string line;
    int listed = 0;
    for (int number = 0; std::getline(fonts, line); ++number) {
        if (number < 2 || line.empty()) {
            continue; // the two header lines
        }
        ++listed;
        INFO(line);
        CHECK(std::regex_search(line, std::regex("\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$")));
    }
    CHECK(listed >= 1);
}

TEST_CASE("The PDF follows the branding's page size and the section switches")
{
    TempDir dir;
    Assessment assessment = test::demoAssessment();
    assessment.branding.pageSize = "letter";
    ReportOptions options;
    options.appendix = false;
    options.initiatives = false;
    const std::string letter = dir.file("letter.pdf");
    REQUIRE(writeReportPdf(QString::fromStdString(letter), test::demoReport(assessment, options), qpdfFinisher()).ok());
    std::string info;
    REQUIRE(runTool("pdfinfo '" + letter + "'", info) == 0);
    CHECK(contains(info, "612 x 792"));
    const std::string text = pdfText(letter);
    CHECK_FALSE(contains(text, "Appendix"));
    CHECK_FALSE(contains(text, "INITIATIVE 1 OF"));
    CHECK(contains(text, "Methodology"));

    assessment.branding.pageSize = "a4";
    const std::string a4 = dir.file("a4.pdf");
    REQUIRE(writeReportPdf(QString::fromStdString(a4), test::demoReport(assessment), qpdfFinisher()).ok());
    REQUIRE(runTool("pdfinfo '" + a4 + "'", info) == 0);
    CHECK(contains(info, "595 x 842"));
    CHECK(pdfPageCount(a4) > pdfPageCount(letter));
}

TEST_CASE("A cancelled PDF export leaves nothing behind and keeps an existing file")
{
    TempDir dir;
    const Assessment assessment = test::demoAssessment();
    const ReportModel model = test::demoReport(assessment);
    const std::string path = dir.file("report.pdf");
    int calls = 0;
    const auto cancelSoon = [&](int, int) { return ++calls < 3; };
    CHECK(writeReportPdf(QString::fromStdString(path), model, qpdfFinisher(), cancelSoon).status ==
          ExportResult::Status::Cancelled);
    CHECK_FALSE(QFile::exists(QString::fromStdString(path)));
    CHECK(dir.names().size() == 0);

    writeBytes(path, "the old report");
    calls = 0;
    const auto cancelWhilePainting = [&](int done, int) { return done < 80; };
    CHECK(writeReportPdf(QString::fromStdString(path), model, qpdfFinisher(), cancelWhilePainting).status ==
          ExportResult::Status::Cancelled);
    CHECK(readBytes(path) == "the old report");
    CHECK(dir.names().size() == 1);

    const ExportResult failed =
        writeReportPdf(QString::fromStdString(dir.file("no/such/folder.pdf")), model, qpdfFinisher());
    CHECK(failed.status == ExportResult::Status::Failed);
}

TEST_CASE("A report of 100 initiatives is written in one piece")
{
    const BankLoadResult bank = loadBankFile(LASTMILE_CORE_BANK);
    REQUIRE(bank.bank.has_value());
    SyntheticOptions options;
    options.initiatives = 100;
    options.respondents = 5;
    const Assessment assessment = makeSyntheticAssessment(*bank.bank, options);
    TempDir dir;
    const std::string path = dir.file("large.pdf");
    REQUIRE(writeReportPdf(QString::fromStdString(path), test::demoReport(assessment), qpdfFinisher()).ok());
    CHECK(pdfPageCount(path) > 200);
    const std::string text = pdfText(path);
    CHECK(contains(text, assessment.initiatives.front().name));
    CHECK(contains(text, assessment.initiatives.back().name));
}

TEST_CASE("The cover shows the firm's logo, PNG or SVG, and survives a broken one")
{
    TempDir dir;
    Assessment assessment = test::demoAssessment();
    const std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
                            "<rect width=\"120\" height=\"40\" fill=\"#1F6FB2\"/></svg>";
    QImage image(60, 20, QImage::Format_ARGB32);
    image.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    ReportOptions options;
    options.appendix = false;
    struct Logo
    {
        std::string mime;
        std::string bytes;
    };
    for (const Logo& logo :
         {Logo{"image/svg+xml", svg}, Logo{"image/png", png.toStdString()}, Logo{"image/jpeg", "not an image"}}) {
        assessment.branding.logoMime = logo.mime;
        assessment.branding.logo.assign(logo.bytes.begin(), logo.bytes.end());
        const std::string path = dir.file("logo.pdf");
        REQUIRE(
            writeReportPdf(QString::fromStdString(path), test::demoReport(assessment, options), qpdfFinisher()).ok());
        std::string output;
        CHECK(runTool("qpdf --check '" + path + "' >/dev/null 2>&1", output) == 0);
        CHECK(contains(pdfText(path), "Lastmile Advisory"));
    }
}

TEST_CASE("The preview's pages are the PDF's pages, drawn as images")
{
    const Assessment assessment = test::demoAssessment();
    ReportOptions options;
    options.appendix = false;
    const ReportModel model = test::demoReport(assessment, options);
    TempDir dir;
    const std::string path = dir.file("preview.pdf");
    REQUIRE(writeReportPdf(QString::fromStdString(path), model, qpdfFinisher()).ok());

    ReportPages pages(model);
    CHECK(pages.pageCount() == 0);
    REQUIRE(pages.layout());
    CHECK(pages.pageCount() == pdfPageCount(path));
    CHECK(pages.pageSize().toSize() == QSize(595, 842));

    const QImage cover = pages.page(0, 72.0);
    REQUIRE(cover.size() == QSize(595, 842));
    // The cover's accent bar runs across the top; the rest of the page is mostly white.
    CHECK(cover.pixelColor(300, 3) != QColor(Qt::white));
    CHECK(cover.pixelColor(300, 400) == QColor(Qt::white));
    const QImage sharp = pages.page(1, 144.0);
    CHECK(sharp.size() == QSize(1190, 1684));
    int inked = 0;
    for (int y = 0; y < sharp.height(); y += 4) {
        for (int x = 0; x < sharp.width(); x += 4) {
            inked += sharp.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        }
    }
    CHECK(inked > 500); // the summary's text and tables
    CHECK(pages.page(pages.pageCount(), 72.0).isNull());

    ReportPages cancelled(model);
    CHECK_FALSE(cancelled.layout([](int, int) { return false; }));
    CHECK(cancelled.pageCount() == 0);
}
