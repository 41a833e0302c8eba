// SPDX-License-Identifier: Apache-2.0
// The Heatmap tab: the painter's cells on screen, the explanation of a clicked cell, the change
// view, the clipboard and the exports, following edits live.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/heatmap/explanation_panel.h"
#include "app/heatmap/heatmap_canvas.h"
#include "app/heatmap/heatmap_model.h"
#include "app/heatmap/heatmap_view.h"
#include "app/workspace.h"
#include "core/bank_loader.h"
#include "render/report_text.h"
#include "samples/synthetic_assessment.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

namespace {

QStringList labelTexts(const QWidget* widget)
{
    QStringList texts;
    for (const QLabel* label : widget->findChildren<QLabel*>()) {
        texts << label->text();
    }
    return texts;
}

bool anyStartsWith(const QStringList& texts, const QString& prefix)
{
    return std::any_of(texts.begin(), texts.end(), [&](const QString& text) { return text.startsWith(prefix); });
}

} // namespace

class HeatmapViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("heatmap.lastmile"));
        QFile::remove(m_path);
        QString error;
        QVERIFY2(Workspace::writeDemo(m_path, &error), qPrintable(error));
    }

    void clickingACellExplainsItsQuestionsAndRespondents()
    {
        auto document = open(false);
        HeatmapView view;
        show(view, *document);
        const RoundData& round = document->assessment().rounds.back();
        QCOMPARE(view.roundComboBox()->currentData().toLongLong(), round.round.id); // the latest by default
        QCOMPARE(view.compareComboBox()->currentIndex(), 0);                        // no comparison by default
        QVERIFY(!view.explanationPanel()->isVisible());

        const Initiative& initiative = document->assessment().initiatives.front();
        const Friction& friction = round.bank.frictions.front();
        click(view, initiative.id, friction.id);
        QVERIFY(view.explanationPanel()->isVisible());
        QCOMPARE(view.explanationPanel()->title(),
                 QStringLiteral("%1 · %2").arg(QString::fromStdString(initiative.name),
                                               QString::fromStdString(friction.name)));
        const QStringList texts = labelTexts(view.explanationPanel());
        for (const Question& question : friction.questions) {
            QVERIFY2(texts.contains(QString::fromStdString(question.text)), question.text.c_str());
        }
        int named = 0;
        for (const Respondent& respondent : round.respondents) {
            if (anyStartsWith(texts, QString::fromStdString(respondent.name))) {
                ++named;
            }
        }
        QCOMPARE(named, int(round.respondents.size()));
        const auto& row =
            *std::find_if(view.canvas()->data().initiatives.begin(), view.canvas()->data().initiatives.end(),
                          [&](const HeatmapRow& r) { return r.initiativeId == initiative.id; });
        const QString score = render::ReportText::score(row.cells.front().score);
        QVERIFY(anyStartsWith(texts, QStringLiteral("Friction score: %1").arg(score)));
        for (const QLabel* label : view.explanationPanel()->findChildren<QLabel*>()) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }

        // The readiness cell and the portfolio row explain themselves too.
        click(view, initiative.id, {});
        QVERIFY(view.explanationPanel()->title().endsWith(QStringLiteral("Readiness")));
        click(view, 0, friction.id);
        QVERIFY(view.explanationPanel()->title().startsWith(QStringLiteral("Portfolio")));
        QVERIFY(anyStartsWith(labelTexts(view.explanationPanel()), QString::fromStdString(initiative.name)));
    }

    void comparingRoundsShowsTheChangeWithArrows()
    {
        auto document = open(false);
        const Assessment& assessment = document->assessment();
        QVERIFY(assessment.rounds.size() >= 2);
        HeatmapView view;
        show(view, *document);
        view.compareComboBox()->setCurrentIndex(
            view.compareComboBox()->findData(QVariant::fromValue<qlonglong>(assessment.rounds.front().round.id)));
        QVERIFY(view.canvas()->options().delta);
        QCOMPARE(view.canvas()->data().previousRoundName, assessment.rounds.front().round.name);

        view.copyToClipboard();
        const QString svg =
            QString::fromUtf8(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("image/svg+xml")));
        QVERIFY(svg.contains(QChar(0x2191)) || svg.contains(QChar(0x2193))); // ↑ or ↓

        const Initiative& initiative = assessment.initiatives.front();
        click(view, initiative.id, assessment.rounds.back().bank.frictions.front().id);
        QVERIFY(view.explanationPanel()->findChild<QLabel*>(QStringLiteral("explanationChangeLabel")));
    }

    void gapToTargetShowsTheGapInTheCellAndTheExplanation()
    {
        auto document = open(false);
        HeatmapView view;
        show(view, *document);
        const RoundData& round = document->assessment().rounds.back();
        const Initiative& initiative = document->assessment().initiatives.front();
        const Friction& friction = round.bank.frictions.front();
        edit::setTarget(*document, initiative.id, friction.id, 25.0);

        const HeatmapRow& row = view.canvas()->data().initiatives.front();
        QCOMPARE(row.initiativeId, initiative.id);
        QCOMPARE(row.cells.front().frictionId, friction.id);
        QVERIFY(row.cells.front().target);
        QCOMPARE(*row.cells.front().target, 25.0);
        const double score = *row.cells.front().score;
        QVERIFY(score > 26.0);
        const QString gap = QStringLiteral("+%1").arg(std::lround(score) - 25);

        QVERIFY(!view.showTargetsCheckBox()->isChecked());
        QVERIFY(!view.gapToTargetCheckBox()->isChecked());
        QTest::mouseClick(view.showTargetsCheckBox(), Qt::LeftButton);
        QVERIFY(view.canvas()->options().showTargets);
        QTest::mouseClick(view.gapToTargetCheckBox(), Qt::LeftButton);
        QVERIFY(view.gapToTargetCheckBox()->isChecked());
        QVERIFY(!view.showTargetsCheckBox()->isChecked()); // one view of targets at a time
        QVERIFY(view.canvas()->options().gapToTarget);
        QVERIFY(!view.canvas()->options().showTargets);

        click(view, initiative.id, friction.id);
        const auto* target = view.explanationPanel()->findChild<QLabel*>(QStringLiteral("explanationTargetLabel"));
        QVERIFY(target);
        QCOMPARE(target->text(), QStringLiteral("Target agreed with the client: 25"));
        const auto* gapLabel = view.explanationPanel()->findChild<QLabel*>(QStringLiteral("explanationGapLabel"));
        QVERIFY(gapLabel);
        QCOMPARE(gapLabel->text(), QStringLiteral("Gap to target: %1, still to close.").arg(gap));

        // The copy shows what the screen shows.
        view.copyToClipboard();
        const QString svg =
            QString::fromUtf8(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("image/svg+xml")));
        QVERIFY(svg.contains(QStringLiteral(">%1<").arg(gap)));
        QVERIFY(svg.contains(QStringLiteral("No target set")));

        // A target above the score is met; the open explanation follows the edit.
        edit::setTarget(*document, initiative.id, friction.id, 100.0);
        gapLabel = view.explanationPanel()->findChild<QLabel*>(QStringLiteral("explanationGapLabel"));
        QVERIFY(gapLabel);
        QCOMPARE(gapLabel->text(), QStringLiteral("Gap to target: \u2713 met, the score is at or below the target."));

        // A cell without a target says nothing of one.
        const auto untargeted =
            std::find_if(round.bank.frictions.begin(), round.bank.frictions.end(), [&](const Friction& f) {
                return std::none_of(
                    document->assessment().targets.begin(), document->assessment().targets.end(),
                    [&](const Target& t) { return t.initiativeId == initiative.id && t.frictionId == f.id; });
            });
        QVERIFY(untargeted != round.bank.frictions.end());
        click(view, initiative.id, untargeted->id);
        QVERIFY(!view.explanationPanel()->findChild<QLabel*>(QStringLiteral("explanationGapLabel")));
    }

    void copyPutsAnImageAndSvgOnTheClipboard()
    {
        auto document = open(false);
        HeatmapView view;
        show(view, *document);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(view.canvas(), Qt::Key_C, Qt::ControlModifier);
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasImage());
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QVERIFY(image.width() > 400);
        QVERIFY(mime->data(QStringLiteral("image/svg+xml")).startsWith("<?xml"));
    }

    void anAnswerChangedElsewhereUpdatesTheShownScore()
    {
        auto document = open(false);
        HeatmapView view;
        show(view, *document);
        const RoundData& round = document->assessment().rounds.back();
        const Initiative& initiative = document->assessment().initiatives.front();
        const Friction& friction = round.bank.frictions.front();
        click(view, initiative.id, friction.id);

        // Every respondent says nothing is in place: the friction is as severe as it gets.
        for (const Question& question : friction.questions) {
            edit::setAnswer(*document, round.round.id, initiative.id, question.id, 0, std::nullopt);
            for (const Respondent& respondent : round.respondents) {
                edit::setAnswer(*document, round.round.id, initiative.id, question.id, respondent.id,
                                Answer::atLevel(0));
            }
        }
        const HeatmapRow& row = view.canvas()->data().initiatives.front();
        QCOMPARE(row.initiativeId, initiative.id);
        QCOMPARE(*row.cells.front().score, 100.0);
        QVERIFY(anyStartsWith(labelTexts(view.explanationPanel()), QStringLiteral("Friction score: 100")));
    }

    void userTextShowsLiterallyInTheExplanation()
    {
        auto document = open(false);
        HeatmapView view;
        show(view, *document);
        const RoundData& round = document->assessment().rounds.back();
        const Initiative& initiative = document->assessment().initiatives.front();
        const Question& question = round.bank.frictions.front().questions.front();
        const Respondent& respondent = round.respondents.front();
        edit::setAnswer(*document, round.round.id, initiative.id, question.id, respondent.id, Answer::atLevel(2));
        edit::setAnswerText(*document, round.round.id, initiative.id, question.id, respondent.id, "<b>x</b> & Co",
                            "<i>deck</i>");
        click(view, initiative.id, round.bank.frictions.front().id);
        const QStringList texts = labelTexts(view.explanationPanel());
        QVERIFY(anyStartsWith(
            texts, QStringLiteral("Note from %1: <b>x</b> & Co").arg(QString::fromStdString(respondent.name))));
        QVERIFY(texts.contains(
            QStringLiteral("Evidence from %1: <i>deck</i>").arg(QString::fromStdString(respondent.name))));
    }

    void aReadOnlyDocumentCanBeViewedCopiedAndExported()
    {
        auto document = open(true);
        QVERIFY(document->isReadOnly());
        HeatmapView view;
        show(view, *document);
        QStringList errors;
        connect(&view, &HeatmapView::failed, this, [&errors](const QString& message) { errors << message; });
        const RoundData& round = document->assessment().rounds.back();
        click(view, document->assessment().initiatives.front().id, round.bank.frictions.front().id);
        QVERIFY(view.explanationPanel()->isVisible());
        view.copyToClipboard();
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasImage());

        const QString png = m_dir.filePath(QStringLiteral("heatmap.png"));
        const QString svg = m_dir.filePath(QStringLiteral("heatmap.svg"));
        QVERIFY(view.exportTo(png));
        QVERIFY(view.exportTo(svg));
        QVERIFY(!QImage(png).isNull());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains(QByteArray::fromStdString(document->assessment().initiatives.front().name)));

        QVERIFY(!view.exportTo(m_dir.filePath(QStringLiteral("missing/heatmap.png"))));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.front().contains(QStringLiteral("heatmap.png")));
        QCOMPARE(document->undoStack()->count(), 0);
    }

    void compareOffersOnlyTheOtherRounds()
    {
        auto document = open(false);
        HeatmapView view;
        show(view, *document);
        const auto offers = [&] {
            QList<qlonglong> ids;
            for (int i = 0; i < view.compareComboBox()->count(); ++i) {
                ids << view.compareComboBox()->itemData(i).toLongLong();
            }
            return ids;
        };
        const qlonglong latest = document->assessment().rounds.back().round.id;
        const qlonglong first = document->assessment().rounds.front().round.id;
        QVERIFY(!offers().contains(latest));
        QVERIFY(offers().contains(first));
        view.roundComboBox()->setCurrentIndex(view.roundComboBox()->findData(QVariant::fromValue<qlonglong>(first)));
        QVERIFY(!offers().contains(first));
        QVERIFY(offers().contains(latest));
    }

    void sortsAndFiltersFortyInitiatives()
    {
        auto document = openSynthetic(40);
        QVERIFY(document);
        HeatmapView view;
        new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        new QAbstractItemModelTester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        show(view, *document);
        QCOMPARE(view.model()->rowCount(), 40);
        QCOMPARE(int(view.canvas()->data().initiatives.size()), 40);

        // Worst first: the lowest readiness on top; a second click reverses.
        view.toggleSort(QStringLiteral("readiness"));
        QVERIFY(view.sortAscending());
        // Without a score a row goes last in either direction.
        const auto readiness = [&](double missing) {
            std::vector<double> values;
            for (const HeatmapRow& row : view.canvas()->data().initiatives) {
                values.push_back(row.readiness.value_or(missing));
            }
            return values;
        };
        const std::vector<double> ascending = readiness(1000.0);
        QVERIFY(std::is_sorted(ascending.begin(), ascending.end()));
        view.toggleSort(QStringLiteral("readiness"));
        QVERIFY(!view.sortAscending());
        const std::vector<double> descending = readiness(-1000.0);
        QVERIFY(std::is_sorted(descending.rbegin(), descending.rend()));

        // By a friction: the worst (highest) first, whichever column.
        const std::string friction = view.model()->heatmap().frictions[2].frictionId;
        view.sortComboBox()->setCurrentIndex(view.sortComboBox()->findData(QString::fromStdString(friction)));
        QCOMPARE(view.sortColumn(), QString::fromStdString(friction));
        std::vector<double> scores;
        for (const HeatmapRow& row : view.canvas()->data().initiatives) {
            scores.push_back(row.cells[2].score.value_or(-1.0));
        }
        QVERIFY(std::is_sorted(scores.rbegin(), scores.rend()));

        // Filter by function, then by stage too: only matching rows, no portfolio row.
        const QString function = view.functionComboBox()->itemData(1).toString();
        view.functionComboBox()->setCurrentIndex(1);
        QVERIFY(view.filterModel()->rowCount() > 0);
        QVERIFY(view.filterModel()->rowCount() < 40);
        QCOMPARE(int(view.canvas()->data().initiatives.size()), view.filterModel()->rowCount());
        QVERIFY(!view.canvas()->options().portfolioRow);
        for (const HeatmapRow& row : view.canvas()->data().initiatives) {
            QCOMPARE(QString::fromStdString(document->initiative(row.initiativeId)->businessFunction), function);
        }
        const int byFunction = view.filterModel()->rowCount();
        view.stageComboBox()->setCurrentIndex(1);
        QVERIFY(view.filterModel()->rowCount() <= byFunction);
        const auto stage = Stage(view.stageComboBox()->currentData().toInt());
        for (const HeatmapRow& row : view.canvas()->data().initiatives) {
            QCOMPARE(document->initiative(row.initiativeId)->stage, stage);
        }
        view.functionComboBox()->setCurrentIndex(0);
        view.stageComboBox()->setCurrentIndex(0);
        QCOMPARE(view.filterModel()->rowCount(), 40);
        QVERIFY(view.canvas()->options().portfolioRow);
    }

    void aLargeHeatmapScrollsUnderAFrozenHeaderAndNothingIsClipped()
    {
        auto document = openSynthetic(40);
        QVERIFY(document);
        HeatmapView view;
        view.resize(1280, 720 - 120); // the tab's share of a 1280 x 720 window
        view.setDocument(document.get());
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        HeatmapCanvas* canvas = view.canvas();
        QVERIFY(canvas->options().font.pointSizeF() >= 9.0); // the type does not shrink to fit
        QVERIFY(canvas->verticalScrollBar()->isVisible());
        const std::string lastFriction = canvas->data().frictions.back().frictionId;
        const std::int64_t first = canvas->data().initiatives.front().initiativeId;
        const std::optional<QRectF> lastColumn = canvas->cellRect(first, lastFriction);
        QVERIFY(lastColumn);
        QVERIFY(lastColumn->right() <= canvas->width() || canvas->horizontalScrollBar()->isVisible());

        // Scrolled to the bottom, a click at the top still hits the header and sorts.
        canvas->verticalScrollBar()->setValue(canvas->verticalScrollBar()->maximum());
        const std::optional<QRectF> scrolled = canvas->cellRect(first, lastFriction);
        QVERIFY(scrolled && scrolled->bottom() < 0);
        QSignalSpy header(canvas, &HeatmapCanvas::headerClicked);
        const std::optional<QRectF> column = canvas->cellRect(first, canvas->data().frictions.front().frictionId);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(int(column->center().x()), 16));
        QCOMPARE(header.count(), 1);
        QCOMPARE(header.first().first().toString(),
                 QString::fromStdString(canvas->data().frictions.front().frictionId));

        // Zoom in and out with the keyboard.
        const qreal size = canvas->options().font.pointSizeF();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(canvas->options().font.pointSizeF() > size);
        QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(canvas->options().font.pointSizeF(), size);
    }

    void theKeyboardReachesACellAndEnterExplainsIt()
    {
        auto document = open(false);
        HeatmapView view;
        show(view, *document);
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        HeatmapCanvas* canvas = view.canvas();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Down); // the first friction of the first initiative
        QTest::keyClick(canvas, Qt::Key_Down);
        QTest::keyClick(canvas, Qt::Key_Right);
        QVERIFY(canvas->currentCell());
        QCOMPARE(canvas->currentCell()->initiativeId, canvas->data().initiatives[1].initiativeId);
        QCOMPARE(canvas->currentCell()->frictionId, canvas->data().frictions[1].frictionId);
        QVERIFY(!view.explanationPanel()->isVisible());
        QTest::keyClick(canvas, Qt::Key_Return);
        QVERIFY(view.explanationPanel()->isVisible());
        const QString friction = QString::fromStdString(canvas->data().frictions[1].name);
        QVERIFY(anyStartsWith(labelTexts(view.explanationPanel()), friction) ||
                labelTexts(view.explanationPanel()).join(QLatin1Char(' ')).contains(friction));
        QTest::keyClick(canvas, Qt::Key_Home);
        QCOMPARE(canvas->currentCell()->frictionId, std::string()); // the readiness column
        QTest::keyClick(canvas, Qt::Key_End, Qt::ControlModifier);
        QVERIFY(canvas->currentCell()->portfolio);
    }

private:
    std::unique_ptr<AssessmentDocument> open(bool readOnly)
    {
        QString error;
        std::unique_ptr<AssessmentDocument> document = AssessmentDocument::open(m_path, readOnly, &error);
        if (!document) {
            qWarning("%s", qPrintable(error));
        }
        return document;
    }

    std::unique_ptr<AssessmentDocument> openSynthetic(int initiatives)
    {
        QFile file(QStringLiteral(":/question-banks/lastmile-core.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return nullptr;
        }
        const QByteArray bytes = file.readAll();
        const BankLoadResult bank = parseBank(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        SyntheticOptions options;
        options.initiatives = initiatives;
        options.respondents = 3;
        options.rounds = 3;
        const QString path = m_dir.filePath(QStringLiteral("portfolio %1.lastmile").arg(initiatives));
        QFile::remove(path);
        QString error;
        auto document = AssessmentDocument::create(path, makeSyntheticAssessment(*bank.bank, options), &error);
        if (!document) {
            qWarning("%s", qPrintable(error));
        }
        return document;
    }

    static void show(HeatmapView& view, AssessmentDocument& document)
    {
        view.resize(1400, 900);
        view.setDocument(&document);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    static void click(HeatmapView& view, std::int64_t initiativeId, const std::string& frictionId)
    {
        const std::optional<QRectF> cell = view.canvas()->cellRect(initiativeId, frictionId);
        QVERIFY(cell);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, cell->center().toPoint());
    }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(HeatmapViewTest)
#include "heatmap_view_test.moc"
