// SPDX-License-Identifier: Apache-2.0
// The parts the page composer is made of: text measured and shaped once (TextShaper) and where
// finished pages go (PageSink).
#include "render/page_sink.h"
#include "render/report_style.h"
#include "render/text_shaper.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <catch2/catch.hpp>

using namespace lastmile::render;

TEST_CASE("Text wraps within its width, keeps its line breaks and drops trailing empty lines")
{
    QImage device(10, 10, QImage::Format_RGB32);
    TextShaper shaper(&device);
    const QFont font = reportFont(10.0);
    const QStringList lines = shaper.lines(QStringLiteral("one two three four five six seven eight\r\n\n  \nnine\n\n"),
                                           font, shaper.longestWord(QStringLiteral("three four"), font) * 2.2);
    REQUIRE(lines.size() >= 5);
    CHECK(lines.back() == QStringLiteral("nine"));
    CHECK(lines[lines.size() - 2].isEmpty()); // the blank paragraph
    CHECK(lines[lines.size() - 3].isEmpty()); // the empty one
    for (const QString& line : lines) {
        CHECK(line == line.trimmed());
    }
    CHECK(lines.mid(0, lines.size() - 3).join(QLatin1Char(' ')) ==
          QStringLiteral("one two three four five six seven eight"));
    CHECK(shaper.lines(QString(), font, 100.0) == QStringList{QString()});
}

TEST_CASE("A word joined by no-break spaces is measured as one")
{
    QImage device(10, 10, QImage::Format_RGB32);
    TextShaper shaper(&device);
    const QFont font = reportFont(10.0);
    const qreal one = shaper.longestWord(QStringLiteral("Alpha"), font);
    CHECK(one > 0.0);
    CHECK(shaper.longestWord(QStringLiteral("Alpha Alpha"), font) == Approx(one));
    CHECK(shaper.longestWord(QStringLiteral("Alpha\u00A0Alpha"), font) > 1.5 * one);
    CHECK(shaper.longestWord(QString(), font) == 0.0);
}

TEST_CASE("A line is shaped once and remembered until too much was measured")
{
    QImage device(10, 10, QImage::Format_RGB32);
    TextShaper shaper(&device);
    const QFont font = reportFont(9.0);
    const auto first = shaper.shaped(QStringLiteral("Order entry"), font);
    REQUIRE(first);
    CHECK_FALSE(first->runs.isEmpty());
    CHECK(first->size.width() > 0.0);
    CHECK(first->size.height() == Approx(shaper.lineSpacing(font)).epsilon(0.5));
    CHECK(shaper.shaped(QStringLiteral("Order entry"), QFont(font)) == first); // a copy of the font finds it
    CHECK(shaper.shaped(QStringLiteral("Order entry"), reportFont(9.0, true)) != first);
    for (qsizetype i = 0; i <= TextShaper::kMaxMeasured; ++i) {
        shaper.longestWord(QString::number(i), font);
    }
    const auto again = shaper.shaped(QStringLiteral("Order entry"), font);
    CHECK(again != first); // forgotten, shaped anew
    CHECK(again->size == first->size);
}

TEST_CASE("A page sink keeps the pages asked for and paints them as they were laid out")
{
    PageSink sink;
    sink.keepPages(2);
    std::vector<int> painted;
    for (int number = 1; number <= 4; ++number) {
        CHECK(sink.drawing() == (number <= 2));
        PageSink::Page page{number != 2, {[&painted, number](QPainter&) { painted.push_back(number); }}};
        sink.finish(std::move(page), number);
    }
    CHECK_FALSE(sink.cancelled());
    QImage image(20, 20, QImage::Format_RGB32);
    QPainter painter(&image);
    std::vector<std::pair<int, int>> decorated;
    const PageDecoration decoration = [&decorated](QPainter&, int page, int count) {
        decorated.emplace_back(page, count);
    };
    for (int index = 0; index < 4; ++index) {
        sink.paintKept(painter, index, 4, decoration);
    }
    CHECK(painted == std::vector<int>{1, 2});
    CHECK(decorated == std::vector<std::pair<int, int>>{{1, 4}}); // page 2 is not decorated
}

TEST_CASE("A streaming page sink paints each page at once and stops when told to")
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    PageSink sink;
    std::vector<int> painted;
    std::vector<int> told;
    sink.streamTo(painter, writer, {}, 5, [&told](int page) {
        told.push_back(page);
        return page < 2;
    });
    for (int number = 1; number <= 4; ++number) {
        CHECK(sink.drawing() == (number <= 2));
        sink.finish({true, {[&painted, number](QPainter&) { painted.push_back(number); }}}, number);
    }
    painter.end();
    CHECK(painted == std::vector<int>{1, 2});
    CHECK(told == std::vector<int>{1, 2});
    CHECK(sink.cancelled());
}
