// SPDX-License-Identifier: Apache-2.0
// In-process figures of `lastmile-cli heatmap`: painting the heatmap of the large workload and
// encoding it as PNG, with libpng unfiltered (what Lastmile does) and with Qt's writer (libpng
// trying every filter on every row, what it did before) for comparison.
#include "bench_fixtures.h"
#include "core/report_model.h"
#include "render/heatmap_export.h"
#include "render/png_bytes.h"

#include <QBuffer>
#include <QGuiApplication>
#include <benchmark/benchmark.h>

using namespace lastmile;

namespace {

const HeatmapData& largeHeatmap()
{
    static const HeatmapData data = [] {
        const Assessment& assessment = bench::largeAssessment();
        return buildHeatmap(assessment, *latestRound(assessment), nullptr);
    }();
    return data;
}

const QImage& largeImage()
{
    static const QImage image = render::heatmapImage(largeHeatmap());
    return image;
}

} // namespace

static void HeatmapImageLarge(benchmark::State& state)
{
    for (auto _ : state) {
        QImage image = render::heatmapImage(largeHeatmap());
        benchmark::DoNotOptimize(image);
    }
}
BENCHMARK(HeatmapImageLarge)->Unit(benchmark::kMillisecond);

static void HeatmapPngLarge(benchmark::State& state)
{
    for (auto _ : state) {
        auto bytes = render::pngBytes(largeImage());
        benchmark::DoNotOptimize(bytes);
        state.counters["bytes"] = bytes ? double(bytes->size()) : 0.0;
    }
}
BENCHMARK(HeatmapPngLarge)->Unit(benchmark::kMillisecond);

static void HeatmapPngQtWriterLarge(benchmark::State& state)
{
    for (auto _ : state) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        largeImage().save(&buffer, "PNG", 70);
        benchmark::DoNotOptimize(bytes);
        state.counters["bytes"] = double(bytes.size());
    }
}
BENCHMARK(HeatmapPngQtWriterLarge)->Unit(benchmark::kMillisecond);

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
