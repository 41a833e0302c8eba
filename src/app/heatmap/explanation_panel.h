// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/report_model.h"
#include "render/heatmap_painter.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace lastmile::app {

// Explains one cell of the heatmap: how its number was computed (core explanation.h), from
// which answers, with what weights and exclusions, and what the room said about it. Everything
// people typed is shown as plain text.
class ExplanationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationPanel(QWidget* parent = nullptr);

    // Explains `cell` of `heatmap`, the heatmap of `round` in `assessment`.
    void explain(const Assessment& assessment, const RoundData& round, const HeatmapData& heatmap,
                 const render::HeatmapHit& cell);
    // Instead of an explanation, while the answers of `round` are not read: that they are being
    // read (`failure` empty), or why they could not be (a full sentence naming the file).
    void explainLater(const RoundData& round, const QString& failure = {});
    QString title() const;

signals:
    void closeRequested();

private:
    void explainFriction(const RoundData& round, const HeatmapRow& row, const InitiativeScore& score,
                         const std::string& frictionId);
    void explainReadiness(const RoundData& round, const HeatmapRow& row, const InitiativeScore& score);
    void explainPortfolio(const RoundData& round, const HeatmapData& heatmap,
                          const std::vector<InitiativeScore>& scores, const std::string& frictionId);
    void addQuestion(const RoundData& round, std::int64_t initiativeId, const Question& question,
                     const QuestionScore& score);

    void clearContent();
    QLabel* addLabel(const QString& text, const QString& objectName, int indent = 0);
    void addHeading(const QString& text);
    void addFlag(const QString& text);

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
};

} // namespace lastmile::app
