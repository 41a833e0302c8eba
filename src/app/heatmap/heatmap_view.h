// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "render/heatmap_painter.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace lastmile::app {

class AssessmentDocument;
class ExplanationPanel;
class HeatmapCanvas;

// The Heatmap tab: the open document's heatmap for a chosen round, optionally against another
// round (the change view with arrows); a click on a cell explains it in a panel beside the
// heatmap. It follows every edit of the document, so it updates live during a workshop. Copy
// puts the heatmap on the clipboard (image and SVG) for slides; Export writes PNG or SVG.
class HeatmapView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapView(QWidget* parent = nullptr);

    void setDocument(AssessmentDocument* document);

    HeatmapCanvas* canvas() const { return m_canvas; }
    ExplanationPanel* explanationPanel() const { return m_explanation; }
    QComboBox* roundComboBox() const { return m_round; }
    QComboBox* compareComboBox() const { return m_compare; }
    QCheckBox* showTargetsCheckBox() const { return m_showTargets; }
    QCheckBox* gapToTargetCheckBox() const { return m_gapToTarget; }

    // Explains a cell in the panel beside the heatmap (what a click does).
    void explainCell(const render::HeatmapHit& cell);
    void closeExplanation();
    // Puts the heatmap on the clipboard as an image and as SVG.
    void copyToClipboard();
    // Writes the heatmap as PNG or SVG (by the suffix); reports a failure through failed().
    bool exportTo(const QString& path);

signals:
    // An export failed; a full sentence naming the file.
    void failed(const QString& message);

private:
    void fillRounds();
    void rebuild();
    void chooseExportFile();
    std::int64_t roundId() const;
    std::int64_t compareRoundId() const;
    render::HeatmapOptions exportOptions() const;
    void applyTargetView();

    AssessmentDocument* m_document = nullptr;
    QComboBox* m_round = nullptr;
    QComboBox* m_compare = nullptr;
    QCheckBox* m_showTargets = nullptr;
    QCheckBox* m_gapToTarget = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_hint = nullptr;
    QSplitter* m_splitter = nullptr;
    QScrollArea* m_scroll = nullptr;
    HeatmapCanvas* m_canvas = nullptr;
    ExplanationPanel* m_explanation = nullptr;
    std::optional<render::HeatmapHit> m_explained;
    bool m_filling = false;
};

} // namespace lastmile::app
