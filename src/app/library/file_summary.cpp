// SPDX-License-Identifier: Apache-2.0
#include "file_summary.h"

#include "storage/assessment_file.h"
#include "storage_text/storage_messages.h"

#include <QDateTime>
#include <QFileInfo>

namespace lastmile::app {

FileSummary readFileSummary(const QString& path, const std::function<bool()>& cancelled)
{
    FileSummary summary;
    summary.path = path;
    const QFileInfo info(path);
    if (info.exists()) {
        summary.modified = info.lastModified().toMSecsSinceEpoch();
        summary.size = info.size();
    }

    const auto read = storage::AssessmentFile::readSummary(path.toStdString(), cancelled);
    if (!read) {
        summary.error = text::StorageMessages::storageError(read.error());
        return summary;
    }
    summary.readable = true;
    if (const auto link = storage::AssessmentFile::readWorkingCopyLink(path.toStdString()); link && link->has_value()) {
        summary.repository = QString::fromStdString((*link)->repository);
        summary.engagement = QString::fromStdString((*link)->engagement);
    }
    summary.organization = QString::fromStdString(read->organization);
    summary.initiativeCount = read->initiativeCount;
    if (!read->round) {
        return summary;
    }
    summary.roundName = QString::fromStdString(read->round->name);
    summary.roundDate = QString::fromStdString(read->round->heldOn);
    const std::vector<InitiativeScore>& initiatives = read->initiatives;
    const PortfolioScore portfolio = scorePortfolio(read->bank, initiatives);
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
        const Friction* named = read->bank.findFriction(friction.frictionId);
        summary.frictionNames.push_back(named ? QString::fromStdString(named->name)
                                              : QString::fromStdString(friction.frictionId));
    }
    return summary;
}

} // namespace lastmile::app
