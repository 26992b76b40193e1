// Frame time of the render path: scene -> draw list -> SDL software renderer, at 1600x1000,
// for the embedded regional extract with the sample corpus's places.
#include <benchmark/benchmark.h>

#include "placeline/render/map_load.hpp"
#include "placeline/render/scene.hpp"
#include "placeline/sink/canvas.hpp"

using namespace placeline;

static std::shared_ptr<const render::MapData> regional_data() {
    static std::shared_ptr<const render::MapData> data = [] {
        Diagnostics diags;
        render::MapSources sources;
        sources.corpus = {SAMPLE_CORPUS};
        return render::load_map_data(sources, diags);
    }();
    return data;
}

static void BM_FrameRegional(benchmark::State& state) {
    auto data = regional_data();
    sink::OffscreenCanvas canvas(1600, 1000);
    render::MapState ms;
    render::Scene scene{data.get(), &ms, {}};
    render::View view = render::View::fit(data->layer_bounds, 1600, 1000);
    render::DrawList list;
    auto measure = sink::text_measure(canvas.label_font());
    for (auto _ : state) {
        list.clear();
        render::draw_map(scene, view, measure, list);
        canvas.draw(list, scene.theme.water);
        benchmark::DoNotOptimize(list.points.data());
    }
    state.counters["commands"] = double(list.commands.size());
}
BENCHMARK(BM_FrameRegional)->Unit(benchmark::kMillisecond);

static void BM_DrawListOnly(benchmark::State& state) {
    auto data = regional_data();
    sink::OffscreenCanvas canvas(16, 16);  // fonts for measuring only
    render::MapState ms;
    render::Scene scene{data.get(), &ms, {}};
    render::View view = render::View::fit(data->layer_bounds, 1600, 1000);
    render::DrawList list;
    auto measure = sink::text_measure(canvas.label_font());
    for (auto _ : state) {
        list.clear();
        render::draw_map(scene, view, measure, list);
        benchmark::DoNotOptimize(list.points.data());
    }
}
BENCHMARK(BM_DrawListOnly)->Unit(benchmark::kMillisecond);
