// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "console.h"
#include "core/csv.h"
#include "core/evidence.h"
#include "lookup.h"
#include "text/graphemes.h"
#include "text/messages.h"

#include <QCommandLineParser>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace lastmile::cli {

namespace {

using nlohmann::json;

struct ScoredRound
{
    const Assessment& assessment;
    const RoundData& round;
    std::vector<InitiativeScore> initiatives;
    PortfolioScore portfolio;
};

const Initiative* initiativeById(const Assessment& assessment, std::int64_t id)
{
    for (const Initiative& initiative : assessment.initiatives) {
        if (initiative.id == id) {
            return &initiative;
        }
    }
    return nullptr;
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals); // always a dot: locale never changes a figure
}

QString initials(const std::string& name)
{
    QString result;
    for (const QString& word : QString::fromStdString(name).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        result += text::leftGraphemes(word, 1).toUpper();
    }
    return text::leftGraphemes(result, 3);
}

class ScoreCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("score"); }
    QString summary() const override { return tr("Score every initiative and friction of a round."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file."));
        const QCommandLineOption roundOption(
            QStringLiteral("round"), tr("Round, by id or exact name (default: the latest)."), QStringLiteral("NAME"));
        const QCommandLineOption format(QStringLiteral("format"), tr("table (default), json or csv."),
                                        QStringLiteral("FORMAT"), QStringLiteral("table"));
        parser.addOptions({roundOption, format});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1) {
            return usageError(tr("expected one file"));
        }
        const QString formatName = parser.value(format);
        if (formatName != QStringLiteral("table") && formatName != QStringLiteral("json") &&
            formatName != QStringLiteral("csv")) {
            return usageError(tr("--format takes table, json or csv"));
        }
        const QString path = parser.positionalArguments().first();
        auto file = storage::AssessmentFile::open(toStd(path), storage::OpenMode::ReadOnly);
        if (!file) {
            return reportStorageError(file.error());
        }
        auto assessment = (*file)->loadWithoutAnswers(); // then the answers of the one round scored
        if (!assessment) {
            return reportStorageError(assessment.error());
        }
        if (assessment->rounds.empty()) {
            return reportFailure(path, tr("the file has no rounds to score"));
        }
        const RoundData* round = &assessment->rounds.back();
        if (parser.isSet(roundOption)) {
            round = findRound(*assessment, parser.value(roundOption));
            if (!round) {
                return reportFailure(path, tr("no round \"%1\"").arg(parser.value(roundOption)));
            }
        }
        if (const storage::Status loaded = (*file)->loadAnswers(const_cast<RoundData&>(*round)); !loaded) {
            return reportStorageError(loaded.error());
        }
        ScoredRound scored{*assessment, *round, scoreRound(*assessment, *round), {}};
        scored.portfolio = scorePortfolio(round->bank, scored.initiatives);
        if (formatName == QStringLiteral("json")) {
            printOut(QString::fromStdString(toJson(scored).dump(2, ' ', false, json::error_handler_t::replace)));
        } else if (formatName == QStringLiteral("csv")) {
            QTextStream(stdout) << QString::fromStdString(toCsv(scored));
        } else {
            printOut(toTable(scored));
        }
        return Success;
    }

private:
    static json frictionJson(const FrictionScore& score)
    {
        return {{"friction", score.frictionId},
                {"score", score.score ? json(*score.score) : json()},
                {"band", score.band ? json(bandId(*score.band)) : json()},
                {"coverage", score.coverage},
                {"low_coverage", score.lowCoverage},
                {"answered", score.answeredCount},
                {"questions", score.questionCount},
                {"disagreements", score.disagreementCount}};
    }

    static json toJson(const ScoredRound& scored)
    {
        json initiatives = json::array();
        for (const InitiativeScore& score : scored.initiatives) {
            const Initiative* initiative = initiativeById(scored.assessment, score.initiativeId);
            json frictions = json::array();
            for (const FrictionScore& friction : score.frictions) {
                frictions.push_back(frictionJson(friction));
            }
            initiatives.push_back({{"id", score.initiativeId},
                                   {"name", initiative ? initiative->name : ""},
                                   {"readiness", score.readiness ? json(*score.readiness) : json()},
                                   {"coverage", score.coverage},
                                   {"insufficient_evidence", insufficientEvidence(score.coverage)},
                                   {"frictions", std::move(frictions)}});
        }
        json portfolio = json::array();
        for (const PortfolioFriction& friction : scored.portfolio.frictions) {
            portfolio.push_back({{"friction", friction.frictionId},
                                 {"score", friction.score ? json(*friction.score) : json()},
                                 {"band", friction.band ? json(bandId(*friction.band)) : json()},
                                 {"coverage", friction.coverage},
                                 {"insufficient_evidence", insufficientEvidence(friction.coverage)},
                                 {"initiatives_scored", friction.initiativesScored}});
        }
        return {{"organization", scored.assessment.organization.name},
                {"round", {{"id", scored.round.round.id}, {"name", scored.round.round.name}}},
                {"bank", {{"id", scored.round.bank.id}, {"content_version", scored.round.bank.contentVersion}}},
                {"initiatives", std::move(initiatives)},
                {"portfolio",
                 {{"readiness", scored.portfolio.readiness ? json(*scored.portfolio.readiness) : json()},
                  {"coverage", scored.portfolio.coverage},
                  {"insufficient_evidence", insufficientEvidence(scored.portfolio.coverage)},
                  {"frictions", std::move(portfolio)}}}};
    }

    static std::string toCsv(const ScoredRound& scored)
    {
        std::string csv =
            csvRow({"round", "initiative_id", "initiative", "readiness", "friction_id", "friction", "score", "band",
                    "coverage", "low_coverage", "disagreements", "readiness_coverage", "readiness_low_coverage"});
        for (const InitiativeScore& score : scored.initiatives) {
            const Initiative* initiative = initiativeById(scored.assessment, score.initiativeId);
            for (const FrictionScore& friction : score.frictions) {
                const Friction* definition = scored.round.bank.findFriction(friction.frictionId);
                csv += csvRow(
                    {scored.round.round.name, std::to_string(score.initiativeId), initiative ? initiative->name : "",
                     score.readiness ? toStd(fixed(*score.readiness)) : "", friction.frictionId,
                     definition ? definition->name : "", friction.score ? toStd(fixed(*friction.score)) : "",
                     friction.band ? std::string(bandId(*friction.band)) : "", toStd(fixed(friction.coverage, 2)),
                     friction.lowCoverage ? "true" : "false", std::to_string(friction.disagreementCount),
                     toStd(fixed(score.coverage, 2)), insufficientEvidence(score.coverage) ? "true" : "false"});
            }
        }
        return csv;
    }

    static QString cell(const std::optional<double>& score, bool lowCoverage, int disagreements)
    {
        if (!score) {
            return QStringLiteral("–");
        }
        QString text = fixed(*score, 0);
        text += lowCoverage ? QStringLiteral("?") : QString();
        text += disagreements > 0 ? QStringLiteral("!") : QString();
        return text;
    }

    static QString toTable(const ScoredRound& scored)
    {
        const QuestionBank& bank = scored.round.bank;
        constexpr int nameWidth = 34;
        constexpr int cellWidth = 7;
        QStringList lines;
        QString organization = QString::fromStdString(scored.assessment.organization.name);
        if (organization.trimmed().isEmpty()) {
            organization = tr("(organization not named)");
        }
        lines << tr("%1, round \"%2\" (question bank %3, version %4)")
                     .arg(organization, QString::fromStdString(scored.round.round.name),
                          QString::fromStdString(bank.id), QString::fromStdString(bank.contentVersion));
        lines << QString();
        QString header = text::padToColumns(tr("Initiative"), nameWidth) + tr("Ready").rightJustified(cellWidth);
        for (const Friction& friction : bank.frictions) {
            header += initials(friction.name).rightJustified(cellWidth);
        }
        lines << header;
        for (const InitiativeScore& score : scored.initiatives) {
            const Initiative* initiative = initiativeById(scored.assessment, score.initiativeId);
            QString name = initiative ? QString::fromStdString(initiative->name) : QString::number(score.initiativeId);
            QString line = text::padToColumns(text::elideToColumns(name, nameWidth - 2), nameWidth) +
                           cell(score.readiness, insufficientEvidence(score.coverage), 0).rightJustified(cellWidth);
            for (const FrictionScore& friction : score.frictions) {
                line +=
                    cell(friction.score, friction.lowCoverage, friction.disagreementCount).rightJustified(cellWidth);
            }
            lines << line;
        }
        QString portfolio = text::padToColumns(tr("Portfolio"), nameWidth) +
                            cell(scored.portfolio.readiness, insufficientEvidence(scored.portfolio.coverage), 0)
                                .rightJustified(cellWidth);
        for (const PortfolioFriction& friction : scored.portfolio.frictions) {
            portfolio += cell(friction.score, insufficientEvidence(friction.coverage), 0).rightJustified(cellWidth);
        }
        lines << portfolio << QString();
        lines << tr("Friction scores run from 0 (no friction) to 100 (severe): low under 25, moderate under 50, "
                    "high under 75, critical from 75. Ready: readiness index, 100 minus the weighted mean friction.");
        lines << tr("? insufficient evidence (coverage under 50%)   ! respondents disagree (spread of 2 levels or "
                    "more)   – no answers");
        QStringList legend;
        for (const Friction& friction : bank.frictions) {
            legend << initials(friction.name) + QLatin1Char(' ') + QString::fromStdString(friction.name);
        }
        lines << legend.join(QStringLiteral("   "));
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace

std::unique_ptr<Command> makeScoreCommand()
{
    return std::make_unique<ScoreCommand>();
}

} // namespace lastmile::cli
