// SPDX-License-Identifier: Apache-2.0
// The app's modules (src/modules): loaded from beside the program when first used; a missing or
// wrong module is an error naming its file, never a crash.
#include "modules/module_loader.h"
#include "modules/pdf_module.h"
#include "modules/print_module.h"
#include "modules/repository_module.h"
#include "modules/workbook_module.h"
#include "repository_text/repository_messages.h"

#include <QApplication>
#include <QBuffer>
#include <QDialog>
#include <QFile>
#include <QPagedPaintDevice>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace lastmile;

class ModulesTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { modules::setModuleDirectory(QString()); }

    void eachModuleLoadsFromBesideTheProgram()
    {
        QString error;
        QVERIFY2(modules::load<modules::PdfModule>(QStringLiteral("pdf"), &error), qPrintable(error));
        QVERIFY2(modules::load<modules::WorkbookModule>(QStringLiteral("workbook"), &error), qPrintable(error));
        QVERIFY2(modules::load<modules::RepositoryModule>(QStringLiteral("repository"), &error), qPrintable(error));
        QVERIFY2(modules::load<modules::PrintModule>(QStringLiteral("print"), &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(QFile::exists(modules::moduleDirectory() + QStringLiteral("/lastmile-pdf.so")));
    }

    void aMissingModuleIsAnErrorNamingItsFile()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        modules::setModuleDirectory(empty.path());
        QCOMPARE(modules::moduleDirectory(), empty.path());

        QBuffer output;
        QVERIFY(output.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(!modules::pdfFinisher()(QStringLiteral("painted.pdf"), output, {}, {}, &error));
        QVERIFY2(error.contains(empty.path() + QStringLiteral("/lastmile-pdf.so")), qPrintable(error));
        QVERIFY(output.data().isEmpty());

        const render::ExportResult workbook =
            modules::writeWorkbook(empty.filePath(QStringLiteral("book.xlsx")), Assessment{}, ReportModel{});
        QCOMPARE(workbook.status, render::ExportResult::Status::Failed);
        QVERIFY2(workbook.error.contains(QStringLiteral("lastmile-workbook.so")), qPrintable(workbook.error));
        QVERIFY(!QFile::exists(empty.filePath(QStringLiteral("book.xlsx"))));

        bool painted = false;
        const render::ExportResult printed = modules::printWithDialog(
            nullptr, QStringLiteral("Print"), QStringLiteral("job"), [&painted](QPagedPaintDevice&) {
                painted = true;
                return render::ExportResult{};
            });
        QCOMPARE(printed.status, render::ExportResult::Status::Failed);
        QVERIFY2(printed.error.contains(QStringLiteral("lastmile-print.so")), qPrintable(printed.error));
        QVERIFY(!painted);

        const auto listing = modules::listRepository("postgresql:///nowhere");
        QVERIFY(!listing);
        QCOMPARE(listing.error().code, repository::ErrorCode::Unavailable);
        const QString said = text::RepositoryMessages::error(listing.error());
        QVERIFY2(said.contains(QStringLiteral("lastmile-repository.so")), qPrintable(said));
        const auto sync = modules::syncWorkingCopy("copy.lastmile", storage::OpenMode::ReadWrite, {});
        QVERIFY(!sync);
        QCOMPARE(sync.error().kind, repository::CopyError::Kind::Repository);
        QCOMPARE(sync.error().repository.code, repository::ErrorCode::Unavailable);
    }

    void printingShowsTheDialogAndPaintsOnlyWhenAccepted()
    {
        for (const bool accept : {false, true}) {
            QString title;
            // Answers the dialog once it shows; whatever shows is closed, so a failure cannot hang.
            QTimer::singleShot(0, this, [&title, accept] {
                if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                    title = dialog->windowTitle();
                    accept ? dialog->accept() : dialog->reject();
                } else if (QWidget* other = QApplication::activeModalWidget()) {
                    other->close();
                }
            });
            int painted = 0;
            const render::ExportResult result = modules::printWithDialog(
                nullptr, QStringLiteral("Print Report"), QStringLiteral("Acme"),
                [&painted](QPagedPaintDevice& printer) {
                    ++painted;
                    // A full page at high resolution, as the report's layout expects.
                    return printer.logicalDpiX() >= 300
                               ? render::ExportResult::failed(QStringLiteral("painted"))
                               : render::ExportResult::failed(QStringLiteral("low resolution"));
                });
            QCOMPARE(title, QStringLiteral("Print Report"));
            if (accept) {
                QCOMPARE(painted, 1);
                QCOMPARE(result.status, render::ExportResult::Status::Failed); // what the painter said
                QCOMPARE(result.error, QStringLiteral("painted"));
            } else {
                QCOMPARE(painted, 0);
                QCOMPARE(result.status, render::ExportResult::Status::Cancelled);
            }
        }
    }

    void aFileThatIsNotTheModuleExpectedIsRefused()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        // The workbook module where the PDF module should be, and a file that is no library at all.
        QVERIFY(QFile::copy(modules::moduleDirectory() + QStringLiteral("/lastmile-workbook.so"),
                            folder.filePath(QStringLiteral("lastmile-pdf.so"))));
        QFile junk(folder.filePath(QStringLiteral("lastmile-repository.so")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a library");
        junk.close();
        modules::setModuleDirectory(folder.path());

        QString error;
        QVERIFY(!modules::load<modules::PdfModule>(QStringLiteral("pdf"), &error));
        QVERIFY2(error.contains(QStringLiteral("lastmile-pdf.so")) && error.contains(QStringLiteral("not the module")),
                 qPrintable(error));
        error.clear();
        QVERIFY(!modules::load<modules::RepositoryModule>(QStringLiteral("repository"), &error));
        QVERIFY2(error.contains(QStringLiteral("lastmile-repository.so")), qPrintable(error));
    }
};

QTEST_MAIN(ModulesTest)
#include "modules_test.moc"
