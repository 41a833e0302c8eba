// SPDX-License-Identifier: Apache-2.0
// The Heatmap tab: the painter's cells on screen, the explanation of a clicked cell, the change
// view, the clipboard and the exports, following edits live.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/heatmap/explanation_panel.h"
#include "app/heatmap/heatmap_canvas.h"
#include "app/heatmap/heatmap_view.h"
#include "app/workspace.h"
#include "render/report_text.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
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
