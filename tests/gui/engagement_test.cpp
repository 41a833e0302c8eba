// SPDX-License-Identifier: Apache-2.0
// The engagement page: initiatives, rounds and respondents edited through the real widgets.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/engagement/engagement_page.h"
#include "app/engagement/initiative_dialog.h"
#include "app/engagement/initiative_model.h"
#include "app/engagement/organization_editor.h"
#include "app/engagement/respondent_dialog.h"
#include "app/engagement/respondent_model.h"
#include "app/engagement/round_comparison_model.h"
#include "app/engagement/round_comparison_view.h"
#include "app/engagement/round_dialog.h"
#include "app/engagement/round_model.h"
#include "app/engagement/targets_dialog.h"
#include "app/workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

class EngagementTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("engagement.lastmile"));
        QFile::remove(m_path);
        QString error;
        QVERIFY2(Workspace::writeDemo(m_path, &error), qPrintable(error));
    }

    void addsEditsArchivesAndUndoesAnInitiative()
    {
        auto document = open(false);
        EngagementPage page;
        page.setDocument(document.get());
        testModels(page);
        const int before = int(document->assessment().initiatives.size());
        QCOMPARE(page.initiativeModel()->rowCount(), before);

        click(page, "addInitiativePushButton");
        auto* add = qobject_cast<InitiativeDialog*>(page.openDialog());
        QVERIFY(add);
        QPushButton* ok = add->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no name yet
        add->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Returns triage"));
        QVERIFY(ok->isEnabled());
        add->findChild<QLineEdit*>(QStringLiteral("businessFunctionLineEdit"))->setText(QStringLiteral("Logistics"));
        add->findChild<QLineEdit*>(QStringLiteral("ownerLineEdit"))->setText(QStringLiteral("Dana Ortiz"));
        setStage(add, Stage::Idea);
        add->findChild<QPlainTextEdit*>(QStringLiteral("targetOutcomePlainTextEdit"))
            ->setPlainText(QStringLiteral("Return authorizations decided within a day"));
        ok->click();

        QCOMPARE(int(document->assessment().initiatives.size()), before + 1);
        QCOMPARE(page.initiativeModel()->rowCount(), before + 1);
        const Initiative added = document->assessment().initiatives.back();
        QCOMPARE(added.name, std::string("Returns triage"));
        QCOMPARE(added.owner, std::string("Dana Ortiz"));
        QCOMPARE(added.stage, Stage::Idea);
        QCOMPARE(page.selectedInitiativeId(), added.id);

        click(page, "editInitiativePushButton");
        auto* edit = qobject_cast<InitiativeDialog*>(page.openDialog());
        QVERIFY(edit);
        QCOMPARE(edit->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text(), QStringLiteral("Returns triage"));
        setStage(edit, Stage::Scaling);
        edit->accept();
        QCOMPARE(document->initiative(added.id)->stage, Stage::Scaling);
        const int row = page.initiativeModel()->rowOf(added.id);
        QCOMPARE(page.initiativeModel()->index(row, InitiativeModel::StageColumn).data().toString(),
                 QStringLiteral("Scaling"));

        click(page, "archiveInitiativePushButton");
        QVERIFY(document->initiative(added.id)->archived);
        QCOMPARE(page.initiativeModel()->index(row, InitiativeModel::StatusColumn).data().toString(),
                 QStringLiteral("Archived"));
        QCOMPARE(button(page, "archiveInitiativePushButton")->text(), QStringLiteral("&Restore"));
        QCOMPARE(page.selectedInitiativeId(), added.id); // the selection survives the edit

        document->undoStack()->undo();
        QVERIFY(!document->initiative(added.id)->archived);
        QCOMPARE(page.initiativeModel()->index(row, InitiativeModel::StatusColumn).data().toString(),
                 QStringLiteral("Active"));

        page.setDocument(nullptr);
        document.reset();
        auto reopened = open(true);
        const Initiative* stored = reopened->initiative(added.id);
        QVERIFY(stored);
        QCOMPARE(stored->stage, Stage::Scaling);
        QVERIFY(!stored->archived);
        QCOMPARE(stored->targetOutcome, std::string("Return authorizations decided within a day"));
    }

    void startingARoundCopiesTheRespondents()
    {
        auto document = open(false);
        EngagementPage page;
        page.setDocument(document.get());
        testModels(page);
        const RoundData previous = document->assessment().rounds.back();
        QVERIFY(!previous.respondents.empty());
        QCOMPARE(page.selectedRoundId(), previous.round.id);

        click(page, "newRoundPushButton");
        auto* dialog = qobject_cast<RoundDialog*>(page.openDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("copyRespondentsCheckBox"))->isChecked());
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("2026-Q3 follow-up"));
        dialog->accept();

        const RoundData created = document->assessment().rounds.back(); // a copy: edits reload the document
        QCOMPARE(created.round.name, std::string("2026-Q3 follow-up"));
        QCOMPARE(created.bank.id, previous.bank.id);
        QCOMPARE(created.bank.contentVersion, previous.bank.contentVersion);
        QCOMPARE(names(created), names(previous));
        QCOMPARE(page.selectedRoundId(), created.round.id);
        QCOMPARE(page.respondentModel()->rowCount(), int(previous.respondents.size()));
        const int roundRow = page.roundModel()->rowOf(created.round.id);
        QCOMPARE(page.roundModel()->index(roundRow, RoundModel::RespondentsColumn).data().toString(),
                 QString::number(previous.respondents.size()));

        // A respondent added to the new round, then given another role.
        click(page, "addRespondentPushButton");
        auto* add = qobject_cast<RespondentDialog*>(page.openDialog());
        QVERIFY(add);
        QPushButton* ok = add->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        add->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))
            ->setText(QString::fromStdString(previous.respondents.front().name));
        QVERIFY(!ok->isEnabled()); // the name is taken in this round
        add->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Sam Lee"));
        add->findChild<QLineEdit*>(QStringLiteral("roleLineEdit"))->setText(QStringLiteral("Planner"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(page.respondentModel()->rowCount(), int(previous.respondents.size()) + 1);
        const std::int64_t sam = document->round(created.round.id)->respondents.back().id;
        QCOMPARE(page.respondentModel()->index(page.respondentModel()->rowOf(sam), 0).data().toString(),
                 QStringLiteral("Sam Lee"));

        page.findChild<QTableView*>(QStringLiteral("respondentsTableView"))
            ->selectRow(page.respondentModel()->rowOf(sam));
        click(page, "editRespondentPushButton");
        auto* edit = qobject_cast<RespondentDialog*>(page.openDialog());
        QVERIFY(edit);
        edit->findChild<QLineEdit*>(QStringLiteral("roleLineEdit"))->setText(QStringLiteral("Head of planning"));
        edit->accept();
        QCOMPARE(document->round(created.round.id)->respondents.back().role, std::string("Head of planning"));
    }

    void comparesReadinessBetweenRounds()
    {
        auto document = open(true);
        EngagementPage page;
        page.setDocument(document.get());
        const Assessment& assessment = document->assessment();
        QVERIFY(assessment.rounds.size() >= 2);
        const RoundComparisonModel* model = page.comparisonView()->model();
        const RoundData& from = assessment.rounds[assessment.rounds.size() - 2];
        const RoundData& to = assessment.rounds.back();
        QCOMPARE(page.comparisonView()->fromComboBox()->currentText(), QString::fromStdString(from.round.name));
        QCOMPARE(page.comparisonView()->toComboBox()->currentText(), QString::fromStdString(to.round.name));

        const std::vector<InitiativeScore> before = scoreRound(assessment, from);
        const std::vector<InitiativeScore> after = scoreRound(assessment, to);
        QCOMPARE(model->rowCount(), int(after.size()) + 1); // the portfolio, then each active initiative
        const auto a = std::lround(*scorePortfolio(from.bank, before).readiness);
        const auto b = std::lround(*scorePortfolio(to.bank, after).readiness);
        QCOMPARE(model->index(0, RoundComparisonModel::FromColumn).data().toString(), QString::number(a));
        QCOMPARE(model->index(0, RoundComparisonModel::ToColumn).data().toString(), QString::number(b));
        const QString change = model->index(0, RoundComparisonModel::ChangeColumn).data().toString();
        QCOMPARE(change, b > a   ? QStringLiteral("↑ %1").arg(b - a)
                         : b < a ? QStringLiteral("↓ %1").arg(a - b)
                                 : QStringLiteral("unchanged"));
    }

    void aReadOnlyDocumentDisablesEveryEdit()
    {
        auto document = open(true);
        QVERIFY(document->isReadOnly());
        EngagementPage page;
        page.setDocument(document.get());
        testModels(page);
        QVERIFY(page.selectedInitiativeId() != 0);
        QVERIFY(page.selectedRoundId() != 0);
        for (const char* name : {"addInitiativePushButton", "editInitiativePushButton", "archiveInitiativePushButton",
                                 "newRoundPushButton", "addRespondentPushButton", "editRespondentPushButton"}) {
            QVERIFY2(!button(page, name)->isEnabled(), name);
        }
        QVERIFY(button(page, "answerPushButton")->isEnabled()); // reviewing the answers is no edit
        QVERIFY(page.organizationEditor()->nameLineEdit()->isReadOnly());
        QVERIFY(page.organizationEditor()->sectorLineEdit()->isReadOnly());
        QVERIFY(page.organizationEditor()->notesPlainTextEdit()->isReadOnly());

        const int undoSteps = document->undoStack()->count();
        page.addInitiative();
        page.editInitiative();
        page.startRound();
        page.addRespondent();
        page.toggleArchived();
        QVERIFY(!page.openDialog());
        QCOMPARE(document->undoStack()->count(), undoSteps);
        QCOMPARE(page.initiativeModel()->rowCount(), int(document->assessment().initiatives.size()));
    }

    void typingTheOrganizationNameIsOneUndoStep()
    {
        auto document = open(false);
        EngagementPage page;
        page.show();
        page.setDocument(document.get());
        QLineEdit* name = page.organizationEditor()->nameLineEdit();
        QCOMPARE(name->text(), QString::fromStdString(document->assessment().organization.name));
        const int steps = document->undoStack()->count();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Acme Logistics"));
        QTest::keyClick(name, Qt::Key_Return); // finishes editing
        QTRY_COMPARE(document->assessment().organization.name, std::string("Acme Logistics"));
        QCOMPARE(document->undoStack()->count(), steps + 1);
        document->undoStack()->undo();
        QVERIFY(name->text() != QStringLiteral("Acme Logistics")); // the field follows the undo
    }

    void namesAreShownAsPlainText()
    {
        auto document = open(false);
        EngagementPage page;
        page.setDocument(document.get());
        Initiative markup;
        markup.name = "<b>x</b>";
        markup.targetOutcome = "<i>fewer</i> errors";
        const auto id = edit::addInitiative(*document, markup);
        QVERIFY(id);
        page.selectInitiative(*id);
        const int row = page.initiativeModel()->rowOf(*id);
        QCOMPARE(page.initiativeModel()->index(row, InitiativeModel::NameColumn).data().toString(),
                 QStringLiteral("<b>x</b>"));
        auto* label = page.findChild<QLabel*>(QStringLiteral("initiativeNameLabel"));
        QCOMPARE(label->text(), QStringLiteral("<b>x</b>"));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        auto* detail = page.findChild<QLabel*>(QStringLiteral("initiativeDetailLabel"));
        QVERIFY(detail->text().contains(QStringLiteral("<i>fewer</i> errors")));
        QCOMPARE(detail->textFormat(), Qt::PlainText);
    }

    void setsATargetAndShowsItAgainstTheScore()
    {
        auto document = open(false);
        EngagementPage page;
        page.setDocument(document.get());
        testModels(page);
        const std::int64_t initiative = page.selectedInitiativeId();
        QVERIFY(initiative != 0);
        const std::string friction = "process_debt";
        edit::clearTarget(*document, initiative, friction);
        const int steps = document->undoStack()->count();

        click(page, "targetsPushButton");
        auto* dialog = qobject_cast<TargetsDialog*>(page.openDialog());
        QVERIFY(dialog);
        QSpinBox* spin = dialog->targetSpinBox(friction);
        QVERIFY(spin && spin->isEnabled());
        QCOMPARE(spin->value(), -1); // "No target"
        QCOMPARE(spin->text(), QStringLiteral("No target"));
        spin->setValue(0);
        QVERIFY(dialog->gapText(friction).contains(QStringLiteral("to go")) ||
                dialog->gapText(friction).contains(QStringLiteral("met")));
        spin->setValue(100);
        QVERIFY(dialog->gapText(friction).contains(QStringLiteral("target met")));
        spin->setValue(20);
        dialog->accept();

        QCOMPARE(document->target(initiative, friction), std::optional<double>(20.0));
        QCOMPARE(document->undoStack()->count(), steps + 1); // one step for the dialog
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("initiativeDetailLabel"))
                    ->text()
                    .contains(QStringLiteral("Targets:")));

        click(page, "targetsPushButton");
        auto* again = qobject_cast<TargetsDialog*>(page.openDialog());
        QVERIFY(again);
        QCOMPARE(again->targetSpinBox(friction)->value(), 20);
        again->reject();

        document->undoStack()->undo();
        QVERIFY(!document->target(initiative, friction));
        document->undoStack()->redo();

        page.setDocument(nullptr);
        document.reset();
        auto reopened = open(true);
        QCOMPARE(reopened->target(initiative, friction), std::optional<double>(20.0));
        EngagementPage review;
        review.setDocument(reopened.get());
        review.selectInitiative(initiative);
        click(review, "targetsPushButton");
        auto* shown = qobject_cast<TargetsDialog*>(review.openDialog());
        QVERIFY(shown);
        QCOMPARE(shown->targetSpinBox(friction)->value(), 20);
        QVERIFY(!shown->targetSpinBox(friction)->isEnabled());
    }

private:
    std::unique_ptr<AssessmentDocument> open(bool readOnly)
    {
        QString error;
        auto document = AssessmentDocument::open(m_path, readOnly, &error);
        if (!document) {
            qWarning("%s", qPrintable(error));
        }
        return document;
    }

    void testModels(EngagementPage& page)
    {
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        m_testers.clear();
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(page.initiativeModel(), Mode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(page.roundModel(), Mode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(page.respondentModel(), Mode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(page.comparisonView()->model(), Mode::QtTest));
    }

    static QPushButton* button(EngagementPage& page, const char* name)
    {
        return page.findChild<QPushButton*>(QString::fromLatin1(name));
    }

    static void click(EngagementPage& page, const char* name)
    {
        QPushButton* found = button(page, name);
        QVERIFY2(found && found->isEnabled(), name);
        found->click();
    }

    static void setStage(QDialog* dialog, Stage stage)
    {
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("stageComboBox"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(stage)));
        QVERIFY(combo->currentIndex() >= 0);
    }

    static std::vector<std::pair<std::string, std::string>> names(const RoundData& round)
    {
        std::vector<std::pair<std::string, std::string>> result;
        for (const Respondent& respondent : round.respondents) {
            result.emplace_back(respondent.name, respondent.role);
        }
        std::sort(result.begin(), result.end());
        return result;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(EngagementTest)
#include "engagement_test.moc"
