// SPDX-License-Identifier: Apache-2.0
// The consultant's settings: report branding through the real dialog (logos checked when
// chosen), the question bank manager (installs refuse bad banks and list every problem) and
// the bank a new round is asked with.
#include "app/assessment_document.h"
#include "app/engagement/engagement_page.h"
#include "app/engagement/round_dialog.h"
#include "app/main_window.h"
#include "app/settings/bank_manager_dialog.h"
#include "app/settings/bank_problems_dialog.h"
#include "app/settings/report_settings_dialog.h"
#include "app/workspace.h"
#include "core/bank_loader.h"
#include "text/bank_folder.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace lastmile;
using namespace lastmile::app;

class ReportSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("settings.lastmile"));
        QFile::remove(m_path);
        QString error;
        QVERIFY2(Workspace::writeDemo(m_path, &error), qPrintable(error));
    }

    void aLogoThatIsNotAnImageIsRefusedAndNothingIsStored()
    {
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString& message) { errors.append(message); });
        QVERIFY(window.openFile(m_path, false));
        AssessmentDocument* document = window.document();
        const Branding before = document->assessment().branding;

        ReportSettingsDialog* dialog = window.showReportSettings();
        QVERIFY(dialog);
        const QString notImage = writeFile(QStringLiteral("minutes.png"), "Workshop minutes, not a picture");
        QVERIFY(!dialog->chooseLogoFile(notImage));
        QVERIFY(dialog->logoError().contains(QStringLiteral("minutes.png")));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("logoErrorLabel"))->isVisibleTo(dialog));
        QVERIFY(dialog->branding().logo.empty());

        QImage huge(4100, 20, QImage::Format_RGB32);
        huge.fill(Qt::white);
        const QString hugePath = m_dir.filePath(QStringLiteral("banner.png"));
        QVERIFY(huge.save(hugePath));
        QVERIFY(!dialog->chooseLogoFile(hugePath));
        QVERIFY(dialog->logoError().contains(QStringLiteral("banner.png")));
        QVERIFY(dialog->logoError().contains(QStringLiteral("4096")));

        dialog->accept();
        QCOMPARE(document->assessment().branding, before);
        QCOMPARE(document->undoStack()->count(), 0);
        QVERIFY(errors.isEmpty());
    }

    void brandingIsSavedAsOneUndoableStep()
    {
        MainWindow window;
        window.setErrorReporter([](const QString& message) { QFAIL(qPrintable(message)); });
        QVERIFY(window.openFile(m_path, false));
        AssessmentDocument* document = window.document();
        const Branding before = document->assessment().branding;

        ReportSettingsDialog* dialog = window.showReportSettings();
        QImage logo(240, 80, QImage::Format_RGB32);
        logo.fill(QColor(0x12, 0x6E, 0x82));
        const QString logoPath = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(logoPath));
        QVERIFY(dialog->chooseLogoFile(logoPath));
        QVERIFY(dialog->logoError().isEmpty());
        dialog->findChild<QLineEdit*>(QStringLiteral("firmNameLineEdit"))
            ->setText(QStringLiteral("Northwind <b>Advisory</b>"));
        dialog->findChild<QLineEdit*>(QStringLiteral("footerLineEdit"))->setText(QStringLiteral("Confidential"));
        dialog->setAccentColour(QColor(0x12, 0x6E, 0x82));
        auto* pageSize = dialog->findChild<QComboBox*>(QStringLiteral("pageSizeComboBox"));
        pageSize->setCurrentIndex(pageSize->findData(QStringLiteral("letter")));
        dialog->accept();

        const Branding after = document->assessment().branding;
        QCOMPARE(after.firmName, std::string("Northwind <b>Advisory</b>"));
        QCOMPARE(after.footer, std::string("Confidential"));
        QCOMPARE(after.accentColour, std::string("#126E82"));
        QCOMPARE(after.pageSize, std::string("letter"));
        QCOMPARE(after.logoMime, std::string("image/png"));
        QVERIFY(!after.logo.empty());
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QCOMPARE(document->assessment().branding, before);
        document->undoStack()->redo();

        window.closeFile();
        QVERIFY(window.openFile(m_path, true));
        QCOMPARE(window.document()->assessment().branding, after);
        ReportSettingsDialog* review = window.showReportSettings();
        QVERIFY(!review->findChild<QPushButton*>(QStringLiteral("chooseLogoPushButton"))->isEnabled());
        QVERIFY(!review->findChild<QPushButton*>(QStringLiteral("removeLogoPushButton"))->isEnabled());
        QVERIFY(!review->findChild<QComboBox*>(QStringLiteral("pageSizeComboBox"))->isEnabled());
        QVERIFY(review->findChild<QLineEdit*>(QStringLiteral("firmNameLineEdit"))->isReadOnly());
    }

    void aBadBankIsNotInstalledAndEveryProblemIsListed()
    {
        BankManagerDialog manager(nullptr);
        const int listed = manager.banksView()->topLevelItemCount();
        QVERIFY(listed >= 1);
        QCOMPARE(manager.banksView()->topLevelItem(0)->text(6), QStringLiteral("Built-in"));

        nlohmann::json bank = nlohmann::json::parse(serializeBank(shippedBank()));
        bank.erase("name");
        bank["frictions"][1]["weight"] = -1;
        const QString bad = writeFile(QStringLiteral("broken-bank.json"), bank.dump());
        QVERIFY(!manager.installFrom(bad));
        BankProblemsDialog* problems = manager.problemsDialog();
        QVERIFY(problems);
        const QStringList lines = problems->problems();
        QVERIFY2(lines.size() >= 2, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(std::any_of(lines.begin(), lines.end(),
                            [](const QString& line) { return line.contains(QStringLiteral("/frictions/1/weight")); }));
        QVERIFY(std::any_of(lines.begin(), lines.end(),
                            [](const QString& line) { return line.contains(QStringLiteral("/name")); }));
        QVERIFY(QDir(text::bankFolder()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
        QCOMPARE(manager.banksView()->topLevelItemCount(), listed);
    }

    void aNewRoundUsesTheChosenBank()
    {
        // A bank of the consultant's own, installed through the manager.
        nlohmann::json bank = nlohmann::json::parse(serializeBank(shippedBank()));
        bank["id"] = "northwind-retail";
        bank["name"] = "Northwind retail bank";
        bank["content_version"] = "2.1";
        BankManagerDialog manager(nullptr);
        const bool installed = manager.installFrom(writeFile(QStringLiteral("northwind.json"), bank.dump()));
        QVERIFY2(installed, qPrintable(manager.problemsDialog()
                                           ? manager.problemsDialog()->problems().join(QLatin1Char('\n'))
                                           : manager.findChild<QLabel*>(QStringLiteral("statusLabel"))->text()));
        bool shown = false;
        for (int row = 0; row < manager.banksView()->topLevelItemCount(); ++row) {
            const QTreeWidgetItem* item = manager.banksView()->topLevelItem(row);
            shown = shown || (item->text(1) == QStringLiteral("northwind-retail") &&
                              item->text(6) == QStringLiteral("Installed") && item->text(3) == QStringLiteral("2.1"));
        }
        QVERIFY(shown);

        QString error;
        auto document = AssessmentDocument::open(m_path, false, &error);
        QVERIFY2(document, qPrintable(error));
        const std::string previousBank = document->assessment().rounds.back().bank.id;
        EngagementPage page;
        page.setDocument(document.get());
        page.findChild<QPushButton*>(QStringLiteral("newRoundPushButton"))->click();
        auto* dialog = qobject_cast<RoundDialog*>(page.openDialog());
        QVERIFY(dialog);
        auto* banks = dialog->findChild<QComboBox*>(QStringLiteral("bankComboBox"));
        QVERIFY(banks->isVisibleTo(dialog));
        QCOMPARE(dialog->bank().id, previousBank); // the latest round's by default
        const int custom = banks->findText(QStringLiteral("Northwind retail bank (version 2.1)"));
        QVERIFY(custom > 0);
        banks->setCurrentIndex(custom);
        dialog->accept();
        QCOMPARE(document->assessment().rounds.back().bank.id, std::string("northwind-retail"));

        // Its bank can be exported again for the next client.
        BankManagerDialog exporter(document.get());
        const QString out = m_dir.filePath(QStringLiteral("exported.json"));
        QVERIFY2(exporter.exportRound(document->assessment().rounds.back().round.id, out, &error), qPrintable(error));
        const BankLoadResult loaded = loadBankFile(out.toStdString());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.bank->id, std::string("northwind-retail"));
    }

private:
    QString writeFile(const QString& name, const std::string& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(content.data(), qint64(content.size()));
        }
        return path;
    }

    static QuestionBank shippedBank()
    {
        const auto banks = text::availableBanks();
        return banks.empty() || !banks.front().result.bank ? QuestionBank{} : *banks.front().result.bank;
    }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(ReportSettingsTest)
#include "report_settings_test.moc"
