// SPDX-License-Identifier: Apache-2.0
// Opening a large file: the engagement first, each round's answers when a page needs them, read
// on a worker thread; the window paints and answers keys meanwhile, every page shows the same as
// with every answer read, edits made while answers load are kept once, closing mid-load is clean.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/engagement/engagement_page.h"
#include "app/engagement/initiative_model.h"
#include "app/engagement/round_comparison_view.h"
#include "app/heatmap/explanation_panel.h"
#include "app/heatmap/heatmap_canvas.h"
#include "app/heatmap/heatmap_view.h"
#include "app/library/library_page.h"
#include "app/main_window.h"
#include "app/plan/action_plan_page.h"
#include "app/questionnaire/questionnaire_navigator.h"
#include "app/questionnaire/questionnaire_page.h"
#include "app/report/report_view.h"
#include "app/summary/chart_widget.h"
#include "app/summary/summary_page.h"
#include "core/bank_loader.h"
#include "render/trend_chart.h"
#include "samples/synthetic_assessment.h"
#include "storage/assessment_file.h"
#include "support/canonical_json.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

namespace {

// Every text a page shows: its labels, combo boxes' items and every cell of its item views.
QStringList shownTexts(const QWidget& page)
{
    QStringList texts;
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        texts << label->text();
    }
    for (const QComboBox* combo : page.findChildren<QComboBox*>()) {
        for (int item = 0; item < combo->count(); ++item) {
            texts << combo->itemText(item);
        }
    }
    for (const QAbstractItemView* view : page.findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* model = view->model();
        if (!model || view->window() != page.window()) {
            continue; // a combo box's list, made when first needed
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                texts << model->index(row, column).data().toString();
            }
        }
    }
    return texts;
}

// Holds the file's write lock from another connection: nobody can read it until released.
class WriterLock
{
public:
    explicit WriterLock(const QString& path) : m_db(path.toStdString(), SQLite::OPEN_READWRITE, 2000)
    {
        m_db.exec("BEGIN EXCLUSIVE");
    }
    void release()
    {
        if (!m_released) {
            m_db.exec("ROLLBACK");
            m_released = true;
        }
    }
    ~WriterLock() { release(); }

private:
    SQLite::Database m_db;
    bool m_released = false;
};

// Shows a page made for comparison as the window shows its own: same size, shown once.
bool showLike(QWidget& reference, QWidget& shown)
{
    reference.resize(shown.size());
    reference.show();
    return QTest::qWaitForWindowExposed(&reference);
}

// View > Presentation Mode (F5).
QAction* presentAction(QWidget& window)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().contains(QKeySequence(Qt::Key_F5))) {
            return action;
        }
    }
    return nullptr;
}

// Chooses the round of that id in a combo box as a click on it does.
void chooseRound(QComboBox& combo, std::int64_t roundId)
{
    const int index = combo.findData(qlonglong(roundId));
    combo.setCurrentIndex(index);
    emit combo.activated(index);
}

// Two rows of heatmaps drawn from the same answers hold the same figures, cell by cell.
void sameRow(const HeatmapRow& a, const HeatmapRow& b)
{
    QCOMPARE(a.initiativeId, b.initiativeId);
    QCOMPARE(a.readiness, b.readiness);
    QCOMPARE(a.previousReadiness, b.previousReadiness);
    QCOMPARE(a.lowCoverage, b.lowCoverage);
    QCOMPARE(a.cells.size(), b.cells.size());
    for (std::size_t c = 0; c < b.cells.size(); ++c) {
        QCOMPARE(a.cells[c].score, b.cells[c].score);
        QCOMPARE(a.cells[c].coverage, b.cells[c].coverage);
        QCOMPARE(a.cells[c].disagreements, b.cells[c].disagreements);
        QCOMPARE(a.cells[c].previousScore, b.cells[c].previousScore);
        QCOMPARE(a.cells[c].target, b.cells[c].target);
    }
}

std::string fileJson(const QString& path)
{
    auto file = storage::AssessmentFile::open(path.toStdString(), storage::OpenMode::ReadOnly);
    if (!file) {
        return "cannot open: " + file.error().detail;
    }
    auto whole = (*file)->load();
    return whole ? test::canonicalJson(*whole) : "cannot load: " + whole.error().detail;
}

} // namespace

class LazyOpenTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QFile file(QStringLiteral(":/question-banks/lastmile-core.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const BankLoadResult bank = parseBank(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        QVERIFY(bank.bank);
        SyntheticOptions options;
        options.initiatives = 30;
        options.respondents = 6;
        options.rounds = 3;
        m_original = m_dir.filePath(QStringLiteral("original.lastmile"));
        auto made =
            storage::AssessmentFile::create(m_original.toStdString(), makeSyntheticAssessment(*bank.bank, options));
        QVERIFY(made);
        QVERIFY(QFileInfo(m_original).size() > AssessmentDocument::kWholeLoadLimitBytes); // read on demand
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("large.lastmile"));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(m_original, m_path));
        QFile(m_path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        m_errors.clear();
    }

    void readsOnlyTheRoundsAskedForAndThenAllOfThemExactly()
    {
        const auto document = open(false);
        QVERIFY(document);
        const std::vector<RoundData>& rounds = document->assessment().rounds;
        QCOMPARE(rounds.size(), std::size_t(3));
        QCOMPARE(document->loadedRoundCount(), 0);
        QVERIFY(rounds.back().answers.empty()); // the engagement without answers
        QVERIFY(!document->assessment().initiatives.empty());

        const std::int64_t latest = rounds.back().round.id;
        QSignalSpy loaded(document.get(), &AssessmentDocument::roundLoaded);
        QVERIFY(!document->need({latest}));
        QVERIFY(document->isLoading());
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().first().toLongLong(), latest);
        QVERIFY(document->isLoaded(latest));
        QVERIFY(!document->isLoaded(rounds.front().round.id));
        QVERIFY(!document->isLoading());
        QVERIFY(rounds.front().answers.empty());
        QVERIFY(!rounds.back().answers.empty());

        QVERIFY(!document->needAll());
        QTRY_VERIFY(document->isFullyLoaded());
        QCOMPARE(loaded.count(), 3);
        QVERIFY(document->need({latest, rounds.front().round.id}));
        QCOMPARE(test::canonicalJson(document->assessment()), fileJson(m_path));
    }

    void editsMadeWhileAnswersLoadAreKeptOnce()
    {
        const auto document = open(false);
        QVERIFY(document);
        const std::vector<RoundData>& rounds = document->assessment().rounds;
        const std::int64_t first = rounds.front().round.id;
        const std::int64_t middle = rounds[1].round.id;
        const std::int64_t latest = rounds.back().round.id;
        const std::int64_t initiativeId = document->assessment().initiatives.front().id;
        const std::string questionId = rounds.back().bank.frictions.front().questions.front().id;
        const std::int64_t respondentId = rounds.back().respondents.front().id;
        const std::optional<AnswerRecord> before = document->answerOf(latest, initiativeId, questionId, respondentId);
        QVERIFY(before); // read from the file: the round's answers are not loaded
        const Answer changed = Answer::atLevel(before->answer.level == 4 ? 1 : 4);

        // Ask for the latest round and let the worker read it before the edit reaches the file:
        // the answers it read are older than the edit.
        QVERIFY(!document->need({latest}));
        QThread::msleep(300);
        edit::setAnswer(*document, latest, initiativeId, questionId, respondentId, changed);
        // An edit of a round nobody asked for yet, and a consensus, as the phones' server writes.
        const std::optional<AnswerRecord> middleBefore = document->answerOf(middle, initiativeId, questionId, 0);
        edit::setAnswer(*document, middle, initiativeId, questionId, 0, Answer::atLevel(2));
        AnswerRecord vote{initiativeId, questionId, rounds.front().respondents.back().id, Answer::dontKnow(), {}, {}};
        QVERIFY(document->file().setAnswers({vote}, first));
        QTRY_VERIFY(document->isLoaded(latest));
        QCOMPARE(document->answerOf(latest, initiativeId, questionId, respondentId)->answer, changed);

        QVERIFY(!document->needAll());
        QTRY_VERIFY(document->isFullyLoaded());
        QCOMPARE(test::canonicalJson(document->assessment()), fileJson(m_path));
        const RoundData& latestRound = *document->round(latest);
        QCOMPARE(std::count_if(latestRound.answers.begin(), latestRound.answers.end(),
                               [&](const AnswerRecord& record) {
                                   return record.initiativeId == initiativeId && record.questionId == questionId &&
                                          record.respondentId == respondentId;
                               }),
                 1);

        // Undo goes back to what the file held before, read while the round was not loaded.
        document->undoStack()->undo(); // the middle round's consensus
        document->undoStack()->undo(); // the latest round's answer
        QCOMPARE(document->answerOf(latest, initiativeId, questionId, respondentId)->answer, before->answer);
        const std::optional<AnswerRecord> middleAfter = document->answerOf(middle, initiativeId, questionId, 0);
        QCOMPARE(middleAfter.has_value(), middleBefore.has_value());
        if (middleBefore) {
            QCOMPARE(middleAfter->answer, middleBefore->answer);
        }
        QCOMPARE(test::canonicalJson(document->assessment()), fileJson(m_path));
        QVERIFY(m_errors.isEmpty());
    }

    void aRemovalWhileAnswersLoadIsNotUndoneByAnOlderRead()
    {
        const auto document = open(false);
        QVERIFY(document);
        const std::int64_t removed = document->assessment().initiatives.front().id;
        QVERIFY(!document->needAll());
        QThread::msleep(300); // the worker reads rounds that still hold the initiative's answers
        QVERIFY(document->eraseInitiative(removed));
        QTRY_VERIFY(document->isFullyLoaded());
        for (const RoundData& round : document->assessment().rounds) {
            QVERIFY(std::none_of(round.answers.begin(), round.answers.end(),
                                 [&](const AnswerRecord& record) { return record.initiativeId == removed; }));
        }
        QCOMPARE(test::canonicalJson(document->assessment()), fileJson(m_path));
    }

    void closingWhileAnswersLoadStopsTheReadAndReleasesTheFile()
    {
        {
            auto document = open(true);
            QVERIFY(document);
            WriterLock lock(m_path); // the worker waits for the file
            QVERIFY(!document->needAll());
            QThread::msleep(50);
            QElapsedTimer closing;
            closing.start();
            document.reset(); // cancels the wait and joins the worker
            QVERIFY2(closing.elapsed() < 1000, "closing waited for the read");
        }
        QTest::qWait(20);         // nothing is delivered to the closed document
        auto again = open(false); // the file is free to be opened for editing
        QVERIFY(again);
        QVERIFY(!again->isReadOnly());
        QVERIFY(m_errors.isEmpty());
    }

    void aDamagedLargeFileShowsNothingOfItself()
    {
        // Pages of the answers damaged past the engagement's: the engagement itself reads well,
        // so only quick_check, run beside that read, can tell.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        const qint64 pages = file.size() / pageSize;
        for (qint64 page = pages / 2; page < pages; page += 7) {
            QVERIFY(file.seek(page * pageSize));
            QByteArray header = file.read(12);
            for (char& byte : header) {
                byte = char(byte ^ 0x5A);
            }
            QVERIFY(file.seek(page * pageSize));
            QCOMPARE(file.write(header), qint64(header.size()));
        }
        file.close();
        for (const bool readOnly : {true, false}) {
            MainWindow window;
            window.setErrorReporter([this](const QString& message) { m_errors.append(message); });
            QVERIFY(!window.openFile(m_path, readOnly));
            QVERIFY(!window.document());
            QCOMPARE(m_errors.size(), 1);
            QVERIFY2(m_errors.first().startsWith(m_path + QStringLiteral(": ")), qPrintable(m_errors.first()));
            QVERIFY2(m_errors.first().contains(QStringLiteral("damaged")), qPrintable(m_errors.first()));
            QVERIFY(window.libraryPage()->isVisibleTo(&window)); // the library stays
            m_errors.clear();
        }
    }

    void theWindowPaintsTheHeatmapFromTheStoredScoresWithNoAnswersRead()
    {
        MainWindow window;
        QVERIFY(openOnHeatmap(window, true)); // the heatmap is drawn in the same turn as the open
        AssessmentDocument* document = window.document();
        HeatmapView* heatmap = window.heatmapView();
        QVERIFY(!heatmap->canvas()->data().frictions.empty());
        QVERIFY(heatmap->findChild<QPushButton*>(QStringLiteral("exportHeatmapPushButton"))->isEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        QCOMPARE(document->loadedRoundCount(), 0);
        QVERIFY(!document->isLoading());
        sameHeatmapAsWhole(*heatmap);

        // Comparing with another round draws from its stored scores too.
        heatmap->compareComboBox()->setCurrentIndex(1);
        QVERIFY(heatmap->canvas()->data().hasPrevious());
        QCOMPARE(document->loadedRoundCount(), 0);
        sameHeatmapAsWhole(*heatmap);

        // Explaining a cell lists its answers: the round is read for it, and the panel says so meanwhile.
        const HeatmapRow& row = heatmap->canvas()->data().initiatives.front();
        const render::HeatmapHit cell{row.initiativeId, row.cells.front().frictionId, false, false};
        heatmap->explainCell(cell);
        QVERIFY(heatmap->explanationPanel()->isVisible());
        QVERIFY(heatmap->explanationPanel()->title().startsWith(QStringLiteral("Reading the answers of")));
        QTRY_VERIFY(!heatmap->explanationPanel()->title().startsWith(QStringLiteral("Reading the answers of")));
        QCOMPARE(document->loadedRoundCount(), 1);
        QVERIFY(document->isLoaded(heatmap->roundComboBox()->currentData().toLongLong()));
        QString error;
        const auto whole = AssessmentDocument::open(m_path, true, &error);
        QVERIFY2(whole, qPrintable(error));
        HeatmapView reference;
        reference.setDocument(whole.get());
        reference.compareComboBox()->setCurrentIndex(1);
        reference.explainCell(cell);
        QCOMPARE(shownTexts(*heatmap->explanationPanel()), shownTexts(*reference.explanationPanel()));
        heatmap->closeExplanation();
        sameHeatmapAsWhole(*heatmap); // now from the round's answers
        QVERIFY(m_errors.isEmpty());
    }

    void openingForWritingOnTheHeatmapReadsNoAnswers()
    {
        MainWindow window;
        QVERIFY(openOnHeatmap(window, false));
        AssessmentDocument* document = window.document();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.heatmapView()->canvas()->data().frictions.empty());
        QTest::qWait(300); // long enough for a read the open would have asked for to be under way
        QCOMPARE(document->loadedRoundCount(), 0);
        QVERIFY(!document->isLoading());
        // The questionnaire's round is read once the questionnaire is shown, and only then.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(window.questionnairePage()->navigator()->round());
        QCOMPARE(document->loadedRoundCount(), 1);
        QVERIFY(document->isLoaded(document->assessment().rounds.back().round.id));
        QVERIFY(m_errors.isEmpty());
    }

    void theHeatmapFollowsAnEditWithNoAnswersRead()
    {
        MainWindow window;
        QVERIFY(openOnHeatmap(window, false));
        AssessmentDocument* document = window.document();
        HeatmapView* heatmap = window.heatmapView();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        // A writable open may read a round for another page; the heatmap shows one not read.
        const auto unread = std::find_if(document->assessment().rounds.begin(), document->assessment().rounds.end(),
                                         [&](const RoundData& r) { return !document->isLoaded(r.round.id); });
        QVERIFY(unread != document->assessment().rounds.end());
        const RoundData& latest = *unread;
        heatmap->roundComboBox()->setCurrentIndex(
            heatmap->roundComboBox()->findData(QVariant::fromValue<qlonglong>(latest.round.id)));
        const int readBefore = document->loadedRoundCount();
        const std::int64_t roundId = latest.round.id;
        const std::int64_t initiativeId = document->assessment().initiatives.front().id;
        const Friction friction = latest.bank.frictions.front();
        std::vector<std::int64_t> respondents;
        for (const Respondent& respondent : latest.respondents) {
            respondents.push_back(respondent.id);
        }
        // Everyone, and the room, says every question of the first friction is fully in place: no friction left.
        for (const Question& question : friction.questions) {
            for (const std::int64_t respondent : respondents) {
                QVERIFY(document->writeAnswer(
                    roundId, initiativeId, question.id, respondent,
                    AnswerRecord{initiativeId, question.id, respondent, Answer::atLevel(4), "", ""}));
            }
            QVERIFY(document->writeConsensus(roundId, initiativeId, question.id,
                                             ConsensusRecord{initiativeId, question.id, Answer::atLevel(4), ""}));
        }
        const HeatmapRow& row = heatmap->canvas()->data().initiatives.front();
        QCOMPARE(row.initiativeId, initiativeId);
        QCOMPARE(row.cells.front().frictionId, friction.id);
        QCOMPARE(row.cells.front().score, std::optional<double>(0.0));
        QCOMPARE(row.cells.front().disagreements, 0);
        QCOMPARE(document->loadedRoundCount(), readBefore);
        QVERIFY(!document->isLoaded(roundId));
        sameHeatmapAsWhole(*heatmap);
        QVERIFY(m_errors.isEmpty());
    }

    void aFileWhoseStoredScoresAreStaleReadsTheRoundForTheHeatmap()
    {
        {
            // A program that writes answers without keeping the scores leaves them marked stale.
            SQLite::Database db(m_path.toStdString(), SQLite::OPEN_READWRITE);
            db.exec("UPDATE answer SET level = 4 - level WHERE kind = 'level' AND initiative_id = "
                    "(SELECT min(id) FROM initiative) AND round_id = (SELECT max(id) FROM round)");
        }
        MainWindow window;
        QVERIFY(openOnHeatmap(window, true));
        AssessmentDocument* document = window.document();
        HeatmapView* heatmap = window.heatmapView();
        QVERIFY(heatmap->canvas()->emptyText().contains(QStringLiteral("Reading the answers")));
        QVERIFY(heatmap->canvas()->data().frictions.empty());
        QVERIFY(!heatmap->findChild<QPushButton*>(QStringLiteral("exportHeatmapPushButton"))->isEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!heatmap->canvas()->data().frictions.empty());
        QCOMPARE(document->loadedRoundCount(), 1);
        QVERIFY(document->isLoaded(document->assessment().rounds.back().round.id));
        sameHeatmapAsWhole(*heatmap);
        QVERIFY(m_errors.isEmpty());
    }

    void pagesWaitVisiblyForTheAnswersAndThenShowWhatTheWholeFileShows()
    {
        MainWindow window;
        window.setErrorReporter([this](const QString& message) { m_errors.append(message); });
        window.resize(1280, 820);
        QVERIFY(window.openFile(m_path, true)); // a review starts on the summary
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* panel = window.findChild<QWidget*>(QStringLiteral("answersLoadingPanel"));
        QVERIFY(panel);
        QTRY_VERIFY(!window.summaryPage()->readinessLabel()->text().isEmpty()); // from the stored scores
        QVERIFY(!panel->isVisible());
        auto lock = std::make_unique<WriterLock>(m_path); // the answers cannot be read yet

        // The engagement shows the latest round: it waits, covered, while the keys work.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("documentTabWidget"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.engagementPage());
        QTRY_VERIFY(panel->isVisible());
        QTRY_VERIFY(window.document()->isLoading()); // asked for from the next turn on
        const auto* progress = panel->findChild<QProgressBar*>();
        QCOMPARE(progress->maximum(), 1);
        QCOMPARE(progress->value(), 0);
        const auto* indicator = window.findChild<QProgressBar*>(QStringLiteral("answersLoadingIndicator"));
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->maximum(), 3);
        QVERIFY(!window.engagementPage()->isEnabled());
        // Ctrl+4 shows the heatmap (from the stored scores: never covered), Ctrl+1 the engagement again.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.heatmapView());
        QTRY_VERIFY(!panel->isVisible());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.engagementPage());
        QTRY_VERIFY(panel->isVisible());

        lock->release();
        QTRY_VERIFY(!panel->isVisible());
        QVERIFY(window.engagementPage()->isEnabled());
        // The report shows every round; reading them all takes several seconds under the sanitizers.
        tabs->setCurrentWidget(window.reportView());
        QTRY_VERIFY_WITH_TIMEOUT(window.document()->isFullyLoaded(), 60000);
        QTRY_VERIFY(!window.findChild<QProgressBar*>(QStringLiteral("answersLoadingIndicator"))->isVisible());

        QString error;
        const auto whole = AssessmentDocument::open(m_path, true, &error);
        QVERIFY2(whole, qPrintable(error));
        // Each page as the window shows it against the same page given the whole file.
        const auto sameAsWhole = [&](QWidget* shown, auto& reference) {
            reference.setDocument(whole.get());
            tabs->setCurrentWidget(shown);
            QVERIFY(showLike(reference, *shown));
            QCOMPARE(shownTexts(*shown), shownTexts(reference));
        };
        SummaryPage summary;
        sameAsWhole(window.summaryPage(), summary);
        EngagementPage engagement;
        sameAsWhole(window.engagementPage(), engagement);
        ActionPlanPage plan;
        sameAsWhole(window.actionPlanPage(), plan);
        QuestionnairePage questionnaire;
        sameAsWhole(window.questionnairePage(), questionnaire);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(m_errors.isEmpty());
    }

    void theSummaryShowsTheSameFromTheStoredScoresAsFromTheAnswers()
    {
        QString error;
        const auto whole = AssessmentDocument::open(m_path, true, &error); // every answer read
        QVERIFY2(whole, qPrintable(error));
        {
            // Stored scores the file trusts: no round's answers are read, for review or for writing.
            for (const bool readOnly : {true, false}) {
                MainWindow window;
                QVERIFY(openOn(window, readOnly, window.summaryPage()));
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                QTRY_VERIFY(!window.summaryPage()->readinessLabel()->text().isEmpty());
                QTest::qWait(100); // long enough for a read the summary would have asked for to be under way
                QCOMPARE(window.document()->loadedRoundCount(), 0);
                QVERIFY(!window.document()->isLoading());
                QVERIFY(window.summaryPage()->waitingRounds().empty());
                sameSummary(*window.summaryPage(), *whole);
            }
        }
        // The same answers, but the stored scores of the first and the latest round marked stale,
        // as a program that writes answers without keeping the scores leaves them: those two
        // rounds' answers are read, the others' are not, and the summary shows the same.
        {
            SQLite::Database db(m_path.toStdString(), SQLite::OPEN_READWRITE);
            db.exec("UPDATE answer SET level = level WHERE initiative_id = (SELECT min(id) FROM initiative) AND "
                    "round_id IN ((SELECT min(id) FROM round), (SELECT max(id) FROM round))");
            QCOMPARE(db.execAndGet("SELECT count(*) FROM score_stale").getInt(), 2);
        }
        MainWindow window;
        QVERIFY(openOn(window, true, window.summaryPage()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SummaryPage* summary = window.summaryPage();
        const std::vector<RoundData>& rounds = window.document()->assessment().rounds;
        QTRY_VERIFY(!summary->readinessLabel()->text().isEmpty());
        QVERIFY(summary->waitingRounds().empty());
        QCOMPARE(window.document()->loadedRoundCount(), 2);
        QVERIFY(window.document()->isLoaded(rounds.front().round.id));
        QVERIFY(window.document()->isLoaded(rounds.back().round.id));
        sameSummary(*summary, *whole);
        QVERIFY(m_errors.isEmpty());
    }

    void thePrintedSummaryWaitsForItsAnswersWithThePageUsable()
    {
        MainWindow window;
        QVERIFY(openOn(window, true, window.summaryPage()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SummaryPage* summary = window.summaryPage();
        QTRY_VERIFY(!summary->readinessLabel()->text().isEmpty());
        QCOMPARE(window.document()->loadedRoundCount(), 0);
        QVERIFY(!summary->summaryReport()); // made from the answers, none read yet
        auto* exportButton = summary->findChild<QPushButton*>(QStringLiteral("exportSummaryPushButton"));
        auto* reading = summary->findChild<QLabel*>(QStringLiteral("summaryReadingLabel"));
        QVERIFY(exportButton->isEnabled());
        QVERIFY(!reading->isVisible());

        // Export: the file is chosen first, then the two rounds are read and the PDF written.
        const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
        QFile::remove(pdf);
        QTimer::singleShot(0, this, [pdf] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->selectFile(pdf);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        auto lock = std::make_unique<WriterLock>(m_path);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(reading->isVisible());
        QVERIFY(!exportButton->isEnabled()); // once at a time
        QVERIFY(summary->isEnabled());       // the page stays usable
        summary->functionComboBox()->setCurrentIndex(1);
        QVERIFY(summary->figures().filtered);
        QVERIFY(!QFile::exists(pdf));
        lock->release();
        QTRY_VERIFY(QFile::exists(pdf));
        QVERIFY(!reading->isVisible());
        QVERIFY(exportButton->isEnabled());
        QCOMPARE(window.document()->loadedRoundCount(), 2); // the latest round and the one before
        QVERIFY(summary->summaryReport());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(m_errors.isEmpty());
    }

    void eachPageReadsOnlyTheRoundsItShows()
    {
        MainWindow window;
        window.setErrorReporter([this](const QString& message) { m_errors.append(message); });
        window.resize(1280, 820);
        QVERIFY(window.openFile(m_path, false)); // editing starts on the engagement
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AssessmentDocument* document = window.document();
        const std::vector<RoundData>& rounds = document->assessment().rounds;
        const std::int64_t first = rounds.front().round.id;
        const std::int64_t middle = rounds[1].round.id;
        const std::int64_t latest = rounds.back().round.id;
        auto* panel = window.findChild<QWidget*>(QStringLiteral("answersLoadingPanel"));
        EngagementPage* engagement = window.engagementPage();
        QTRY_VERIFY(engagement->initiativeModel()->rowCount() > 0); // it has the document
        QVERIFY(!panel->isVisible());
        QVERIFY(document->isLoaded(latest));
        QCOMPARE(document->loadedRoundCount(), 1);

        // The action plan and the questionnaire show the latest round too: nothing more is read.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QuestionnairePage* questionnaire = window.questionnairePage();
        QTRY_COMPARE(questionnaire->roundId(), latest);
        QTest::qWait(50);
        QVERIFY(!panel->isVisible());
        QCOMPARE(document->loadedRoundCount(), 1);

        // Another round chosen on the questionnaire: covered, disabled, until its answers are in.
        auto lock = std::make_unique<WriterLock>(m_path);
        auto* roundCombo = questionnaire->findChild<QComboBox*>(QStringLiteral("roundComboBox"));
        QVERIFY(roundCombo);
        chooseRound(*roundCombo, first);
        QCOMPARE(questionnaire->roundId(), first);
        QVERIFY(panel->isVisible()); // at once, before the page paints the round
        QVERIFY(!questionnaire->isEnabled());
        QVERIFY(!document->isLoaded(first));
        lock->release();
        QTRY_VERIFY(!panel->isVisible());
        QVERIFY(questionnaire->isEnabled());
        QVERIFY(document->isLoaded(first));
        QVERIFY(!document->isLoaded(middle)); // never shown, never read

        QString error;
        const auto whole = AssessmentDocument::open(m_path, true, &error);
        QVERIFY2(whole, qPrintable(error));
        QuestionnairePage reference;
        reference.setDocument(whole.get());
        reference.showInitiative(questionnaire->initiativeId(), first);
        reference.setRespondent(questionnaire->respondentId());
        QVERIFY(showLike(reference, *questionnaire));
        QCOMPARE(reference.currentQuestionId(), questionnaire->currentQuestionId());
        QCOMPARE(shownTexts(*questionnaire), shownTexts(reference));

        // The engagement compares the last two rounds once Compare Rounds is shown: the middle
        // one is read then, and the page waits for it.
        window.findChild<QTabWidget*>(QStringLiteral("documentTabWidget"))->setCurrentWidget(engagement);
        QVERIFY(!panel->isVisible());
        auto* inner = engagement->findChild<QTabWidget*>(QStringLiteral("engagementTabWidget"));
        lock = std::make_unique<WriterLock>(m_path);
        inner->setCurrentWidget(engagement->comparisonView());
        QVERIFY(panel->isVisible());
        QVERIFY(!engagement->isEnabled());
        lock->release();
        QTRY_VERIFY(!panel->isVisible());
        QVERIFY(document->isLoaded(middle));
        QCOMPARE(document->loadedRoundCount(), 3);
        EngagementPage engagementReference;
        engagementReference.setDocument(whole.get());
        engagementReference.findChild<QTabWidget*>(QStringLiteral("engagementTabWidget"))
            ->setCurrentWidget(engagementReference.comparisonView());
        QVERIFY(showLike(engagementReference, *engagement));
        QCOMPARE(shownTexts(*engagement->comparisonView()), shownTexts(*engagementReference.comparisonView()));
        QVERIFY(m_errors.isEmpty());
    }

    void anEditWhileTheShownRoundLoadsIsShownOnceAndKeptOnce()
    {
        MainWindow window;
        window.setErrorReporter([this](const QString& message) { m_errors.append(message); });
        QVERIFY(window.openFile(m_path, false));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AssessmentDocument* document = window.document();
        QTRY_VERIFY(window.engagementPage()->initiativeModel()->rowCount() > 0);
        const RoundData& firstRound = document->assessment().rounds.front();
        const std::int64_t first = firstRound.round.id;
        const std::int64_t initiativeId = document->assessment().initiatives.front().id;
        const std::string questionId = firstRound.bank.frictions.front().questions.front().id;
        const std::int64_t respondentId = firstRound.respondents.front().id;

        auto lock = std::make_unique<WriterLock>(m_path);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QuestionnairePage* questionnaire = window.questionnairePage();
        QTRY_VERIFY(questionnaire->navigator()->round());
        auto* roundCombo = questionnaire->findChild<QComboBox*>(QStringLiteral("roundComboBox"));
        chooseRound(*roundCombo, first);
        QVERIFY(!document->isLoaded(first));
        lock->release(); // the read is under way while the edit is made
        const std::optional<AnswerRecord> before = document->answerOf(first, initiativeId, questionId, respondentId);
        const Answer changed = Answer::atLevel(before && before->answer.level == 4 ? 1 : 4);
        edit::setAnswer(*document, first, initiativeId, questionId, respondentId, changed);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QTRY_VERIFY(document->isLoaded(first));
        QCOMPARE(document->answerOf(first, initiativeId, questionId, respondentId)->answer, changed);
        const RoundData& loaded = *document->round(first);
        QCOMPARE(std::count_if(loaded.answers.begin(), loaded.answers.end(),
                               [&](const AnswerRecord& record) {
                                   return record.initiativeId == initiativeId && record.questionId == questionId &&
                                          record.respondentId == respondentId;
                               }),
                 1);
        document->needAll();
        QTRY_VERIFY(document->isFullyLoaded());
        QCOMPARE(test::canonicalJson(document->assessment()), fileJson(m_path));
        QVERIFY(m_errors.isEmpty());
    }

    void presentationModeAskedWhileTheRoundLoadsStartsOnceItIsIn()
    {
        MainWindow window;
        window.setErrorReporter([this](const QString& message) { m_errors.append(message); });
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction* present = presentAction(window);
        QVERIFY(present);
        // F5 in the same turn as the open: no round's answers have arrived yet.
        QVERIFY(window.openFile(m_path, false));
        present->trigger();
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("documentTabWidget"));
        QCOMPARE(tabs->currentWidget(), window.questionnairePage());
        QVERIFY(!window.isPresenting()); // not on answers still being read
        QVERIFY(present->isChecked());   // but asked for
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("answersLoadingPanel"))->isVisible());
        QTRY_VERIFY(window.isPresenting());
        QVERIFY(window.presentationWindow());
        QCOMPARE(window.document()->loadedRoundCount(), 1);
        present->trigger();
        QVERIFY(!window.isPresenting());

        // Asked for and taken back while reading: nothing starts.
        window.closeFile();
        QVERIFY(window.openFile(m_path, false));
        present->trigger();
        present->trigger();
        QVERIFY(!present->isChecked());
        QTRY_VERIFY(window.questionnairePage()->navigator()->round() != nullptr);
        QTest::qWait(50);
        QVERIFY(!window.isPresenting());
        // Nor when the file is closed meanwhile.
        window.closeFile();
        QVERIFY(window.openFile(m_path, false));
        present->trigger();
        window.closeFile();
        QTest::qWait(100);
        QVERIFY(!window.isPresenting());
        QVERIFY(!window.presentationWindow());
        QVERIFY(!present->isChecked());
        QVERIFY(m_errors.isEmpty());
    }

    void closingTheWindowWhileAnswersLoadIsClean()
    {
        {
            MainWindow window;
            window.setErrorReporter([this](const QString& message) { m_errors.append(message); });
            QVERIFY(window.openFile(m_path, true));
            WriterLock lock(m_path);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY(window.document()->isLoading());
            QElapsedTimer closing;
            closing.start();
            window.close();
            window.closeFile();
            QVERIFY2(closing.elapsed() < 1000, "closing waited for the read");
            QVERIFY(!window.document());
        }
        QTest::qWait(20);
        QVERIFY(m_errors.isEmpty());
    }

private:
    // Opens the file in `window` on `page`, in the same turn, before the window shows.
    bool openOn(MainWindow& window, bool readOnly, QWidget* page)
    {
        window.setErrorReporter([this](const QString& message) { m_errors.append(message); });
        window.resize(1280, 820);
        if (!window.openFile(m_path, readOnly)) {
            return false;
        }
        window.findChild<QTabWidget*>(QStringLiteral("documentTabWidget"))->setCurrentWidget(page);
        return true;
    }
    bool openOnHeatmap(MainWindow& window, bool readOnly) { return openOn(window, readOnly, window.heatmapView()); }

    // The summary shown holds the same values as the summary of `whole` (every answer read): its
    // figures, texts and lists, unfiltered and filtered, and the trend of every subject charted.
    void sameSummary(SummaryPage& shown, AssessmentDocument& whole)
    {
        SummaryPage reference;
        reference.setDocument(&whole);
        QVERIFY(showLike(reference, shown));
        for (int function = 0; function < std::min(3, shown.functionComboBox()->count()); ++function) {
            shown.functionComboBox()->setCurrentIndex(function);
            reference.functionComboBox()->setCurrentIndex(function);
            const SummaryFigures& a = shown.figures();
            const SummaryFigures& b = reference.figures();
            QCOMPARE(a.filtered, b.filtered);
            QCOMPARE(a.initiatives, b.initiatives);
            QCOMPARE(a.scored, b.scored);
            QCOMPARE(a.readiness, b.readiness);
            QCOMPARE(a.previousReadiness, b.previousReadiness);
            QCOMPARE(a.coverage, b.coverage);
            QCOMPARE(a.thinCells, b.thinCells);
            QCOMPARE(a.worstFrictions.size(), b.worstFrictions.size());
            for (std::size_t i = 0; i < b.worstFrictions.size(); ++i) {
                QCOMPARE(a.worstFrictions[i].frictionId, b.worstFrictions[i].frictionId);
                QCOMPARE(a.worstFrictions[i].score, b.worstFrictions[i].score);
                QCOMPARE(a.worstFrictions[i].worstInitiativeId, b.worstFrictions[i].worstInitiativeId);
                QCOMPARE(a.worstFrictions[i].worstScore, b.worstFrictions[i].worstScore);
            }
            QCOMPARE(a.ranked.size(), b.ranked.size());
            for (std::size_t row = 0; row < b.ranked.size(); ++row) {
                sameRow(a.ranked[row], b.ranked[row]);
            }
            QCOMPARE(shownTexts(shown), shownTexts(reference));
        }
        shown.functionComboBox()->setCurrentIndex(0);
        QComboBox* subjects = shown.chartSubjectComboBox();
        QCOMPARE(subjects->count(), reference.chartSubjectComboBox()->count());
        QVERIFY(subjects->count() > 1);
        for (int subject = 0; subject < subjects->count(); ++subject) {
            subjects->setCurrentIndex(subject);
            reference.chartSubjectComboBox()->setCurrentIndex(subject);
            const auto* mine = dynamic_cast<const render::TrendChartPainter*>(shown.trendChart()->chart());
            const auto* theirs = dynamic_cast<const render::TrendChartPainter*>(reference.trendChart()->chart());
            QVERIFY(mine && theirs);
            QCOMPARE(mine->trend().initiativeId, theirs->trend().initiativeId);
            QCOMPARE(mine->trend().points.size(), whole.assessment().rounds.size());
            QCOMPARE(mine->trend().readinessSeries(), theirs->trend().readinessSeries());
            for (const HeatmapColumn& friction : theirs->trend().frictions) {
                QCOMPARE(mine->trend().series(friction.frictionId), theirs->trend().series(friction.frictionId));
            }
        }
    }

    // The heatmap shown equals, cell by cell, the one the file gives with every answer read.
    void sameHeatmapAsWhole(HeatmapView& shown)
    {
        QString error;
        const auto whole = AssessmentDocument::open(m_path, true, &error);
        QVERIFY2(whole, qPrintable(error));
        HeatmapView reference;
        reference.setDocument(whole.get());
        reference.roundComboBox()->setCurrentIndex(shown.roundComboBox()->currentIndex());
        reference.compareComboBox()->setCurrentIndex(shown.compareComboBox()->currentIndex());
        const auto withoutExplanation = [](const HeatmapView& view) {
            QStringList texts = shownTexts(view);
            for (const QString& text : shownTexts(*view.explanationPanel())) {
                texts.removeOne(text);
            }
            return texts;
        };
        QCOMPARE(withoutExplanation(shown), withoutExplanation(reference));
        const HeatmapData& mine = shown.canvas()->data();
        const HeatmapData& theirs = reference.canvas()->data();
        QCOMPARE(mine.previousRoundName, theirs.previousRoundName);
        QCOMPARE(mine.initiatives.size(), theirs.initiatives.size());
        for (std::size_t row = 0; row <= theirs.initiatives.size(); ++row) {
            const HeatmapRow& a = row < mine.initiatives.size() ? mine.initiatives[row] : mine.portfolio;
            const HeatmapRow& b = row < theirs.initiatives.size() ? theirs.initiatives[row] : theirs.portfolio;
            sameRow(a, b);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }

    std::unique_ptr<AssessmentDocument> open(bool readOnly)
    {
        QString error;
        auto document = AssessmentDocument::open(m_path, readOnly, &error, AssessmentDocument::Loading::OnDemand);
        if (!document) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        connect(document.get(), &AssessmentDocument::failed, this,
                [this](const QString& message) { m_errors.append(message); });
        return document;
    }

    QTemporaryDir m_dir;
    QString m_original;
    QString m_path;
    QStringList m_errors;
};

QTEST_MAIN(LazyOpenTest)
#include "lazy_open_test.moc"
