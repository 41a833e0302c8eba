// SPDX-License-Identifier: Apache-2.0
#include "file_summary.h"

#include "storage/assessment_file.h"
#include "storage_text/storage_messages.h"

#include <QDateTime>
#include <QFileInfo>

namespace lastmile::app {

FileSummary readFileSummary(const QString& path)
{
    FileSummary summary;
    summary.path = path;
    const QFileInfo info(path);
    if (info.exists()) {
        summary.modified = info.lastModified().toMSecsSinceEpoch();
        summary.size = info.size();
    }

    const auto file = storage::AssessmentFile::open(path.toStdString(), storage::OpenMode::ReadOnly);
    if (!file) {
        summary.error = text::StorageMessages::storageError(file.error());
        return summary;
    }
    const auto assessment = (*file)->load();
    if (!assessment) {
        summary.error = text::StorageMessages::storageError(assessment.error());
        return summary;
    }
    summary.readable = true;
    summary.organization = QString::fromStdString(assessment->organization.name);
    for (const Initiative& initiative : assessment->initiatives) {
        summary.initiativeCount += initiative.archived ? 0 : 1;
    }
    if (assessment->rounds.empty()) {
        return summary;
    }
    const RoundData& last = assessment->rounds.back();
    summary.roundName = QString::fromStdString(last.round.name);
    summary.roundDate = QString::fromStdString(last.round.heldOn);
    const std::vector<InitiativeScore> initiatives = scoreRound(*assessment, last);
    const PortfolioScore portfolio = scorePortfolio(last.bank, initiatives);
    summary.readiness = portfolio.readiness;
    const ScoringRules rules;
    double coverage = 0.0;
    for (const InitiativeScore& initiative : initiatives) {
        coverage += initiative.coverage;
    }
    summary.coverage = initiatives.empty() ? 0.0 : coverage / double(initiatives.size());
    summary.lowCoverage = summary.coverage < rules.lowCoverageBelow;
    for (const PortfolioFriction& friction : portfolio.frictions) {
        FrictionScore cell;
        cell.frictionId = friction.frictionId;
        cell.score = friction.score;
        cell.band = friction.band;
        cell.coverage = friction.coverage;
        cell.lowCoverage = friction.coverage < rules.lowCoverageBelow; // hatched, as in the heatmap
        summary.frictions.push_back(std::move(cell));
        const Friction* named = last.bank.findFriction(friction.frictionId);
        summary.frictionNames.push_back(named ? QString::fromStdString(named->name)
                                              : QString::fromStdString(friction.frictionId));
    }
    return summary;
}

} // namespace lastmile::app
