// A slide-to-slide transition at 1920x1080 through the CPU path: interpolate the frame, build
// the scene, rasterize, overlay the slide's text. 60 fps needs under 16.7 ms a frame.
#include <benchmark/benchmark.h>
#include <imgui.h>

#include "placeline/sink/slide_overlay.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/render/map_load.hpp"
#include "placeline/render/slide_frame.hpp"
#include "placeline/sink/canvas.hpp"

using namespace placeline;

namespace {
struct Args {
    const sink::Fonts* fonts;
    const Atlas* atlas;
    const render::Slide* slide;
};
void overlay(void* p) {
    auto* a = static_cast<Args*>(p);
    sink::draw_slide_overlay(ImGui::GetForegroundDrawList(), *a->fonts, a->atlas, *a->slide, 1, 10, 1920, 1080);
}
}  // namespace

static void BM_SlideTransition1080p(benchmark::State& state) {
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {SAMPLE_CORPUS};
    auto data = render::load_map_data(sources, diags);
    render::Deck deck = render::read_deck(asset_path("september-2023.toml"), diags);
    if (deck.slides.size() < 2) {
        state.SkipWithError("example deck missing");
        return;
    }
    std::string error;
    auto proj = geo::Projection::create(data->projection, error);
    render::SlideFrame a = render::resolve_slide(deck.slides[0], *data, *proj, 1920, 1080);
    render::SlideFrame b = render::resolve_slide(deck.slides[1], *data, *proj, 1920, 1080);
    sink::OffscreenCanvas canvas(1920, 1080, true);
    render::DrawList list;
    Args args{&canvas.fonts(), data->atlas.get(), &deck.slides[1]};
    int frame = 0;
    for (auto _ : state) {
        double t = (frame++ % 90) / 90.0;  // a 1.5 s flight at 60 fps
        render::SlideFrame f = render::interpolate_frames(a, b, t);
        render::Scene scene{data.get(), &f.state, {}};
        list.clear();
        render::draw_map(scene, f.view, sink::text_measure(canvas.label_font()), list);
        canvas.draw(list, scene.theme.water, overlay, &args);
        benchmark::DoNotOptimize(list.points.data());
    }
}
BENCHMARK(BM_SlideTransition1080p)->Unit(benchmark::kMillisecond);
