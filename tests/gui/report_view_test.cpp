// SPDX-License-Identifier: Apache-2.0
// The Report tab: the preview of the PDF's pages, the section switches, the exports off the UI
// thread with their progress and cancel, and what a failure or a read-only file does.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/main_window.h"
#include "app/report/page_preview.h"
#include "app/report/report_view.h"
#include "app/workspace.h"
#include "modules/module_loader.h"
#include "support/tools.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

class ReportViewTest : public QObject
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
        QVERIFY(m_out.isValid());
        m_path = m_dir.filePath(QStringLiteral("report.lastmile"));
        QFile::remove(m_path);
        QString error;
        QVERIFY2(Workspace::writeDemo(m_path, &error), qPrintable(error));
        for (const QString& name : QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden)) {
            QFile::remove(QDir(m_out.path()).filePath(name));
        }
    }

    void thePreviewShowsThePdfPagesAndFollowsTheSections()
    {
        auto document = open(false);
        ReportView view;
        QSignalSpy updated(&view, &ReportView::previewUpdated);
        show(view, *document);
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 30000);
        const int all = view.reportPageCount();
        QVERIFY(all > 4);
        QVERIFY(view.preview()->pageCount() > 4);
        QCOMPARE(view.preview()->page(0).isNull(), false);
        QCOMPARE(view.pageSizeComboBox()->currentData().toString(), QStringLiteral("a4"));

        view.sectionCheckBox(5)->setChecked(false); // the appendix
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 2 && view.isPreviewUpToDate(), 30000);
        QVERIFY(view.reportPageCount() < all);
    }

    void summaryOnlyShowsOnePageAndAnonymousNamesNoOne()
    {
        auto document = open(false);
        ReportView view;
        QSignalSpy updated(&view, &ReportView::previewUpdated);
        show(view, *document);
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1 && view.isPreviewUpToDate(), 30000);
        QVERIFY(view.reportPageCount() > 4);

        view.summaryOnlyCheckBox()->setChecked(true);
        QCOMPARE(view.sectionCheckBox(0)->isEnabled(), false);
        QVERIFY(view.request().options.summaryOnly);
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 2 && view.isPreviewUpToDate(), 30000);
        QCOMPARE(view.reportPageCount(), 1);
        view.summaryOnlyCheckBox()->setChecked(false);
        QCOMPARE(view.sectionCheckBox(0)->isEnabled(), true);

        QVERIFY(view.request().options.anonymousName.empty());
        view.anonymousCheckBox()->setChecked(true);
        QCOMPARE(QString::fromStdString(view.request().options.anonymousName), QStringLiteral("Respondent %1"));
        const std::optional<ReportModel> model = view.request().build();
        QVERIFY(model.has_value());
        QVERIFY(!model->appendix.empty());
        const std::string first = document->assessment().rounds.back().respondents.front().name;
        QVERIFY(!model->appendix.respondents.empty());
        for (const AppendixRespondent& respondent : model->appendix.respondents) {
            QVERIFY(respondent.name != first);
        }
    }

    void thePreviewFollowsAnswersAndBranding()
    {
        auto document = open(false);
        ReportView view;
        QSignalSpy updated(&view, &ReportView::previewUpdated);
        show(view, *document);
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1 && view.isPreviewUpToDate(), 30000);
        const QImage cover = view.preview()->page(0);

        Branding branding = document->assessment().branding;
        branding.accentColour = "#00A000";
        branding.pageSize = "letter";
        edit::setBranding(*document, branding);
        QVERIFY(!view.isPreviewUpToDate());
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 2 && view.isPreviewUpToDate(), 30000);
        QCOMPARE(view.pageSizeComboBox()->currentData().toString(), QStringLiteral("letter"));
        QVERIFY(view.preview()->page(0).size() != cover.size()); // Letter is wider and shorter than A4

        const RoundData& round = document->assessment().rounds.back();
        edit::setAnswer(*document, round.round.id, document->assessment().initiatives.front().id,
                        round.bank.frictions.front().questions.front().id, round.respondents.front().id,
                        Answer::atLevel(0));
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 3 && view.isPreviewUpToDate(), 30000);
    }

    void exportsWritePdfHtmlCsvAndXlsxOffTheUiThread()
    {
        auto document = open(false);
        ReportView view;
        show(view, *document);
        QSignalSpy finished(&view, &ReportView::exportFinished);
        QStringList errors;
        connect(&view, &ReportView::failed, this, [&errors](const QString& message) { errors << message; });

        const QString pdf = m_out.filePath(QStringLiteral("report.pdf"));
        QVERIFY(view.exportTo(ReportView::Format::Pdf, pdf));
        QVERIFY(view.isExporting());
        QVERIFY(!view.exportTo(ReportView::Format::Html, m_out.filePath(QStringLiteral("busy.html"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QCOMPARE(view.progressBar()->value(), view.progressBar()->maximum());
        QVERIFY(readAll(pdf).startsWith("%PDF"));

        const QString html = m_out.filePath(QStringLiteral("report.html"));
        QVERIFY(view.exportTo(ReportView::Format::Html, html));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.takeFirst().at(0).toBool());
        QVERIFY(readAll(html).contains("<svg"));

        const QString csv = m_out.filePath(QStringLiteral("answers.csv"));
        QVERIFY(view.exportTo(ReportView::Format::Csv, csv));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.takeFirst().at(0).toBool());
        QVERIFY(readAll(csv).contains(QByteArray::fromStdString(document->assessment().initiatives.front().name)));

        auto* workbookButton = view.findChild<QPushButton*>(QStringLiteral("exportXlsxPushButton"));
        QVERIFY(workbookButton && workbookButton->isEnabled());
        const QString xlsx = m_out.filePath(QStringLiteral("workbook.xlsx"));
        QVERIFY(view.exportTo(ReportView::Format::Xlsx, xlsx));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.takeFirst().at(0).toBool());
        const QByteArray workbook = readAll(xlsx);
        QVERIFY(workbook.startsWith("PK\x03\x04")); // a zip container; its directory names the parts in clear
        for (int sheet = 1; sheet <= 5; ++sheet) {
            QVERIFY(workbook.contains(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet).toLatin1()));
        }
        QVERIFY(!workbook.contains("xl/worksheets/sheet6.xml"));
        QVERIFY(errors.isEmpty());
        QCOMPARE(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden).size(), 4); // no temporary file left
    }

    void aCancelledExportLeavesNothingBehind()
    {
        auto document = open(false);
        ReportView view;
        show(view, *document);
        QSignalSpy finished(&view, &ReportView::exportFinished);
        const QString pdf = m_out.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(view.exportTo(ReportView::Format::Pdf, pdf));
        view.cancelExport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(!view.isExporting());
    }

    void anExportShowsItsProgressAndWritesAValidPdf()
    {
        auto document = open(false);
        ReportView view;
        show(view, *document);
        QTRY_VERIFY_WITH_TIMEOUT(view.isPreviewUpToDate() && view.reportPageCount() > 0, 60000);
        QSignalSpy finished(&view, &ReportView::exportFinished);
        for (const auto format : {ReportView::Format::Pdf, ReportView::Format::Html}) {
            QList<int> values;
            QMetaObject::Connection watch = connect(view.progressBar(), &QProgressBar::valueChanged, this,
                                                    [&values](int value) { values << value; });
            const QString path = m_out.filePath(format == ReportView::Format::Pdf ? QStringLiteral("progress.pdf")
                                                                                  : QStringLiteral("progress.html"));
            QVERIFY(view.exportTo(format, path));
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
            disconnect(watch);
            QVERIFY(finished.takeFirst().at(0).toBool());
            // The bar moved on by steps, never back, and ended full.
            QVERIFY(std::is_sorted(values.begin(), values.end()));
            const auto between = std::count_if(values.begin(), values.end(), [&view](int value) {
                return value > 0 && value < view.progressBar()->maximum();
            });
            QVERIFY2(between >= 3, qPrintable(QStringLiteral("%1 steps between empty and full").arg(between)));
            QCOMPARE(view.progressBar()->value(), view.progressBar()->maximum());
        }
        // A whole PDF: every page the preview counted, with the organization's name in its text.
        const std::string pdf = m_out.filePath(QStringLiteral("progress.pdf")).toStdString();
        QCOMPARE(test::pdfPageCount(pdf), view.reportPageCount());
        QVERIFY(test::pdfText(pdf, 1, 1).find(document->assessment().organization.name) != std::string::npos);
        QVERIFY(readAll(m_out.filePath(QStringLiteral("progress.html"))).endsWith("</html>\n"));
    }

    void anExportCancelledHalfwayLeavesNothingBehind()
    {
        auto document = open(false);
        ReportView view;
        show(view, *document);
        QSignalSpy finished(&view, &ReportView::exportFinished);
        for (const auto format : {ReportView::Format::Pdf, ReportView::Format::Html}) {
            // Cancelled once the work has visibly begun, not before it starts.
            QMetaObject::Connection watch =
                connect(view.progressBar(), &QProgressBar::valueChanged, this, [&view](int value) {
                    if (value > 0 && value < view.progressBar()->maximum()) {
                        view.cancelExport();
                    }
                });
            const QString path = m_out.filePath(format == ReportView::Format::Pdf ? QStringLiteral("halfway.pdf")
                                                                                  : QStringLiteral("halfway.html"));
            QVERIFY(view.exportTo(format, path));
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
            disconnect(watch);
            if (finished.takeFirst().at(0).toBool()) {
                // The small demo can be written before the cancel arrives: then the file is whole.
                QVERIFY(QFileInfo(path).size() > 0);
                QVERIFY(QFile::remove(path));
            }
            QVERIFY(!QFile::exists(path));
            QVERIFY(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
            QVERIFY(!view.isExporting());
        }
    }

    void aFailedExportIsReportedThroughTheWindow()
    {
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString& message) { errors << message; });
        QVERIFY(window.openFile(m_path, true)); // read-only: the report still exports
        ReportView* view = window.reportView();
        QVERIFY(view);
        QSignalSpy finished(view, &ReportView::exportFinished);
        const QString missing = m_out.filePath(QStringLiteral("missing/report.pdf"));
        QVERIFY(view->exportTo(ReportView::Format::Pdf, missing));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.front().contains(QStringLiteral("report.pdf")));

        const QString pdf = m_out.filePath(QStringLiteral("review.pdf"));
        QVERIFY(view->exportTo(ReportView::Format::Pdf, pdf));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY(finished.at(1).at(0).toBool());
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(errors.size(), 1);
    }

    // The PDF and workbook writers are modules loaded when first used (src/modules): without
    // them an export fails naming the module's file, and leaves nothing behind.
    void anExportWithoutItsModuleSaysWhichIsMissing()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        modules::setModuleDirectory(empty.path());
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString& message) { errors << message; });
        QVERIFY(window.openFile(m_path, true));
        ReportView* view = window.reportView();
        QVERIFY(view);
        QSignalSpy finished(view, &ReportView::exportFinished);
        const QString pdf = m_out.filePath(QStringLiteral("nomodule.pdf"));
        const QString xlsx = m_out.filePath(QStringLiteral("nomodule.xlsx"));
        QVERIFY(view->exportTo(ReportView::Format::Pdf, pdf));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(view->exportTo(ReportView::Format::Xlsx, xlsx));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        modules::setModuleDirectory(QString());
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(QStringLiteral("nomodule.pdf")) &&
                     errors.at(0).contains(QStringLiteral("lastmile-pdf.so")),
                 qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QStringLiteral("nomodule.xlsx")) &&
                     errors.at(1).contains(QStringLiteral("lastmile-workbook.so")),
                 qPrintable(errors.at(1)));
        QVERIFY(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

        // With the modules where they belong, the same exports work.
        QVERIFY(view->exportTo(ReportView::Format::Pdf, pdf));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
        QVERIFY(view->exportTo(ReportView::Format::Xlsx, xlsx));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 60000);
        QCOMPARE(errors.size(), 2);
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        QVERIFY(readAll(xlsx).startsWith("PK"));
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

    static void show(ReportView& view, AssessmentDocument& document)
    {
        view.resize(1300, 900);
        view.setDocument(&document);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    QString m_path;
};

QTEST_MAIN(ReportViewTest)
#include "report_view_test.moc"
