// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

namespace lastmile::render {

// The typeface of reports and exported heatmaps: DejaVu Sans where it is installed (it is on
// every supported system, and it is embedded in PDF files), else the application's font.
QString reportFontFamily();
// The family first, then the fallbacks that cover the other scripts and emoji in outline
// (scripts/setup.sh installs them); only those installed.
QStringList reportFontFamilies();
QFont reportFont(qreal pointSize, bool bold = false);

// The colours a report is set in.
QColor inkColour();   // body text
QColor mutedColour(); // captions, headers, footers
QColor ruleColour();  // table rules
QColor shadeColour(); // table header and zebra rows
// The branding's accent colour ("#RRGGBB"), or the default one.
QColor accentColour(const Branding& branding);

} // namespace lastmile::render
