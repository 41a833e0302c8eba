// SPDX-License-Identifier: Apache-2.0
#include "heatmap_view.h"

#include "app/assessment_document.h"
#include "explanation_panel.h"
#include "heatmap_canvas.h"
#include "heatmap_model.h"
#include "render/heatmap_export.h"
#include "text/messages.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace lastmile::app {

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatmapView"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_round = new QComboBox(this);
    m_round->setObjectName(QStringLiteral("heatmapRoundComboBox"));
    m_round->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("heatmapCompareComboBox"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* roundLabel = new QLabel(tr("&Round"), this);
    roundLabel->setBuddy(m_round);
    auto* compareLabel = new QLabel(tr("Compare &against"), this);
    compareLabel->setBuddy(m_compare);
    m_showTargets = new QCheckBox(tr("Show &targets"), this);
    m_showTargets->setObjectName(QStringLiteral("showTargetsCheckBox"));
    m_showTargets->setToolTip(tr("Mark each cell's target on its bottom edge: 0 at the left, 100 at the right"));
    m_gapToTarget = new QCheckBox(tr("&Gap to target"), this);
    m_gapToTarget->setObjectName(QStringLiteral("gapToTargetCheckBox"));
    m_gapToTarget->setToolTip(
        tr("Show in each cell with a target how many points are still to close (score − target), or ✓ when met"));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyHeatmapPushButton"));
    m_copy->setToolTip(tr("Copy the heatmap as an image and as SVG, for slides (Ctrl+C)"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportHeatmapPushButton"));
    m_export->setToolTip(tr("Save the heatmap as a PNG image or an SVG drawing"));
    bar->addWidget(roundLabel);
    bar->addWidget(m_round);
    bar->addSpacing(12);
    bar->addWidget(compareLabel);
    bar->addWidget(m_compare);
    bar->addSpacing(12);
    bar->addWidget(m_showTargets);
    bar->addWidget(m_gapToTarget);
    bar->addStretch(1);
    bar->addWidget(m_copy);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    createFilterBar(layout);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("heatmapHintLabel"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_model = new HeatmapModel(this);
    m_filter = new HeatmapFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("heatmapSplitter"));
    m_canvas = new HeatmapCanvas(m_splitter);
    m_explanation = new ExplanationPanel(m_splitter);
    m_explanation->hide();
    m_splitter->addWidget(m_canvas);
    m_splitter->addWidget(m_explanation);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    auto* copy = new QAction(tr("Copy Heatmap"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copy);
    connect(copy, &QAction::triggered, this, &HeatmapView::copyToClipboard);
    connect(m_copy, &QPushButton::clicked, this, &HeatmapView::copyToClipboard);
    connect(m_export, &QPushButton::clicked, this, &HeatmapView::chooseExportFile);
    connect(m_round, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            fillCompare();
            rebuild();
        }
    });
    const auto addZoom = [this](const QString& text, const QList<QKeySequence>& keys, void (HeatmapCanvas::*zoom)()) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, m_canvas, zoom);
    };
    addZoom(tr("Zoom In"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, &HeatmapCanvas::zoomIn);
    addZoom(tr("Zoom Out"), {QKeySequence::ZoomOut}, &HeatmapCanvas::zoomOut);
    addZoom(tr("Actual Size"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, &HeatmapCanvas::resetZoom);
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            rebuild();
        }
    });
    // The two views of targets exclude each other: the gap view already is about the targets.
    connect(m_showTargets, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_gapToTarget->isChecked()) {
            m_gapToTarget->setChecked(false);
        }
        applyTargetView();
    });
    connect(m_gapToTarget, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_showTargets->isChecked()) {
            m_showTargets->setChecked(false);
        }
        applyTargetView();
    });
    connect(m_canvas, &HeatmapCanvas::cellClicked, this, &HeatmapView::explainCell);
    connect(m_canvas, &HeatmapCanvas::headerClicked, this, &HeatmapView::toggleSort);
    connect(m_explanation, &ExplanationPanel::closeRequested, this, &HeatmapView::closeExplanation);
    setDocument(nullptr);
}

void HeatmapView::setDocument(AssessmentDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_explained.reset();
    m_explanation->hide();
    m_filling = true;
    m_round->clear();
    m_compare->clear();
    m_filling = false;
    if (m_document) {
        connect(m_document, &AssessmentDocument::changed, this, [this] {
            fillRounds();
            rebuild();
        });
        connect(m_document, &AssessmentDocument::roundLoaded, this, [this](std::int64_t loaded) {
            if (loaded == roundId() || loaded == compareRoundId()) {
                rebuild();
            }
        });
        connect(m_document, &AssessmentDocument::loadFailed, this, [this](const QString& message) {
            const RoundData* round = m_document->round(roundId());
            if (m_explained && round && !m_document->isLoaded(round->round.id)) {
                m_explanation->explainLater(*round, message);
            }
        });
    }
    fillRounds();
    rebuild();
}

std::int64_t HeatmapView::roundId() const
{
    return m_round->currentData().toLongLong();
}

std::int64_t HeatmapView::compareRoundId() const
{
    return m_compare->currentData().toLongLong();
}

void HeatmapView::fillRounds()
{
    const std::int64_t chosen = roundId();
    const bool first = m_round->count() == 0;
    m_filling = true;
    m_round->clear();
    if (m_document) {
        for (const RoundData& round : m_document->assessment().rounds) {
            m_round->addItem(QString::fromStdString(round.round.name), QVariant::fromValue<qlonglong>(round.round.id));
        }
    }
    const int round = m_round->findData(QVariant::fromValue<qlonglong>(chosen));
    m_round->setCurrentIndex(first || round < 0 ? m_round->count() - 1 : round); // the latest by default
    m_filling = false;
    fillCompare();
    fillFilters();
    m_copy->setEnabled(m_round->count() > 0);
    m_export->setEnabled(m_round->count() > 0);
}

void HeatmapView::fillCompare()
{
    // Only the other rounds: comparing a round with itself shows nothing.
    const std::int64_t compared = compareRoundId();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_compare->clear();
    m_compare->addItem(tr("None"), QVariant::fromValue<qlonglong>(0));
    if (m_document) {
        for (const RoundData& round : m_document->assessment().rounds) {
            if (round.round.id != roundId()) {
                m_compare->addItem(QString::fromStdString(round.round.name),
                                   QVariant::fromValue<qlonglong>(round.round.id));
            }
        }
    }
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(QVariant::fromValue<qlonglong>(compared))));
    m_compare->setEnabled(m_compare->count() > 1);
    m_filling = wasFilling;
}

void HeatmapView::rebuild()
{
    const RoundData* round = m_document ? m_document->round(roundId()) : nullptr;
    if (!round) {
        m_model->setHeatmap({}, {});
        m_canvas->setData({}, false);
        closeExplanation();
        showRows();
        return;
    }
    const std::int64_t comparedId = compareRoundId();
    const RoundData* compared =
        comparedId != 0 && comparedId != round->round.id ? m_document->round(comparedId) : nullptr;
    // Each round shown is scored from its answers once they are read, or else from the scores
    // the file stores, with no answer read. Only a round with neither is read; until it is in,
    // the heatmap says so instead of showing scores of answers not read yet.
    std::optional<std::vector<InitiativeScore>> scores = m_document->roundScores(*round);
    std::optional<std::vector<InitiativeScore>> previousScores =
        compared ? m_document->roundScores(*compared) : std::vector<InitiativeScore>();
    const RoundData* waiting = !scores ? round : !previousScores ? compared : nullptr;
    if (waiting && isVisible()) {
        std::vector<std::int64_t> needed;
        for (const RoundData* shown : {round, compared}) {
            if (shown && !m_document->isLoaded(shown->round.id)) {
                needed.push_back(shown->round.id);
            }
        }
        m_document->need(needed);
    }
    m_copy->setEnabled(!waiting);
    m_export->setEnabled(!waiting);
    if (waiting) {
        m_model->setHeatmap({}, {});
        m_canvas->setEmptyText(tr("Reading the answers of %1…").arg(QString::fromStdString(waiting->round.name)));
        m_canvas->setData({}, false);
        closeExplanation();
        m_hint->setText(tr("The heatmap appears as soon as the round's answers are read."));
        return;
    }
    m_canvas->setEmptyText(tr("No round to show."));
    m_model->setHeatmap(
        buildHeatmap(m_document->assessment(), *round, std::move(*scores), compared, std::move(*previousScores)),
        m_document->assessment().initiatives);
    showRows();
    if (m_explained) {
        explainCell(*m_explained); // follows the edit
    }
}

void HeatmapView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_document && !m_document->isLoaded({roundId(), compareRoundId()})) {
        rebuild(); // shown: now its round is asked for
    }
}

void HeatmapView::explainCell(const render::HeatmapHit& cell)
{
    const RoundData* round = m_document ? m_document->round(roundId()) : nullptr;
    if (!round) {
        return;
    }
    m_explained = cell;
    if (m_document->isLoaded(round->round.id)) {
        m_explanation->explain(m_document->assessment(), *round, m_canvas->data(), cell);
    } else {
        // The heatmap came from the stored scores; the explanation lists the answers behind a
        // score, so the round is read now (roundLoaded() explains the cell then).
        m_explanation->explainLater(*round);
        m_document->need({round->round.id});
    }
    m_canvas->setSelectedCell(cell);
    if (!m_canvas->currentCell() || m_canvas->currentCell()->initiativeId != cell.initiativeId ||
        m_canvas->currentCell()->frictionId != cell.frictionId) {
        m_canvas->setCurrentCell(cell);
    }
    if (!m_explanation->isVisible()) {
        m_explanation->show();
        const int total = m_splitter->width();
        m_splitter->setSizes({total * 3 / 5, total * 2 / 5});
    }
}

void HeatmapView::applyTargetView()
{
    m_canvas->setTargetView(m_showTargets->isChecked(), m_gapToTarget->isChecked());
}

void HeatmapView::closeExplanation()
{
    m_explained.reset();
    m_explanation->hide();
    m_canvas->setSelectedCell(std::nullopt);
}

render::HeatmapOptions HeatmapView::exportOptions() const
{
    render::HeatmapOptions options;
    options.delta = m_canvas->options().delta;
    options.showTargets = m_canvas->options().showTargets;
    options.gapToTarget = m_canvas->options().gapToTarget;
    if (m_document) {
        options.caption = render::heatmapCaption(QString::fromStdString(m_document->assessment().organization.name),
                                                 m_canvas->data(), options.delta);
    }
    return options;
}

void HeatmapView::copyToClipboard()
{
    if (m_canvas->data().frictions.empty()) {
        return;
    }
    auto* mime = new QMimeData;
    mime->setImageData(render::heatmapImage(m_canvas->data(), exportOptions()));
    mime->setData(QStringLiteral("image/svg+xml"), render::heatmapSvg(m_canvas->data(), exportOptions()));
    QApplication::clipboard()->setMimeData(mime);
}

bool HeatmapView::exportTo(const QString& path)
{
    const render::ExportResult result = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                                            ? render::writeHeatmapSvg(path, m_canvas->data(), exportOptions())
                                            : render::writeHeatmapPng(path, m_canvas->data(), exportOptions());
    if (result.status == render::ExportResult::Status::Failed) {
        emit failed(text::fileMessage(QDir::toNativeSeparators(path), result.error));
    }
    return result.ok();
}

void HeatmapView::chooseExportFile()
{
    if (!m_document || m_canvas->data().frictions.empty()) {
        return;
    }
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString filter = png;
    const QString suggested = QDir(QFileInfo(m_document->path()).absolutePath())
                                  .filePath(QFileInfo(m_document->path()).completeBaseName() + tr(" heatmap.png"));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Heatmap"), suggested, png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        path += suffix;
    }
    exportTo(path);
}

} // namespace lastmile::app
