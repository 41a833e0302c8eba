// SPDX-License-Identifier: Apache-2.0
#include "questionnaire_page.h"

#include "answer_labels.h"
#include "app/assessment_document.h"
#include "app/plain_label.h"
#include "app/workshop/room_controller.h"
#include "friction_step_delegate.h"
#include "friction_step_model.h"
#include "question_panel.h"
#include "questionnaire_navigator.h"
#include "room_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lastmile::app {

namespace {

QString respondentText(const Respondent& respondent)
{
    return respondent.role.empty() ? QString::fromStdString(respondent.name)
                                   : QuestionnairePage::tr("%1 (%2)").arg(QString::fromStdString(respondent.name),
                                                                          QString::fromStdString(respondent.role));
}

} // namespace

QuestionnairePage::QuestionnairePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("questionnairePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_emptyLabel = plainLabel(m_stack, QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_emptyLabel);

    m_content = new QWidget(m_stack);
    auto* content = new QVBoxLayout(m_content);
    createSelectors(m_content);
    content->addWidget(m_selectorBar);
    m_roomController = new RoomController(this);
    m_navigator = new QuestionnaireNavigator(this);
    m_navigator->setRoom(m_roomController);
    connect(m_navigator, &QuestionnaireNavigator::aboutToMove, this, &QuestionnairePage::commitTyped);
    connect(m_navigator, &QuestionnaireNavigator::moved, this, &QuestionnairePage::followNavigator);
    createRoomBar(m_content);
    content->addWidget(m_roomBar);

    auto* splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->setObjectName(QStringLiteral("questionnaireSplitter"));
    splitter->setChildrenCollapsible(false);
    auto* steps = new QWidget(splitter);
    auto* stepsLayout = new QVBoxLayout(steps);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsTitle = plainLabel(steps, QStringLiteral("stepsTitleLabel"));
    m_stepsTitle->setText(tr("Frictions"));
    QFont bold = m_stepsTitle->font();
    bold.setBold(true);
    m_stepsTitle->setFont(bold);
    stepsLayout->addWidget(m_stepsTitle);
    m_stepModel = new FrictionStepModel(this);
    m_stepDelegate = new FrictionStepDelegate(this);
    m_stepList = new QListView(steps);
    m_stepList->setObjectName(QStringLiteral("frictionStepsListView"));
    m_stepList->setModel(m_stepModel);
    m_stepList->setItemDelegate(m_stepDelegate);
    m_stepList->setFocusPolicy(Qt::NoFocus);
    m_stepList->setMouseTracking(true);
    m_stepList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stepsLayout->addWidget(m_stepList, 1);
    m_overallLabel = plainLabel(steps, QStringLiteral("overallProgressLabel"));
    stepsLayout->addWidget(m_overallLabel);
    m_overallBar = new QProgressBar(steps);
    m_overallBar->setObjectName(QStringLiteral("overallProgressBar"));
    m_overallBar->setTextVisible(false);
    m_overallBar->setMaximumHeight(m_overallBar->fontMetrics().height() / 2);
    stepsLayout->addWidget(m_overallBar);
    m_readinessLabel = plainLabel(steps, QStringLiteral("readinessLabel"));
    stepsLayout->addWidget(m_readinessLabel);
    connect(m_stepList, &QListView::clicked, this, [this](const QModelIndex& index) {
        m_navigator->goTo(index.row(), 0);
        focusQuestion();
    });

    m_panel = new QuestionPanel;
    m_scroll = new QScrollArea(splitter);
    m_scroll->setObjectName(QStringLiteral("questionScrollArea"));
    m_scroll->setWidget(m_panel);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_room = new RoomPanel(splitter);
    m_room->setMinimumWidth(m_room->fontMetrics().averageCharWidth() * 30);
    splitter->addWidget(steps);
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_room);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    content->addWidget(splitter, 1);
    m_stack->addWidget(m_content);

    connect(m_panel, &QuestionPanel::levelChosen, this, &QuestionnairePage::choose);
    connect(m_panel, &QuestionPanel::dontKnowChosen, this, &QuestionnairePage::chooseDontKnow);
    connect(m_panel, &QuestionPanel::notApplicableChosen, this, &QuestionnairePage::chooseNotApplicable);
    connect(m_panel, &QuestionPanel::reasonCommitted, this, &QuestionnairePage::commitReason);
    connect(m_panel, &QuestionPanel::reasonDone, this, [this] {
        focusQuestion();
        if (advanceAfterAnswering()) {
            m_navigator->nextQuestion();
        }
    });
    connect(m_panel, &QuestionPanel::textEdited, this, &QuestionnairePage::scheduleText);
    connect(m_panel, &QuestionPanel::textLeft, this, [this] {
        commitTyped();
        focusQuestion();
    });
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(400);
    connect(&m_textTimer, &QTimer::timeout, this, &QuestionnairePage::flushPendingText);

    m_panel->chainFocusAfter(m_scroll);
    createActions();
    setFocusProxy(m_scroll);
    refresh();
}

QuestionnairePage::~QuestionnairePage()
{
    flushPendingText();
}

void QuestionnairePage::createSelectors(QWidget* parent)
{
    m_selectorBar = new QWidget(parent);
    auto* bar = new QHBoxLayout(m_selectorBar);
    bar->setContentsMargins(0, 0, 0, 0);
    const auto addCombo = [&](const QString& label, const QString& name, int stretch) {
        auto* combo = new QComboBox(m_selectorBar);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        auto* caption = new QLabel(label, m_selectorBar);
        caption->setBuddy(combo);
        bar->addWidget(caption);
        bar->addWidget(combo, stretch);
        bar->addSpacing(caption->fontMetrics().averageCharWidth() * 2);
        return combo;
    };
    m_initiativeCombo = addCombo(tr("&Initiative:"), QStringLiteral("initiativeComboBox"), 3);
    m_roundCombo = addCombo(tr("Ro&und:"), QStringLiteral("roundComboBox"), 2);
    m_respondentCombo = addCombo(tr("&Answering as:"), QStringLiteral("respondentComboBox"), 2);
    m_advanceCheck = new QCheckBox(tr("Go to the next &question after answering"), m_selectorBar);
    m_advanceCheck->setObjectName(QStringLiteral("advanceCheckBox"));
    m_advanceCheck->setFocusPolicy(Qt::TabFocus);
    m_advanceCheck->setToolTip(tr("Off while the room answers a question together: the facilitator moves on "
                                  "when everyone has answered."));
    bar->addWidget(m_advanceCheck);
    connect(m_advanceCheck, &QCheckBox::clicked, this, [this](bool on) {
        setAdvanceAfterAnswering(on);
        focusQuestion();
    });

    connect(m_initiativeCombo, &QComboBox::activated, this,
            [this](int index) { showInitiative(m_initiativeCombo->itemData(index).toLongLong(), roundId()); });
    connect(m_roundCombo, &QComboBox::activated, this, [this](int index) {
        m_navigator->switchRound(m_roundCombo->itemData(index).toLongLong());
        rebuildSelectors();
        focusQuestion();
    });
    connect(m_respondentCombo, &QComboBox::activated, this, [this](int index) {
        setRespondent(m_respondentCombo->itemData(index).toLongLong());
        focusQuestion();
    });
}

void QuestionnairePage::setDocument(AssessmentDocument* document)
{
    commitTyped();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_shown.reset();
    if (m_document) {
        connect(m_document, &AssessmentDocument::changed, this, &QuestionnairePage::onDocumentChanged);
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            m_navigator->setDocument(nullptr);
        });
    }
    m_roomController->setDocument(document);
    m_navigator->setDocument(document);
    rebuildSelectors();
    // A planned agenda resumes where the room stopped; otherwise the first unanswered question.
    if (followsPlannedAgenda()) {
        followRoom();
    } else {
        m_navigator->nextUnanswered(true);
    }
    refresh();
}

void QuestionnairePage::showInitiative(std::int64_t initiativeId, std::int64_t roundId)
{
    m_navigator->open(initiativeId, roundId);
    rebuildSelectors();
    const AgendaItem* open = m_roomController->room().current();
    if (followsPlannedAgenda() && open && open->initiativeId == initiativeId) {
        followRoom(); // the room is on this initiative: stay where it is
    } else if (followsPlannedAgenda() && openAgendaOf(initiativeId)) {
        followRoom();
    } else {
        m_navigator->nextUnanswered(true);
        m_navigator->openForRoom();
    }
    focusQuestion();
}

void QuestionnairePage::setRespondent(std::int64_t respondentId)
{
    m_navigator->setRespondent(respondentId);
}

std::int64_t QuestionnairePage::initiativeId() const
{
    return m_navigator->initiativeId();
}

std::int64_t QuestionnairePage::roundId() const
{
    return m_navigator->roundId();
}

std::int64_t QuestionnairePage::respondentId() const
{
    return m_navigator->respondentId();
}

int QuestionnairePage::currentFriction() const
{
    return m_navigator->friction();
}

void QuestionnairePage::followNavigator()
{
    const QSignalBlocker blockInitiatives(m_initiativeCombo);
    const QSignalBlocker blockRounds(m_roundCombo);
    const QSignalBlocker blockRespondents(m_respondentCombo);
    m_initiativeCombo->setCurrentIndex(m_initiativeCombo->findData(qlonglong(initiativeId())));
    m_roundCombo->setCurrentIndex(m_roundCombo->findData(qlonglong(roundId())));
    m_respondentCombo->setCurrentIndex(m_respondentCombo->findData(qlonglong(respondentId())));
    m_advanceCheck->setChecked(m_navigator->advanceAfterAnswering());
    refresh();
    const auto shown = std::make_tuple(initiativeId(), m_navigator->friction(), m_navigator->question());
    if (m_shown != shown) {
        m_scroll->verticalScrollBar()->setValue(0); // another question starts at its top
        m_shown = shown;
    }
}

void QuestionnairePage::rebuildSelectors()
{
    m_navigator->settle();
    {
        const QSignalBlocker blockInitiatives(m_initiativeCombo);
        const QSignalBlocker blockRounds(m_roundCombo);
        const QSignalBlocker blockRespondents(m_respondentCombo);
        m_initiativeCombo->clear();
        m_roundCombo->clear();
        m_respondentCombo->clear();
        if (!m_document) {
            return;
        }
        const Assessment& assessment = m_document->assessment();
        for (const Initiative& initiative : assessment.initiatives) {
            if (!initiative.archived) {
                m_initiativeCombo->addItem(QString::fromStdString(initiative.name), qlonglong(initiative.id));
            }
        }
        for (auto round = assessment.rounds.rbegin(); round != assessment.rounds.rend(); ++round) {
            m_roundCombo->addItem(QString::fromStdString(round->round.name), qlonglong(round->round.id));
        }
        m_respondentCombo->addItem(tr("Consensus (facilitator)"), qlonglong(0));
        if (const RoundData* round = currentRound()) {
            if (!round->respondents.empty()) {
                m_respondentCombo->insertSeparator(1);
            }
            for (const Respondent& respondent : round->respondents) {
                m_respondentCombo->addItem(respondentText(respondent), qlonglong(respondent.id));
            }
        }
    }
    followNavigator();
}

void QuestionnairePage::onDocumentChanged(const storage::Change& change)
{
    using Kind = storage::Change::Kind;
    if (change.kind == Kind::Organization || change.kind == Kind::Agenda) {
        return; // the room controller follows the agenda, and the page follows the room
    }
    if (change.kind == Kind::Initiative || change.kind == Kind::Round || change.kind == Kind::Respondent) {
        rebuildSelectors();
    } else if (change.roundId != roundId() || change.initiativeId != initiativeId()) {
        return;
    }
    refresh();
}

const RoundData* QuestionnairePage::currentRound() const
{
    return m_navigator->round();
}

const Question* QuestionnairePage::currentQuestion() const
{
    return m_navigator->currentQuestion();
}

QString QuestionnairePage::currentQuestionId() const
{
    const Question* question = currentQuestion();
    return question ? QString::fromStdString(question->id) : QString();
}

QString QuestionnairePage::answererName() const
{
    if (const RoundData* round = currentRound(); round && respondentId() != 0) {
        for (const Respondent& respondent : round->respondents) {
            if (respondent.id == respondentId()) {
                return QString::fromStdString(respondent.name);
            }
        }
    }
    return tr("Consensus");
}

void QuestionnairePage::focusQuestion()
{
    if (isVisible()) {
        m_scroll->setFocus(Qt::OtherFocusReason);
    }
}

void QuestionnairePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    QWidget* focus = window()->focusWidget();
    if (!focus || !isAncestorOf(focus)) {
        m_scroll->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace lastmile::app
