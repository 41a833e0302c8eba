// SPDX-License-Identifier: Apache-2.0
// The action plan page: actions added from recommendations, edited, reordered, deleted and
// filtered through the real widgets, each edit undoable and in the file when it is reopened.
#include "app/assessment_document.h"
#include "app/edit.h"
#include "app/plan/action_dialog.h"
#include "app/plan/action_filter_model.h"
#include "app/plan/action_model.h"
#include "app/plan/action_plan_page.h"
#include "app/plan/recommendation_dialog.h"
#include "app/workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace lastmile;
using namespace lastmile::app;

class ActionPlanTest : public QObject
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
        m_path = m_dir.filePath(QStringLiteral("plan.lastmile"));
        QFile::remove(m_path);
        QString error;
        QVERIFY2(Workspace::writeDemo(m_path, &error), qPrintable(error));
    }

    void addsFromRecommendationEditsUndoesAndReopens()
    {
        auto document = open(false);
        QVERIFY(document);
        ActionPlanPage page;
        page.setDocument(document.get());
        testModels(page);
        const int before = int(document->assessment().actions.size());
        QCOMPARE(page.actionModel()->rowCount(), before);

        // The first initiative with a recommendation no action was made from yet.
        click(page, "recommendPushButton");
        auto* picker = qobject_cast<RecommendationDialog*>(page.openDialog());
        QVERIFY(picker);
        auto* initiatives = picker->findChild<QComboBox*>(QStringLiteral("initiativeComboBox"));
        auto* frictions = picker->findChild<QComboBox*>(QStringLiteral("frictionComboBox"));
        QTreeWidget* list = picker->recommendationsView();
        bool found = false;
        for (int i = 0; i < initiatives->count() && !found; ++i) {
            initiatives->setCurrentIndex(i);
            for (int f = 0; f < frictions->count() && !found; ++f) {
                frictions->setCurrentIndex(f);
                for (int row = 0; row < list->topLevelItemCount() && !found; ++row) {
                    if (!list->topLevelItem(row)->data(0, RecommendationDialog::kPlannedRole).toBool()) {
                        list->setCurrentItem(list->topLevelItem(row));
                        found = true;
                    }
                }
            }
        }
        QVERIFY(found);
        const Action chosen = picker->chosenAction();
        QVERIFY(!chosen.recommendationId.empty());
        QVERIFY(!chosen.owner.empty());
        picker->accept();

        auto* dialog = qobject_cast<ActionDialog*>(page.openDialog());
        QVERIFY(dialog);
        auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("textPlainTextEdit"));
        QCOMPARE(text->toPlainText(), QString::fromStdString(chosen.text));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("ownerLineEdit"))->text(),
                 QString::fromStdString(chosen.owner));
        text->setPlainText(text->toPlainText() + QStringLiteral(" Start with the claims team."));
        okButton(dialog)->click();

        QCOMPARE(int(document->assessment().actions.size()), before + 1);
        const Action added = document->assessment().actions.back();
        QCOMPARE(added.recommendationId, chosen.recommendationId);
        QCOMPARE(added.initiativeId, chosen.initiativeId);
        QVERIFY(added.text.ends_with("Start with the claims team."));
        QCOMPARE(page.selectedActionId(), added.id);
        QCOMPARE(page.actionModel()->rowCount(), before + 1);

        // The picker now marks that recommendation as planned.
        auto* again = new RecommendationDialog(document->assessment(), added.initiativeId, &page);
        again->setFriction(added.frictionId);
        bool marked = false;
        for (int row = 0; row < again->recommendationsView()->topLevelItemCount(); ++row) {
            again->recommendationsView()->setCurrentItem(again->recommendationsView()->topLevelItem(row));
            if (again->chosenAction().recommendationId == added.recommendationId) {
                marked = again->recommendationsView()
                             ->topLevelItem(row)
                             ->data(0, RecommendationDialog::kPlannedRole)
                             .toBool();
            }
        }
        QVERIFY(marked);
        delete again;

        // A new owner, undone.
        click(page, "editActionPushButton");
        auto* edit = qobject_cast<ActionDialog*>(page.openDialog());
        QVERIFY(edit);
        edit->findChild<QLineEdit*>(QStringLiteral("ownerLineEdit"))->setText(QStringLiteral("Priya Nair"));
        okButton(edit)->click();
        QCOMPARE(document->action(added.id)->owner, std::string("Priya Nair"));
        const int row = page.actionModel()->rowOf(added.id);
        QCOMPARE(page.actionModel()->index(row, ActionModel::OwnerColumn).data().toString(),
                 QStringLiteral("Priya Nair"));
        document->undoStack()->undo();
        QCOMPARE(document->action(added.id)->owner, chosen.owner);
        QCOMPARE(page.actionModel()->index(row, ActionModel::OwnerColumn).data().toString(),
                 QString::fromStdString(chosen.owner));

        page.selectAction(added.id);
        click(page, "markDonePushButton");
        QCOMPARE(document->action(added.id)->status, ActionStatus::Done);
        QVERIFY(!button(page, "markDonePushButton")->isEnabled());

        page.setDocument(nullptr);
        document.reset();
        auto reopened = open(true);
        const Action* stored = reopened->action(added.id);
        QVERIFY(stored);
        QCOMPARE(stored->status, ActionStatus::Done);
        QCOMPARE(stored->owner, chosen.owner);
        QCOMPARE(stored->recommendationId, chosen.recommendationId);
        QCOMPARE(reopened->actionIndex(added.id), before);
    }

    void deleteAndUndoRestoresThePosition()
    {
        auto document = open(false);
        ActionPlanPage page;
        page.setDocument(document.get());
        testModels(page);
        QVERIFY(document->assessment().actions.size() >= 3);
        const Action middle = document->assessment().actions[1];
        page.selectAction(middle.id);
        click(page, "deleteActionPushButton");
        QVERIFY(!document->action(middle.id));
        QCOMPARE(page.actionModel()->rowOf(middle.id), -1);

        document->undoStack()->undo();
        QCOMPARE(document->actionIndex(middle.id), 1);
        QCOMPARE(page.actionModel()->rowOf(middle.id), 1);
        QCOMPARE(document->action(middle.id)->text, middle.text);
        document->undoStack()->redo();
        QVERIFY(!document->action(middle.id));
        document->undoStack()->undo();

        // Reordered: the third action moves up, then back down by undo.
        const std::int64_t third = document->assessment().actions[2].id;
        page.selectAction(third);
        click(page, "moveUpPushButton");
        QCOMPARE(document->actionIndex(third), 1);
        QCOMPARE(page.selectedActionId(), third);
        document->undoStack()->undo();
        QCOMPARE(document->actionIndex(third), 2);

        page.setDocument(nullptr);
        document.reset();
        auto reopened = open(true);
        QCOMPARE(reopened->actionIndex(middle.id), 1);
        QCOMPARE(reopened->actionIndex(third), 2);
    }

    void overdueActionsStandOutAndFilter()
    {
        auto document = open(false);
        ActionPlanPage page;
        page.setDocument(document.get());
        testModels(page);
        page.actionModel()->setToday(QDate(2030, 6, 1));
        const std::int64_t initiative = document->assessment().initiatives.front().id;
        Action late{0,      initiative,   "process_debt",           "Map the approval steps",
                    "Dana", "2030-05-01", ActionStatus::InProgress, {},
                    {}};
        Action finished = late;
        finished.text = "Retire the old intake form";
        finished.status = ActionStatus::Done;
        Action future = late;
        future.text = "Pilot the new intake";
        future.due = "2030-07-01";
        const auto lateId = edit::addAction(*document, late);
        const auto finishedId = edit::addAction(*document, finished);
        const auto futureId = edit::addAction(*document, future);
        QVERIFY(lateId && finishedId && futureId);

        ActionModel* model = page.actionModel();
        const QModelIndex due = model->index(model->rowOf(*lateId), ActionModel::DueColumn);
        QVERIFY(due.data(ActionModel::kOverdueRole).toBool());
        QVERIFY(due.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!due.data(Qt::DecorationRole).isNull());
        QVERIFY(due.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overdue")));
        QVERIFY(
            !model->index(model->rowOf(*finishedId), ActionModel::DueColumn).data(ActionModel::kOverdueRole).toBool());
        QVERIFY(
            !model->index(model->rowOf(*futureId), ActionModel::DueColumn).data(ActionModel::kOverdueRole).toBool());

        page.findChild<QCheckBox*>(QStringLiteral("overdueCheckBox"))->setChecked(true);
        QList<std::int64_t> shown = visibleIds(page);
        QVERIFY(shown.contains(*lateId));
        QVERIFY(!shown.contains(*finishedId));
        QVERIFY(!shown.contains(*futureId));
        for (std::int64_t id : shown) {
            QVERIFY(model->index(model->rowOf(id), 0).data(ActionModel::kOverdueRole).toBool());
        }

        // Status and owner filters narrow further; the initiative combo shows one initiative.
        page.findChild<QCheckBox*>(QStringLiteral("overdueCheckBox"))->setChecked(false);
        auto* status = page.findChild<QComboBox*>(QStringLiteral("statusComboBox"));
        status->setCurrentIndex(status->findData(int(ActionStatus::Done)));
        shown = visibleIds(page);
        QVERIFY(shown.contains(*finishedId));
        QVERIFY(!shown.contains(*lateId));
        status->setCurrentIndex(0);
        auto* owner = page.findChild<QComboBox*>(QStringLiteral("ownerComboBox"));
        owner->setCurrentIndex(owner->findText(QStringLiteral("Dana")));
        QCOMPARE(visibleIds(page).size(), 3);
        owner->setCurrentIndex(0);
        page.showInitiative(initiative);
        for (std::int64_t id : visibleIds(page)) {
            QCOMPARE(document->action(id)->initiativeId, initiative);
        }
        // Sorted by due date, the move buttons rest: the order is the report's.
        page.view()->sortByColumn(ActionModel::DueColumn, Qt::AscendingOrder);
        page.selectAction(*futureId);
        QVERIFY(!button(page, "moveUpPushButton")->isEnabled());
    }

    void readOnlyShowsEverythingAndChangesNothing()
    {
        auto document = open(true);
        ActionPlanPage page;
        page.setDocument(document.get());
        testModels(page);
        QCOMPARE(page.actionModel()->rowCount(), int(document->assessment().actions.size()));
        page.selectAction(document->assessment().actions.front().id);
        for (const char* name : {"addActionPushButton", "recommendPushButton", "markDonePushButton",
                                 "deleteActionPushButton", "moveUpPushButton", "moveDownPushButton"}) {
            QVERIFY2(!button(page, name)->isEnabled(), name);
        }
        click(page, "editActionPushButton"); // "View…"
        auto* dialog = qobject_cast<ActionDialog*>(page.openDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QPlainTextEdit*>(QStringLiteral("textPlainTextEdit"))->isReadOnly());
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("ownerLineEdit"))->isEnabled());
        QVERIFY(!okButton(dialog));
        QCOMPARE(document->undoStack()->count(), 0);
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

    void testModels(ActionPlanPage& page)
    {
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        m_testers.clear();
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(page.actionModel(), Mode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(page.filterModel(), Mode::QtTest));
    }

    static QList<std::int64_t> visibleIds(ActionPlanPage& page)
    {
        QList<std::int64_t> ids;
        for (int row = 0; row < page.filterModel()->rowCount(); ++row) {
            ids.append(page.filterModel()->index(row, 0).data(ActionModel::kIdRole).toLongLong());
        }
        return ids;
    }

    static QPushButton* okButton(QDialog* dialog)
    {
        return dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    }

    static QPushButton* button(ActionPlanPage& page, const char* name)
    {
        return page.findChild<QPushButton*>(QString::fromLatin1(name));
    }

    static void click(ActionPlanPage& page, const char* name)
    {
        QPushButton* found = button(page, name);
        QVERIFY2(found && found->isEnabled(), name);
        found->click();
    }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_path;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(ActionPlanTest)
#include "action_plan_test.moc"
