// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/report_model.h"
#include "support/tools.h"

#include <string>

namespace lastmile::test {

// The demo engagement, with its due dates anchored on a fixed day.
Assessment demoAssessment();
// The report of the demo's latest round, compared with the one before.
ReportModel demoReport(const Assessment& assessment, const ReportOptions& options = {});
HeatmapData demoHeatmap(const Assessment& assessment, bool compare = false);

} // namespace lastmile::test
