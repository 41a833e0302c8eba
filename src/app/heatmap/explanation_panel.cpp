// SPDX-License-Identifier: Apache-2.0
#include "explanation_panel.h"

#include "app/plain_label.h"
#include "core/explanation.h"
#include "render/report_text.h"
#include "text/messages.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace lastmile::app {

namespace {

using render::ReportText;

// "2", "2.5", "312.5": whole numbers without decimals.
QString number(double value, int decimals = 1)
{
    const double factor = std::pow(10.0, decimals);
    const double rounded = std::round(value * factor) / factor;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return QLocale().toString(rounded, 'f', whole ? 0 : decimals);
}

QString scoreWithBand(const std::optional<double>& score)
{
    if (!score) {
        return ExplanationPanel::tr("no score");
    }
    return ExplanationPanel::tr("%1 (%2)").arg(ReportText::score(score), text::Messages::band(bandForScore(*score)));
}

const HeatmapRow* findRow(const HeatmapData& heatmap, std::int64_t initiativeId)
{
    const auto found = std::find_if(heatmap.initiatives.begin(), heatmap.initiatives.end(),
                                    [&](const HeatmapRow& row) { return row.initiativeId == initiativeId; });
    return found == heatmap.initiatives.end() ? nullptr : &*found;
}

const HeatmapCell* findCell(const HeatmapRow& row, const std::string& frictionId)
{
    const auto found = std::find_if(row.cells.begin(), row.cells.end(),
                                    [&](const HeatmapCell& cell) { return cell.frictionId == frictionId; });
    return found == row.cells.end() ? nullptr : &*found;
}

QString frictionName(const QuestionBank& bank, const std::string& frictionId)
{
    const Friction* friction = bank.findFriction(frictionId);
    return QString::fromStdString(friction ? friction->name : frictionId);
}

} // namespace

ExplanationPanel::ExplanationPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("explanationPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(12, 8, 6, 0);
    auto* titles = new QVBoxLayout;
    m_title = plainLabel(this, QStringLiteral("explanationTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = plainLabel(this, QStringLiteral("explanationRoundLabel"), false);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeExplanationToolButton"));
    close->setText(tr("×"));
    close->setToolTip(tr("Close the explanation"));
    close->setAutoRaise(true);
    header->addWidget(close, 0, Qt::AlignTop);
    layout->addLayout(header);
    connect(close, &QToolButton::clicked, this, &ExplanationPanel::closeRequested);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("explanationScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(12, 6, 12, 12);
    m_contentLayout->setSpacing(4);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);
    setMinimumWidth(320);
}

QString ExplanationPanel::title() const
{
    return m_title->text();
}

void ExplanationPanel::clearContent()
{
    while (QLayoutItem* item = m_contentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QLabel* ExplanationPanel::addLabel(const QString& text, const QString& objectName, int indent)
{
    QLabel* label = plainLabel(m_content, objectName); // names and notes are text, never markup
    label->setText(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(indent, 0, 0, 0);
    m_contentLayout->addWidget(label);
    return label;
}

void ExplanationPanel::addHeading(const QString& text)
{
    m_contentLayout->addSpacing(8);
    QLabel* label = addLabel(text, QStringLiteral("explanationHeadingLabel"));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

void ExplanationPanel::addFlag(const QString& text)
{
    QLabel* label = addLabel(text, QStringLiteral("explanationFlagLabel"));
    label->setStyleSheet(QStringLiteral("QLabel { background: #FFF4CE; color: #3D2E00; padding: 4px 6px; }"));
}

void ExplanationPanel::explain(const Assessment& assessment, const RoundData& round, const HeatmapData& heatmap,
                               const render::HeatmapHit& cell)
{
    clearContent();
    m_subtitle->setText(QString::fromStdString(round.round.name));
    const std::vector<InitiativeScore> scores = scoreRound(assessment, round);
    if (cell.portfolio) {
        explainPortfolio(round, heatmap, scores, cell.frictionId);
    } else {
        const HeatmapRow* row = findRow(heatmap, cell.initiativeId);
        const auto score = std::find_if(scores.begin(), scores.end(),
                                        [&](const InitiativeScore& s) { return s.initiativeId == cell.initiativeId; });
        if (!row || score == scores.end()) {
            m_title->setText(tr("This initiative is no longer in the round."));
        } else if (cell.frictionId.empty()) {
            explainReadiness(round, *row, *score);
        } else {
            explainFriction(round, *row, *score, cell.frictionId);
        }
    }
    m_contentLayout->addStretch(1);
}

void ExplanationPanel::explainLater(const RoundData& round, const QString& failure)
{
    clearContent();
    const QString name = QString::fromStdString(round.round.name);
    m_subtitle->setText(name);
    if (failure.isEmpty()) {
        m_title->setText(tr("Reading the answers of %1…").arg(name));
        addLabel(tr("The explanation lists the answers behind the score; it appears as soon as they are read."),
                 QStringLiteral("explanationWaitLabel"));
    } else {
        m_title->setText(tr("The answers of %1 could not be read.").arg(name));
        addLabel(failure, QStringLiteral("explanationWaitLabel"));
        addLabel(tr("Click the cell again to try once more."), QStringLiteral("explanationWaitLabel"));
    }
    m_contentLayout->addStretch(1);
}

void ExplanationPanel::explainFriction(const RoundData& round, const HeatmapRow& row, const InitiativeScore& score,
                                       const std::string& frictionId)
{
    const Friction* friction = round.bank.findFriction(frictionId);
    const FrictionScore* frictionScore = score.friction(frictionId);
    m_title->setText(tr("%1 · %2").arg(QString::fromStdString(row.name), frictionName(round.bank, frictionId)));
    if (!friction || !frictionScore) {
        addLabel(tr("This friction is not in the round's question bank."), QStringLiteral("explanationScoreLabel"));
        return;
    }
    const Explanation explanation = explainFrictionScore(*frictionScore);
    QLabel* value = addLabel(tr("Friction score: %1").arg(scoreWithBand(frictionScore->score)),
                             QStringLiteral("explanationScoreLabel"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    value->setFont(big);
    if (const HeatmapCell* cell = findCell(row, frictionId); cell && cell->delta()) {
        addLabel(tr("%1 since the compared round (%2 before)")
                     .arg(ReportText::change(cell->delta()), ReportText::score(cell->previousScore)),
                 QStringLiteral("explanationChangeLabel"));
    }
    if (const HeatmapCell* cell = findCell(row, frictionId); cell && cell->target) {
        addLabel(tr("Target agreed with the client: %1").arg(ReportText::score(cell->target)),
                 QStringLiteral("explanationTargetLabel"));
        const QString gapText = render::HeatmapPainter::gapText(*cell);
        QString gap = tr("Gap to target: %1, still to close.").arg(gapText);
        if (!cell->score) {
            gap = tr("Gap to target: not known until the friction has a score.");
        } else if (cell->targetMet()) {
            gap = tr("Gap to target: %1 met, the score is at or below the target.").arg(gapText);
        }
        addLabel(gap, QStringLiteral("explanationGapLabel"));
    }
    if (explanation.value) {
        addLabel(tr("The weighted mean of the answered questions' frictions, where a question's friction is "
                    "(4 − level) ÷ 4 × 100: %1 ÷ %2 = %3.")
                     .arg(number(explanation.weightedSum), number(explanation.weightSum), number(*explanation.value)),
                 QStringLiteral("explanationFormulaLabel"));
    } else {
        addLabel(tr("No question has an answered level yet, so there is no score."),
                 QStringLiteral("explanationFormulaLabel"));
    }
    const Explanation coverage = explainCoverage(*frictionScore);
    addLabel(tr("Coverage: %1 (answered weight %2 of %3 applicable; \"don't know\" and unanswered questions lower "
                "it, \"not applicable\" ones are left out).")
                 .arg(ReportText::percent(frictionScore->coverage), number(coverage.weightedSum),
                      number(coverage.weightSum)),
             QStringLiteral("explanationCoverageLabel"));
    if (frictionScore->lowCoverage) {
        addFlag(tr("Insufficient evidence: less than half of the applicable weight is answered. The score is shown "
                   "hatched."));
    }
    if (frictionScore->disagreementCount > 0) {
        addFlag(tr("The room is split on %n question(s): answers two or more levels apart.", nullptr,
                   int(frictionScore->disagreementCount)));
    }
    addHeading(tr("Questions"));
    for (const QuestionScore& question : frictionScore->questions) {
        if (const Question* definition = round.bank.findQuestion(question.questionId)) {
            addQuestion(round, row.initiativeId, *definition, question);
        }
    }
}

void ExplanationPanel::addQuestion(const RoundData& round, std::int64_t initiativeId, const Question& question,
                                   const QuestionScore& score)
{
    auto* rule = new QFrame(m_content);
    rule->setFrameShape(QFrame::HLine);
    rule->setForegroundRole(QPalette::Mid);
    m_contentLayout->addSpacing(4);
    m_contentLayout->addWidget(rule);
    QLabel* text = addLabel(QString::fromStdString(question.text), QStringLiteral("questionTextLabel"));
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);

    const AggregateAnswer& aggregate = score.aggregate;
    const QString weight = number(score.weight);
    switch (aggregate.status) {
    case QuestionStatus::Answered: {
        const QString level = ReportText::level(aggregate.level, round.bank.scale);
        const QString friction = number(*score.friction);
        addLabel(aggregate.fromConsensus
                     ? tr("Weight %1 · consensus: level %2 · friction %3").arg(weight, level, friction)
                 : aggregate.levelCount == 1
                     ? tr("Weight %1 · one answer: level %2 · friction %3").arg(weight, level, friction)
                     : tr("Weight %1 · median of %4 answers: level %2 · friction %3")
                           .arg(weight, level, friction, QString::number(aggregate.levelCount)),
                 QStringLiteral("questionScoreLabel"));
        break;
    }
    case QuestionStatus::DontKnow:
        addLabel(tr("Weight %1 · left out of the score: the room does not know; lowers coverage").arg(weight),
                 QStringLiteral("questionScoreLabel"));
        break;
    case QuestionStatus::NotApplicable:
        addLabel(tr("Weight %1 · left out of score and coverage: not applicable").arg(weight),
                 QStringLiteral("questionScoreLabel"));
        break;
    case QuestionStatus::Unanswered:
        addLabel(tr("Weight %1 · left out of the score: not answered yet; lowers coverage").arg(weight),
                 QStringLiteral("questionScoreLabel"));
        break;
    }
    if (aggregate.disagreement) {
        addFlag(tr("Split: answers %1 levels apart").arg(aggregate.spread));
    }

    QStringList notes;
    for (const Respondent& respondent : round.respondents) {
        const auto record = std::find_if(round.answers.begin(), round.answers.end(), [&](const AnswerRecord& a) {
            return a.initiativeId == initiativeId && a.questionId == question.id && a.respondentId == respondent.id;
        });
        const QString name = respondent.role.empty() ? QString::fromStdString(respondent.name)
                                                     : tr("%1 (%2)").arg(QString::fromStdString(respondent.name),
                                                                         QString::fromStdString(respondent.role));
        if (record == round.answers.end()) {
            addLabel(tr("%1: no answer").arg(name), QStringLiteral("respondentAnswerLabel"), 12);
            continue;
        }
        addLabel(tr("%1: %2").arg(name, ReportText::answer(record->answer, round.bank.scale)),
                 QStringLiteral("respondentAnswerLabel"), 12);
        if (!record->note.empty()) {
            notes << tr("Note from %1: %2")
                         .arg(QString::fromStdString(respondent.name), QString::fromStdString(record->note));
        }
        if (!record->evidence.empty()) {
            notes << tr("Evidence from %1: %2")
                         .arg(QString::fromStdString(respondent.name), QString::fromStdString(record->evidence));
        }
    }
    const auto consensus = std::find_if(round.consensus.begin(), round.consensus.end(), [&](const ConsensusRecord& c) {
        return c.initiativeId == initiativeId && c.questionId == question.id;
    });
    if (consensus != round.consensus.end()) {
        addLabel(tr("Consensus: %1").arg(ReportText::answer(consensus->answer, round.bank.scale)),
                 QStringLiteral("consensusAnswerLabel"), 12);
        if (!consensus->note.empty()) {
            notes.prepend(tr("Consensus note: %1").arg(QString::fromStdString(consensus->note)));
        }
    }
    for (const QString& note : notes) {
        QLabel* label = addLabel(note, QStringLiteral("answerNoteLabel"), 12);
        label->setForegroundRole(QPalette::PlaceholderText);
    }
}

void ExplanationPanel::explainReadiness(const RoundData& round, const HeatmapRow& row, const InitiativeScore& score)
{
    m_title->setText(tr("%1 · Readiness").arg(QString::fromStdString(row.name)));
    const Explanation explanation = lastmile::explainReadiness(round.bank, score);
    QLabel* value = addLabel(tr("Readiness: %1 of 100").arg(ReportText::score(explanation.value)),
                             QStringLiteral("explanationScoreLabel"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    value->setFont(big);
    if (row.readinessDelta()) {
        addLabel(tr("%1 since the compared round (%2 before)")
                     .arg(ReportText::change(row.readinessDelta()), ReportText::score(row.previousReadiness)),
                 QStringLiteral("explanationChangeLabel"));
    }
    if (explanation.weightSum > 0.0) {
        addLabel(tr("100 − the weighted mean of the friction scores: 100 − %1 ÷ %2 = %3.")
                     .arg(number(explanation.weightedSum), number(explanation.weightSum), number(*explanation.value)),
                 QStringLiteral("explanationFormulaLabel"));
    } else {
        addLabel(tr("No friction has a score yet, so there is no readiness."),
                 QStringLiteral("explanationFormulaLabel"));
    }
    addLabel(tr("Coverage over all questions: %1").arg(ReportText::percent(score.coverage)),
             QStringLiteral("explanationCoverageLabel"));
    addHeading(tr("Frictions"));
    for (const ExplanationTerm& term : explanation.terms) {
        const QString name = frictionName(round.bank, term.subject);
        addLabel(term.value ? tr("%1: %2 × weight %3").arg(name, scoreWithBand(term.value), number(term.weight))
                            : tr("%1: no score, left out").arg(name),
                 QStringLiteral("explanationTermLabel"), 12);
    }
}

void ExplanationPanel::explainPortfolio(const RoundData& round, const HeatmapData& heatmap,
                                        const std::vector<InitiativeScore>& scores, const std::string& frictionId)
{
    const auto nameOf = [&](std::int64_t initiativeId) {
        const HeatmapRow* row = findRow(heatmap, initiativeId);
        return QString::fromStdString(row ? row->name : std::to_string(initiativeId));
    };
    if (frictionId.empty()) {
        m_title->setText(tr("Portfolio · Readiness"));
        std::vector<const InitiativeScore*> scored;
        double sum = 0.0;
        for (const InitiativeScore& score : scores) {
            if (score.readiness) {
                scored.push_back(&score);
                sum += *score.readiness;
            }
        }
        addLabel(tr("Readiness: %1 of 100").arg(ReportText::score(heatmap.portfolio.readiness)),
                 QStringLiteral("explanationScoreLabel"));
        if (!scored.empty()) {
            addLabel(tr("The mean of the initiatives' readiness: %1 ÷ %2 = %3.")
                         .arg(number(sum), QString::number(scored.size()), number(sum / double(scored.size()))),
                     QStringLiteral("explanationFormulaLabel"));
        }
        addHeading(tr("Initiatives"));
        for (const InitiativeScore& score : scores) {
            addLabel(score.readiness ? tr("%1: %2").arg(nameOf(score.initiativeId), ReportText::score(score.readiness))
                                     : tr("%1: no readiness yet, left out").arg(nameOf(score.initiativeId)),
                     QStringLiteral("explanationTermLabel"), 12);
        }
        return;
    }
    m_title->setText(tr("Portfolio · %1").arg(frictionName(round.bank, frictionId)));
    const Explanation explanation = explainPortfolioFriction(scores, frictionId);
    addLabel(tr("Friction score: %1").arg(scoreWithBand(explanation.value)), QStringLiteral("explanationScoreLabel"));
    if (explanation.value) {
        addLabel(
            tr("The mean of the initiatives' scores: %1 ÷ %2 = %3.")
                .arg(number(explanation.weightedSum), number(explanation.weightSum, 0), number(*explanation.value)),
            QStringLiteral("explanationFormulaLabel"));
    }
    addHeading(tr("Initiatives"));
    for (const ExplanationTerm& term : explanation.terms) {
        const std::int64_t id = std::stoll(term.subject);
        addLabel(term.value ? tr("%1: %2").arg(nameOf(id), scoreWithBand(term.value))
                            : tr("%1: no score, left out").arg(nameOf(id)),
                 QStringLiteral("explanationTermLabel"), 12);
    }
}

} // namespace lastmile::app
