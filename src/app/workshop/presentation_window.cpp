// SPDX-License-Identifier: Apache-2.0
#include "presentation_window.h"

#include "app/assessment_document.h"
#include "app/plain_label.h"
#include "app/questionnaire/answer_labels.h"
#include "heat_row.h"
#include "qr_widget.h"
#include "room_controller.h"

#include <QCloseEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScreen>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace lastmile::app {

// The share of the room that chose one answer, as a bar under its card after the reveal.
class ShareBar : public QWidget
{
public:
    explicit ShareBar(QWidget* parent) : QWidget(parent) { setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); }
    void setShare(qreal share)
    {
        m_share = std::clamp(share, 0.0, 1.0);
        update();
    }
    QSize sizeHint() const override { return {40, std::max(6, fontMetrics().height() / 2)}; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), QColor(0xE5, 0xE7, 0xEB));
        painter.fillRect(QRectF(0, 0, width() * m_share, height()), QColor(0x1F, 0x3A, 0x8A));
    }

private:
    qreal m_share = 0.0;
};

namespace {

constexpr qreal kDesignWidth = 1280.0; // the layout is drawn for a 1280×720 projector and scaled
constexpr qreal kDesignHeight = 720.0;

void setPixelFont(QWidget* widget, qreal pixels, bool bold)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(8, int(std::lround(pixels))));
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

PresentationWindow::PresentationWindow(RoomController& controller, QWidget* parent)
    : QWidget(parent, Qt::Window), m_controller(controller)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Lastmile — Presentation"));
    QPalette contrast = palette();
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        contrast.setColor(role, Qt::white);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        contrast.setColor(role, Qt::black);
    }
    setPalette(contrast);
    setAutoFillBackground(true);

    auto* outer = new QHBoxLayout(this);
    auto* layout = new QVBoxLayout;
    outer->addLayout(layout, 1);
    auto* header = new QHBoxLayout;
    m_context = plainLabel(this, QStringLiteral("presentationContextLabel"), false);
    m_position = plainLabel(this, QStringLiteral("presentationPositionLabel"), false);
    m_timer = plainLabel(this, QStringLiteral("presentationTimerLabel"), false);
    m_timer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_context, 1);
    header->addWidget(m_position);
    header->addSpacing(24);
    header->addWidget(m_timer);
    layout->addLayout(header);

    m_empty = plainLabel(this, QStringLiteral("presentationEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);

    m_body = new QWidget(this);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    m_question = plainLabel(m_body, QStringLiteral("presentationQuestionLabel"));
    body->addWidget(m_question);
    auto* levels = new QGridLayout;
    levels->setSpacing(8);
    for (int level = 0; level < int(m_levels.size()); ++level) {
        m_levels[std::size_t(level)] = makeChoice(m_body, QStringLiteral("presentationLevel%1").arg(level), true);
        levels->addWidget(m_levels[std::size_t(level)].frame, 0, level);
        levels->setColumnStretch(level, 1);
    }
    body->addLayout(levels, 1);
    auto* others = new QHBoxLayout;
    m_dontKnow = makeChoice(m_body, QStringLiteral("presentationDontKnow"), false);
    m_notApplicable = makeChoice(m_body, QStringLiteral("presentationNotApplicable"), false);
    others->addWidget(m_dontKnow.frame, 1);
    others->addWidget(m_notApplicable.frame, 1);
    body->addLayout(others);
    m_status = plainLabel(m_body, QStringLiteral("presentationStatusLabel"));
    body->addWidget(m_status);
    m_summary = plainLabel(m_body, QStringLiteral("presentationSummaryLabel"));
    body->addWidget(m_summary);
    m_heat = new HeatRow(m_body);
    body->addWidget(m_heat);
    layout->addWidget(m_body, 1);

    // Joining by phone, beside the question while the room collects.
    m_join = new QFrame(this);
    m_join->setObjectName(QStringLiteral("presentationJoin"));
    m_join->setFrameShape(QFrame::Box);
    auto* join = new QVBoxLayout(m_join);
    m_joinTitle = plainLabel(m_join, QStringLiteral("presentationJoinTitle"));
    m_joinTitle->setText(tr("Vote on your phone"));
    m_joinTitle->setAlignment(Qt::AlignHCenter);
    join->addWidget(m_joinTitle);
    m_joinQr = new QrWidget(m_join);
    m_joinQr->setObjectName(QStringLiteral("presentationJoinQr"));
    join->addWidget(m_joinQr, 0, Qt::AlignHCenter);
    m_joinHint = plainLabel(m_join, QStringLiteral("presentationJoinHint"));
    m_joinHint->setText(tr("Scan the code or open this address:"));
    m_joinHint->setAlignment(Qt::AlignHCenter);
    join->addWidget(m_joinHint);
    m_joinAddress = plainLabel(m_join, QStringLiteral("presentationJoinAddress"), false);
    m_joinAddress->setAlignment(Qt::AlignHCenter);
    join->addWidget(m_joinAddress);
    m_joinCode = plainLabel(m_join, QStringLiteral("presentationJoinCode"), false);
    m_joinCode->setAlignment(Qt::AlignHCenter);
    join->addWidget(m_joinCode);
    join->addStretch(1);
    m_join->hide();
    outer->addWidget(m_join);

    connect(&m_controller, &RoomController::changed, this, &PresentationWindow::refresh);
    connect(&m_controller.room(), &session::RoomRound::secondsLeftChanged, this,
            [this](int left) { m_timer->setText(RoomController::timeLeftText(left)); });
    applyScale(1.0);
    refresh();
}

PresentationWindow::~PresentationWindow() = default;

PresentationWindow::Choice PresentationWindow::makeChoice(QWidget* parent, const QString& objectName, bool withAnchor)
{
    Choice choice;
    choice.frame = new QFrame(parent);
    choice.frame->setObjectName(objectName);
    choice.frame->setFrameShape(QFrame::Box);
    choice.frame->setLineWidth(1);
    auto* layout = new QVBoxLayout(choice.frame);
    layout->setContentsMargins(8, 6, 8, 6);
    choice.title = plainLabel(choice.frame, objectName + QStringLiteral("Title"));
    layout->addWidget(choice.title);
    if (withAnchor) {
        choice.anchor = plainLabel(choice.frame, objectName + QStringLiteral("Anchor"));
        choice.anchor->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(choice.anchor, 1);
    }
    choice.bar = new ShareBar(choice.frame);
    layout->addWidget(choice.bar);
    auto* reveal = new QHBoxLayout;
    choice.count = plainLabel(choice.frame, objectName + QStringLiteral("Count"), false);
    choice.names = plainLabel(choice.frame, objectName + QStringLiteral("Names"));
    reveal->addWidget(choice.count);
    reveal->addWidget(choice.names, 1);
    layout->addLayout(reveal);
    return choice;
}

void PresentationWindow::showOn(QScreen* screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
}

QString PresentationWindow::visibleText() const
{
    QStringList lines;
    for (const QLabel* label : findChildren<QLabel*>()) {
        if (label->isVisibleTo(this) && !label->text().isEmpty()) {
            lines.append(label->text());
        }
    }
    lines.append(m_heat->cellTexts());
    return lines.join(QLatin1Char('\n'));
}

void PresentationWindow::setJoinDetails(const QUrl& joinUrl, const QString& address, const QString& code)
{
    m_joinUrl = joinUrl;
    m_joinQr->setText(joinUrl.toString(QUrl::FullyEncoded).toUtf8());
    m_joinAddress->setText(address);
    m_joinCode->setText(code.isEmpty() ? QString() : tr("Code %1").arg(code));
    refresh();
}

bool PresentationWindow::isShowingJoin() const
{
    return m_join->isVisibleTo(this) && m_joinQr->hasCode();
}

QByteArray PresentationWindow::joinQrText() const
{
    return isShowingJoin() ? m_joinQr->text() : QByteArray();
}

void PresentationWindow::showChoice(Choice& choice, int count, int answered, const QStringList& names, bool revealed,
                                    bool median)
{
    choice.bar->setVisible(revealed);
    choice.count->setVisible(revealed);
    choice.names->setVisible(revealed && !names.isEmpty());
    choice.frame->setLineWidth(revealed && median ? 4 : 1);
    if (!revealed) {
        choice.count->clear(); // before the reveal nothing of anyone's answer is on the screen
        choice.names->clear();
        return;
    }
    choice.bar->setShare(answered > 0 ? qreal(count) / qreal(answered) : 0.0);
    choice.count->setText(QString::number(count));
    choice.names->setText(names.join(QLatin1String(", ")));
}

void PresentationWindow::refresh()
{
    const AssessmentDocument* document = m_controller.document();
    const RoundData* round = document ? document->round(m_controller.roundId()) : nullptr;
    const session::RoomRound& room = m_controller.room();
    const AgendaItem* item = room.current();
    const Question* question = item && round ? round->bank.findQuestion(item->questionId) : nullptr;
    const Initiative* initiative = item && document ? document->initiative(item->initiativeId) : nullptr;
    m_timer->setText(RoomController::timeLeftText(room.secondsLeft()));
    // The join code stays up while the room answers; the reveal takes the whole screen.
    m_join->setVisible(!m_joinUrl.isEmpty() && !(question && room.isRevealed()));
    // A round chosen on the questionnaire whose answers are still being read: nobody's answer
    // is shown as missing meanwhile.
    const bool reading = round && !document->isLoaded(round->round.id);
    if (!question || !initiative || reading) {
        m_context->setText(round ? QString::fromStdString(round->round.name) : QString());
        m_position->clear();
        m_empty->setText(reading ? tr("Reading the answers of this round…")
                                 : tr("No question is open. The facilitator chooses one on the questionnaire."));
        m_empty->show();
        m_body->hide();
        fitToWindow();
        return;
    }
    m_empty->hide();
    m_body->show();
    const QuestionBank& bank = round->bank;
    const Friction* friction = bank.frictionOfQuestion(question->id);
    m_context->setText(
        tr("%1 · %2").arg(QString::fromStdString(initiative->name), QString::fromStdString(round->round.name)));
    const QString frictionName = friction ? QString::fromStdString(friction->name) : QString();
    if (m_controller.hasPlannedAgenda() && !room.isOffAgenda()) {
        m_position->setText(tr("%1 · question %2 of %3").arg(frictionName).arg(room.position() + 1).arg(room.count()));
    } else {
        m_position->setText(frictionName);
    }
    m_question->setText(QString::fromStdString(question->text));

    const bool revealed = room.isRevealed();
    const bool named = !room.agenda().anonymousReveal;
    const RoomTally tally = m_controller.tally();
    std::array<QStringList, 5> levelNames;
    QStringList dontKnowNames;
    QStringList notApplicableNames;
    QStringList answeredNames;
    QStringList waitingNames;
    for (const Respondent& respondent : round->respondents) {
        const AnswerRecord* record =
            document->answer(round->round.id, item->initiativeId, item->questionId, respondent.id);
        const QString name = QString::fromStdString(respondent.name);
        if (!record) {
            waitingNames.append(name);
            continue;
        }
        answeredNames.append(name);
        if (record->answer.kind == Answer::Kind::Level) {
            levelNames[std::size_t(std::clamp(record->answer.level, kMinLevel, kMaxLevel))].append(name);
        } else if (record->answer.kind == Answer::Kind::DontKnow) {
            dontKnowNames.append(name);
        } else {
            notApplicableNames.append(name);
        }
    }
    const int median = tally.aggregate.levelCount > 0 ? int(std::lround(tally.aggregate.level)) : -1;
    for (int level = kMinLevel; level <= kMaxLevel; ++level) {
        Choice& choice = m_levels[std::size_t(level)];
        choice.title->setText(tr("%1 · %2").arg(level).arg(QString::fromStdString(bank.scale[std::size_t(level)])));
        choice.anchor->setText(QString::fromStdString(question->levels[std::size_t(level)]));
        showChoice(choice, tally.levelCounts[std::size_t(level)], tally.answered,
                   named ? levelNames[std::size_t(level)] : QStringList(), revealed, level == median);
    }
    m_dontKnow.title->setText(tr("D · Don't know"));
    showChoice(m_dontKnow, tally.dontKnow, tally.answered, named ? dontKnowNames : QStringList(), revealed, false);
    m_notApplicable.title->setText(tr("N · Not applicable"));
    showChoice(m_notApplicable, tally.notApplicable, tally.answered, named ? notApplicableNames : QStringList(),
               revealed, false);

    if (!revealed) {
        QString status = RoomController::answeredText(tally);
        if (RoomController::showWaitingByName() && !answeredNames.isEmpty()) {
            status += tr(" · ✓ %1").arg(answeredNames.join(tr(" · ✓ ")));
        }
        if (RoomController::showWaitingByName() && !waitingNames.isEmpty()) {
            status += tr(" · waiting for %1").arg(waitingNames.join(QLatin1String(", ")));
        }
        m_status->setText(status);
        m_summary->setText(tr("Answers stay hidden until the reveal."));
    } else {
        m_status->setText(RoomController::answeredText(tally));
        QString summary = tally.aggregate.levelCount == 0 ? tr("No levels were given.")
                                                          : tr("Median %1 · spread %2")
                                                                .arg(QLocale().toString(tally.aggregate.level, 'g', 3))
                                                                .arg(tally.aggregate.spread);
        if (tally.aggregate.disagreement) {
            summary += tr(" · The room disagrees: discuss it before recording a consensus.");
        }
        if (const ConsensusRecord* consensus =
                document->consensus(round->round.id, item->initiativeId, item->questionId)) {
            summary += tr(" · Consensus: %1").arg(answerLabel(consensus->answer, bank));
        }
        m_summary->setText(summary);
    }

    const InitiativeScore score =
        scoreInitiative(bank, item->initiativeId, initiativeResponses(*round, item->initiativeId));
    QStringList names;
    for (const Friction& each : bank.frictions) {
        names.append(QString::fromStdString(each.name));
    }
    m_heat->setScores(score.frictions, names);
    fitToWindow();
}

void PresentationWindow::applyScale(qreal scale)
{
    setPixelFont(m_context, 20 * scale, true);
    setPixelFont(m_position, 20 * scale, false);
    setPixelFont(m_timer, 28 * scale, true);
    setPixelFont(m_question, 30 * scale, true);
    setPixelFont(m_empty, 30 * scale, false);
    for (Choice* choice :
         {&m_levels[0], &m_levels[1], &m_levels[2], &m_levels[3], &m_levels[4], &m_dontKnow, &m_notApplicable}) {
        setPixelFont(choice->title, 18 * scale, true);
        if (choice->anchor) {
            setPixelFont(choice->anchor, 16 * scale, false);
        }
        setPixelFont(choice->count, 24 * scale, true);
        setPixelFont(choice->names, 15 * scale, false);
    }
    setPixelFont(m_status, 17 * scale, false);
    setPixelFont(m_summary, 17 * scale, true);
    setPixelFont(m_heat, 14 * scale, false);
    setPixelFont(m_joinTitle, 26 * scale, true);
    setPixelFont(m_joinHint, 15 * scale, false);
    setPixelFont(m_joinAddress, 20 * scale, true);
    setPixelFont(m_joinCode, 32 * scale, true);
    // The code as wide as the join code below it, so that a phone camera finds it from far away.
    m_joinQr->setSide(std::max(int(std::lround(280 * scale)), m_joinCode->sizeHint().width()));
}

void PresentationWindow::fitToWindow()
{
    if (m_fitting || width() <= 0 || height() <= 0) {
        return;
    }
    m_fitting = true;
    // Type grows with the screen (a 4K projector gets larger letters) and shrinks until the
    // question, all five levels, don't know and not applicable fit without scrolling.
    qreal scale = std::min(width() / kDesignWidth, height() / kDesignHeight);
    for (int attempt = 0; attempt < 12; ++attempt) {
        applyScale(scale);
        layout()->activate();
        if (layout()->totalHeightForWidth(width()) <= height() && layout()->totalMinimumSize().height() <= height()) {
            break;
        }
        scale *= 0.92;
    }
    m_fitting = false;
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitToWindow();
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        emit leaveRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
    emit leaveRequested();
}

} // namespace lastmile::app
