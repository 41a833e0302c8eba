// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/scoring.h"
#include "render/heatmap_painter.h"

#include <QWidget>
#include <optional>
#include <vector>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;

namespace lastmile::app {

class AssessmentDocument;
class ExplanationPanel;
class HeatmapCanvas;
class HeatmapFilterModel;
class HeatmapModel;

// The Heatmap tab: the open document's heatmap for a chosen round, optionally against another
// round (the change view with coloured arrows); a click on a cell, or Enter on the keyboard's
// cell, explains it in a panel beside the heatmap. Rows sort by the name, the readiness or any
// friction (a click on a header, again to reverse) and filter by business function and stage. It follows every edit of
// the document, so it updates live during a workshop. A round whose answers the document has not read is drawn from
// the scores the file stores, without reading them; its answers are read only for what needs them (explaining a cell),
// or when the file's stored scores cannot be trusted (docs/file-format.md#stored-scores). Copy puts the heatmap on the
// clipboard (image and SVG) for slides; Export writes PNG or SVG.
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
    QComboBox* functionComboBox() const { return m_function; }
    QComboBox* stageComboBox() const { return m_stage; }
    QComboBox* sortComboBox() const { return m_sort; }
    HeatmapModel* model() const { return m_model; }
    HeatmapFilterModel* filterModel() const { return m_filter; }

    // Sorts the rows by "name", "readiness" or a friction id (empty: the file's order).
    void sortBy(const QString& column, bool ascending);
    // A click on a column's header: worst first, or reversed when it is sorted already.
    void toggleSort(const QString& column);
    QString sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_sortAscending; }
    // Shows the cell of `initiativeId` and `frictionId` (empty: readiness) as the keyboard's cell,
    // clearing filters that hide it, and explains it.
    void showCell(std::int64_t initiativeId, const std::string& frictionId);

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

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillRounds();
    void fillCompare();
    void fillFilters();
    void rebuild();
    void showRows();
    void updateSortControls();
    void createFilterBar(QBoxLayout* layout);
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
    QComboBox* m_function = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_sort = nullptr;
    QPushButton* m_sortOrder = nullptr;
    QLabel* m_hint = nullptr;
    QSplitter* m_splitter = nullptr;
    HeatmapModel* m_model = nullptr;
    HeatmapFilterModel* m_filter = nullptr;
    QString m_sortColumn;
    bool m_sortAscending = true;
    HeatmapCanvas* m_canvas = nullptr;
    ExplanationPanel* m_explanation = nullptr;
    std::optional<render::HeatmapHit> m_explained;
    bool m_filling = false;
};

} // namespace lastmile::app
