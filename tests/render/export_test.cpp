// SPDX-License-Identifier: Apache-2.0
#include "render/answers_csv.h"
#include "render/heatmap_export.h"
#include "render/report_html.h"
#include "render_fixtures.h"
#include "support/temp_dir.h"

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

using namespace lastmile;
using namespace lastmile::render;
using lastmile::test::readBytes;
using lastmile::test::TempDir;
using lastmile::test::writeBytes;

namespace {

const std::string kHtmlName = "<b>x</b> & Co";
const std::string kEscapedName = "&lt;b&gt;x&lt;/b&gt; &amp; Co";

Assessment withHtmlName()
{
    Assessment assessment = test::demoAssessment();
    assessment.initiatives[1].name = kHtmlName;
    return assessment;
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

// Keeps what is written to it, and the size of each write.
class RecordingDevice : public QIODevice
{
public:
    QByteArray bytes;
    std::vector<qint64> writes;
    qint64 total = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        bytes.append(data, size);
        writes.push_back(size);
        total += size;
        return size;
    }
};

} // namespace

TEST_CASE("The PNG export is a sharp image of the heatmap's size")
{
    TempDir dir;
    const Assessment assessment = test::demoAssessment();
    const HeatmapData data = test::demoHeatmap(assessment);
    const QString path = QString::fromStdString(dir.file("heatmap.png"));
    REQUIRE(writeHeatmapPng(path, data).ok());
    QImage loaded;
    REQUIRE(loaded.load(path, "PNG"));
    const QImage expected = heatmapImage(data);
    CHECK(loaded.size() == expected.size());
    CHECK(expected.devicePixelRatio() == 2.0);
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    const QSizeF logical = HeatmapPainter(data).preferredSize(&probe);
    CHECK(loaded.width() > 2 * logical.width());
    CHECK(loaded.width() < 2 * logical.width() + 80);
    CHECK(loaded.pixelColor(1, 1) == QColor(Qt::white));
    CHECK(dir.names() == std::vector<std::string>{"heatmap.png"}); // no temporary file left next to it
}

TEST_CASE("The SVG export is valid XML with every initiative's name as text")
{
    TempDir dir;
    const Assessment assessment = withHtmlName();
    const HeatmapData data = test::demoHeatmap(assessment, true);
    HeatmapOptions options;
    options.delta = true;
    const QString path = QString::fromStdString(dir.file("heatmap.svg"));
    REQUIRE(writeHeatmapSvg(path, data, options).ok());
    const std::string svg = readBytes(path.toStdString());
    for (const Initiative& initiative : assessment.initiatives) {
        if (initiative.name != kHtmlName) {
            CHECK(contains(svg, initiative.name));
        }
    }
    CHECK(contains(svg, kEscapedName));
    CHECK_FALSE(contains(svg, kHtmlName));
    for (const HeatmapColumn& column : data.frictions) {
        CHECK(contains(svg, column.name.substr(0, column.name.find(' '))));
    }
    QXmlStreamReader reader(QByteArray::fromStdString(svg));
    while (!reader.atEnd()) {
        reader.readNext();
    }
    CHECK_FALSE(reader.hasError());
    CHECK(QSvgRenderer(QByteArray::fromStdString(svg)).isValid());
}

TEST_CASE("An exported heatmap carries its caption above it as plain text")
{
    TempDir dir;
    const Assessment assessment = test::demoAssessment();
    const HeatmapData data = test::demoHeatmap(assessment, true);
    REQUIRE(data.hasPrevious());
    HeatmapOptions options;
    options.delta = true;
    options.caption = heatmapCaption(QString::fromStdString(kHtmlName), data, options.delta);
    CHECK(options.caption.toStdString() ==
          kHtmlName + " \u00b7 " + data.roundName + " \u00b7 compared with " + data.previousRoundName);
    CHECK(heatmapCaption({}, data, false).toStdString() == data.roundName);

    const QString path = QString::fromStdString(dir.file("heatmap.svg"));
    REQUIRE(writeHeatmapSvg(path, data, options).ok());
    const std::string svg = readBytes(path.toStdString());
    CHECK(
        contains(svg, kEscapedName + " \u00b7 " + data.roundName + " \u00b7 compared with " + data.previousRoundName));
    CHECK_FALSE(contains(svg, kHtmlName));
    CHECK(QSvgRenderer(QByteArray::fromStdString(svg)).isValid());
    CHECK_FALSE(QString::fromUtf8(heatmapSvg(data)).contains(QStringLiteral("compared with")));

    // The image grows by the caption's line.
    HeatmapOptions plain;
    plain.delta = true;
    CHECK(heatmapImage(data, options).height() > heatmapImage(data, plain).height());
}

TEST_CASE("An export into a missing folder fails and writes nothing")
{
    TempDir dir;
    const Assessment assessment = test::demoAssessment();
    const HeatmapData data = test::demoHeatmap(assessment);
    const QString path = QString::fromStdString(dir.file("missing/heatmap.png"));
    const ExportResult result = writeHeatmapPng(path, data);
    CHECK(result.status == ExportResult::Status::Failed);
    CHECK_FALSE(result.error.isEmpty());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The HTML report escapes every user string and embeds its pictures")
{
    Assessment assessment = withHtmlName();
    assessment.organization.name = "Smith & <i>Sons</i>";
    assessment.rounds.back().answers.front().note = "<script>alert(1)</script>";
    assessment.branding.logoMime = "image/png";
    QImage logo(8, 8, QImage::Format_ARGB32);
    logo.fill(Qt::blue);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
    }
    assessment.branding.logo.assign(png.begin(), png.end());
    const std::string html = reportHtml(test::demoReport(assessment)).toStdString();
    CHECK(contains(html, "<!DOCTYPE html>"));
    CHECK(contains(html, kEscapedName));
    CHECK_FALSE(contains(html, "<b>x</b>"));
    CHECK(contains(html, "Smith &amp; &lt;i&gt;Sons&lt;/i&gt;"));
    CHECK_FALSE(contains(html, "<script>"));
    CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(contains(html, "<svg"));
    CHECK(contains(html, "src=\"data:image/png;base64,"));
    CHECK_FALSE(contains(html, "<link"));
    CHECK_FALSE(contains(html, "<script"));
    for (const MethodologyFriction& friction : test::demoReport(assessment).methodology.frictions) {
        CHECK(contains(html, friction.name));
    }

    TempDir dir;
    const QString path = QString::fromStdString(dir.file("report.html"));
    REQUIRE(writeReportHtml(path, test::demoReport(assessment)).ok());
    CHECK(readBytes(path.toStdString()) == html);
}

TEST_CASE("The HTML report is written part by part as it is made")
{
    const ReportModel model = test::demoReport(test::demoAssessment());
    REQUIRE(model.appendix.initiatives.size() > 2);
    RecordingDevice device;
    REQUIRE(device.open(QIODevice::WriteOnly));
    std::vector<qint64> writtenAtStep;
    const auto progress = [&](int, int) {
        writtenAtStep.push_back(device.total);
        return true;
    };
    REQUIRE(writeReportHtml(device, model, progress).ok());
    REQUIRE(writtenAtStep.size() == model.initiatives.size() + 2); // the last step, saving, is the caller's
    CHECK(writtenAtStep.front() > 0);                              // the first part is out before the rest is made
    CHECK(std::is_sorted(writtenAtStep.begin(), writtenAtStep.end()));
    CHECK(device.writes.size() >= model.initiatives.size() + model.appendix.initiatives.size());
    CHECK(*std::max_element(device.writes.begin(), device.writes.end()) < device.total / 2); // never the whole
    CHECK(device.bytes == reportHtml(model));
}

TEST_CASE("The HTML report file appears whole at the end, replacing the old one")
{
    TempDir dir;
    const ReportModel model = test::demoReport(test::demoAssessment());
    const std::string path = dir.file("report.html");
    writeBytes(path, "the old report");
    std::vector<int> steps;
    const auto progress = [&](int done, int total) {
        steps.push_back(done);
        if (done < total) {
            CHECK(readBytes(path) == "the old report"); // until it is complete
        }
        return true;
    };
    REQUIRE(writeReportHtml(QString::fromStdString(path), model, progress).ok());
    REQUIRE(steps.size() == model.initiatives.size() + 3);
    CHECK(std::is_sorted(steps.begin(), steps.end()));
    CHECK(readBytes(path) == reportHtml(model).toStdString());
    CHECK(dir.names() == std::vector<std::string>{"report.html"});
}

TEST_CASE("A cancelled or failed HTML export leaves nothing behind and keeps an existing file")
{
    TempDir dir;
    const ReportModel model = test::demoReport(test::demoAssessment());
    const std::string path = dir.file("report.html");
    const int total = static_cast<int>(model.initiatives.size()) + 3;
    // Cancelled after each part in turn, the last (saving) too late to cancel.
    for (int stop = 1; stop < total; ++stop) {
        INFO(stop);
        const auto cancelAt = [stop](int done, int) { return done < stop; };
        CHECK(writeReportHtml(QString::fromStdString(path), model, cancelAt).status == ExportResult::Status::Cancelled);
        CHECK(dir.names().empty());
    }
    writeBytes(path, "the old report");
    const auto cancelInTheMiddle = [](int done, int total) { return done < total / 2; };
    CHECK(writeReportHtml(QString::fromStdString(path), model, cancelInTheMiddle).status ==
          ExportResult::Status::Cancelled);
    CHECK(readBytes(path) == "the old report");
    CHECK(dir.names() == std::vector<std::string>{"report.html"});

    const QString missing = QString::fromStdString(dir.file("no/such/report.html"));
    const ExportResult failed = writeReportHtml(missing, model);
    CHECK(failed.status == ExportResult::Status::Failed);
    CHECK_FALSE(failed.error.isEmpty());
    CHECK(dir.names() == std::vector<std::string>{"report.html"});
}

TEST_CASE("The answers CSV starts with a byte-order mark and neutralizes formulas")
{
    Assessment assessment = test::demoAssessment();
    assessment.initiatives[0].name = "=HYPERLINK(\"http://example.com\")";
    auto& answers = assessment.rounds.back().answers;
    answers[0].note = "+1 urgent";
    answers[1].note = "-2";
    answers[2].evidence = "@SUM(A1)";
    const std::string csv = AnswersCsv::bytes(assessment).toStdString();
    REQUIRE(csv.substr(0, 3) == "\xEF\xBB\xBF");
    CHECK(csv.substr(3, 6) == "round,");
    CHECK(contains(csv, "\"'=HYPERLINK(\"\"http://example.com\"\")\""));
    CHECK(contains(csv, ",'+1 urgent,"));
    CHECK(contains(csv, ",'-2,"));
    CHECK(contains(csv, ",'@SUM(A1)"));
    CHECK_FALSE(contains(csv, ",=HYPERLINK"));
    CHECK_FALSE(contains(csv, ",+1 urgent"));
    CHECK(contains(csv, "(consensus)"));

    TempDir dir;
    const QString path = QString::fromStdString(dir.file("answers.csv"));
    REQUIRE(AnswersCsv::write(path, assessment).ok());
    CHECK(readBytes(path.toStdString()) == csv);
}

TEST_CASE("The SVG heatmap, rasterized, is the PNG: hatching stays inside its cells")
{
    Assessment assessment = test::demoAssessment();
    // One friction on insufficient evidence everywhere: its cells are hatched, its neighbours not.
    RoundData& round = assessment.rounds.back();
    const Friction& thin = round.bank.frictions.at(2);
    for (AnswerRecord& record : round.answers) {
        if (round.bank.frictionOfQuestion(record.questionId) == &thin &&
            record.questionId != thin.questions.front().id) {
            record.answer = Answer::dontKnow();
        }
    }
    std::erase_if(round.consensus, [&](const ConsensusRecord& record) {
        return round.bank.frictionOfQuestion(record.questionId) == &thin;
    });
    const HeatmapData data = test::demoHeatmap(assessment);
    int hatched = 0;
    for (const HeatmapRow& row : data.initiatives) {
        hatched += row.cells.at(2).score && row.cells.at(2).lowCoverage ? 1 : 0;
    }
    REQUIRE(hatched >= 3);

    const QImage png = heatmapImage(data, {}, 1.0).convertToFormat(QImage::Format_RGB32);
    QSvgRenderer svg(heatmapSvg(data));
    REQUIRE(svg.isValid());
    QImage rendered(png.size(), QImage::Format_RGB32);
    rendered.fill(Qt::white);
    {
        QPainter painter(&rendered);
        svg.render(&painter, QRectF(QPointF(0, 0), svg.viewBoxF().size()));
    }
    // The painter's geometry in the image: the heatmap at the top left, after a margin of one line.
    const HeatmapPainter painter(data);
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    const qreal margin = QFontMetricsF(painter.options().font, &probe).height();
    const QRectF area(QPointF(margin, margin), painter.preferredSize(&probe));
    const auto differing = [&](const QRectF& region) {
        int count = 0;
        const QRect pixels = region.toAlignedRect().intersected(png.rect());
        for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
            for (int x = pixels.left(); x <= pixels.right(); ++x) {
                const QColor a = png.pixelColor(x, y);
                const QColor b = rendered.pixelColor(x, y);
                count += std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                                   std::abs(a.blue() - b.blue())}) > 48
                             ? 1
                             : 0;
            }
        }
        return count;
    };
    // Where a stripe would leave its cell: the bottom right of the cell to its left, the top left of
    // the cell to its right, and the gaps between them (the numbers sit in the cells' middle).
    const std::string& hatchedId = data.frictions[2].frictionId;
    int checkedRegions = 0;
    for (const HeatmapRow& row : data.initiatives) {
        const auto left = painter.cellRect(&probe, area, row.initiativeId, data.frictions[1].frictionId);
        const auto cell = painter.cellRect(&probe, area, row.initiativeId, hatchedId);
        const auto right = painter.cellRect(&probe, area, row.initiativeId, data.frictions[3].frictionId);
        REQUIRE((left && cell && right));
        const qreal reach = cell->height() * 0.6;
        const QRectF before(QPointF(left->right() - reach, left->center().y()),
                            QPointF(cell->left() - 1.0, left->bottom() - 1.0));
        const QRectF after(QPointF(cell->right() + 1.0, right->top() + 1.0),
                           QPointF(right->left() + reach, right->center().y()));
        INFO(row.name);
        CHECK(differing(before) == 0);
        CHECK(differing(after) == 0);
        checkedRegions += 2;
    }
    CHECK(checkedRegions >= 6);
    // Elsewhere the two rasterize text a little differently, and nothing more.
    const QRectF whole(QPointF(0, 0), png.size());
    INFO("pixels that differ: " << differing(whole) << " of " << png.width() * png.height());
    CHECK(differing(whole) < png.width() * png.height() / 25);
}
