// SPDX-License-Identifier: Apache-2.0
#include "answer_labels.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace lastmile::app {

namespace {

// The context of this file's words in the translations.
class AnswerLabels
{
    Q_DECLARE_TR_FUNCTIONS(AnswerLabels)
};

} // namespace

QString answerLabel(const Answer& answer, const QuestionBank& bank)
{
    switch (answer.kind) {
    case Answer::Kind::Level:
        return AnswerLabels::tr("%1 · %2")
            .arg(answer.level)
            .arg(QString::fromStdString(bank.scale.at(static_cast<std::size_t>(answer.level))));
    case Answer::Kind::DontKnow:
        return AnswerLabels::tr("Don't know");
    case Answer::Kind::NotApplicable:
        return AnswerLabels::tr("Not applicable");
    }
    return {};
}

QString answerShortLabel(const Answer& answer)
{
    switch (answer.kind) {
    case Answer::Kind::Level:
        return QString::number(answer.level);
    case Answer::Kind::DontKnow:
        return AnswerLabels::tr("DK");
    case Answer::Kind::NotApplicable:
        return AnswerLabels::tr("N/A");
    }
    return {};
}

QString scoreLabel(const std::optional<double>& score)
{
    // Rounded for display only, halves away from zero (docs/scoring.md).
    return score ? QLocale().toString(std::round(*score * 10.0) / 10.0, 'f', 1) : AnswerLabels::tr("–");
}

QString coverageLabel(double coverage)
{
    return AnswerLabels::tr("%1 %").arg(QLocale().toString(std::round(coverage * 100.0), 'f', 0));
}

} // namespace lastmile::app
