// SPDX-License-Identifier: Apache-2.0
// The review banner: why a document is read-only, and Edit only where editing can be asked for.
#include "app/assessment_document.h"
#include "app/review_banner.h"
#include "app/workspace.h"
#include "fresh_demo.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace lastmile::app;

class ReviewBannerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_demo = lastmile::testing::writeFreshDemo(m_dir, &error);
        QVERIFY2(!m_demo.isEmpty(), qPrintable(error));
    }

    void isHiddenWithoutADocumentAndForAWritableOne()
    {
        ReviewBanner banner;
        banner.setDocument(nullptr);
        QVERIFY(banner.isHidden());
        QVERIFY(banner.text().isEmpty());
        QVERIFY(!banner.offersEdit());

        const auto writable = open(false);
        QVERIFY2(writable, qPrintable(m_error));
        QCOMPARE(writable->readOnlyReason(), AssessmentDocument::ReadOnlyReason::None);
        banner.setDocument(writable.get());
        QVERIFY(banner.isHidden());
        QVERIFY(banner.text().isEmpty());
    }

    void aReviewAskedForOffersEdit()
    {
        ReviewBanner banner;
        QSignalSpy edit(&banner, &ReviewBanner::editRequested);
        const auto review = open(true);
        QVERIFY2(review, qPrintable(m_error));
        banner.setDocument(review.get());
        QVERIFY(!banner.isHidden());
        QVERIFY2(banner.text().contains(QStringLiteral("Click Edit")), qPrintable(banner.text()));
        QVERIFY(banner.offersEdit());
        banner.findChild<QPushButton*>(QStringLiteral("editModeButton"))->click();
        QCOMPARE(edit.count(), 1);

        banner.setDocument(nullptr); // closed: the banner goes with the document
        QVERIFY(banner.isHidden());
        QVERIFY(!banner.offersEdit());
    }

    void aFileThatCannotBeWrittenOffersACopyNotEdit()
    {
        QVERIFY(::chmod(QFile::encodeName(m_demo).constData(), 0444) == 0);
        ReviewBanner banner;
        const auto document = open(false);
        QVERIFY2(document, qPrintable(m_error));
        QCOMPARE(document->readOnlyReason(), AssessmentDocument::ReadOnlyReason::Location);
        banner.setDocument(document.get());
        QVERIFY(!banner.isHidden());
        QVERIFY2(banner.text().contains(QStringLiteral("cannot be written")), qPrintable(banner.text()));
        QVERIFY(banner.text().contains(QStringLiteral("Save a Copy As")));
        QVERIFY(!banner.offersEdit()); // Edit would only fail again
    }

    void aFileAnotherWindowEditsSaysSo()
    {
        const auto editing = open(false);
        QVERIFY2(editing, qPrintable(m_error));
        const auto second = open(false);
        QVERIFY2(second, qPrintable(m_error));
        QCOMPARE(second->readOnlyReason(), AssessmentDocument::ReadOnlyReason::InUse);
        ReviewBanner banner;
        banner.setDocument(second.get());
        QVERIFY2(banner.text().contains(QStringLiteral("another Lastmile window")), qPrintable(banner.text()));
        QVERIFY(banner.offersEdit());
        // The same banner follows the next document it is given.
        banner.setDocument(editing.get());
        QVERIFY(banner.isHidden());
    }

private:
    std::unique_ptr<AssessmentDocument> open(bool readOnly)
    {
        m_error.clear();
        return AssessmentDocument::open(m_demo, readOnly, &m_error);
    }

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_error;
};

QTEST_MAIN(ReviewBannerTest)
#include "review_banner_test.moc"
