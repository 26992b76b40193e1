// Frame time with areas drawn as areas: the world-news test articles (tests/data/world-news: 29
// articles naming countries and first-level divisions on every continent), their own shapes from
// the data cache's 1:10m Natural Earth, at world extent and 1600x1000 through the CPU sink.
// Each frame hovers another area, so the kept base map is reused and every area is drawn and
// handed to the hit test anew, as while the mouse moves over the map.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "placeline/base/data_paths.hpp"
#include "placeline/geo/shape_ref.hpp"
#include "placeline/geo/us_counties.hpp"

#include "placeline/render/map_load.hpp"
#include "placeline/render/scene.hpp"
#include "placeline/sink/canvas.hpp"

using namespace placeline;

static void BM_FrameAreasWorld(benchmark::State& state) {
    static std::shared_ptr<const render::MapData> data = [] {
        Diagnostics diags;
        render::MapSources sources;
        sources.corpus = {WORLD_NEWS};
        return render::load_map_data(sources, diags);
    }();
    sink::OffscreenCanvas canvas(1600, 1000);
    render::MapState ms;
    render::Scene scene{data.get(), &ms, {}};
    render::View view = render::View::fit(render::default_bounds(*data), 1600, 1000);
    render::DrawList list;
    render::MapHits hits;
    render::SceneScratch scratch;
    auto measure = sink::text_measure(canvas.label_font());
    size_t frame = 0;
    for (auto _ : state) {
        ms.hovered = data->area_place.empty() ? no_place : data->area_place[frame++ % data->area_place.size()];
        list.clear();
        render::draw_map(scene, view, measure, list, &hits, &scratch);
        canvas.draw(list, scene.theme.water);
        benchmark::DoNotOptimize(list.points.data());
    }
    state.counters["areas"] = double(data->area_place.size());
    state.counters["area_points"] = double(hits.area_points.size());
}
BENCHMARK(BM_FrameAreasWorld)->Unit(benchmark::kMillisecond);

// What a shape source adds to every load: its shape index (`add`: ids from attributes only,
// made whatever the corpus names), then the shapes of as many places as the argument, read by
// feature id.
static void shapes_load(benchmark::State& state, const std::string& path,
                        void (*add)(const std::string&, geo::ShapeIndex&, Diagnostics&)) {
    if (!std::filesystem::exists(path)) {
        state.SkipWithError(("no " + path + " in the data cache (scripts/fetch-data.sh)").c_str());
        return;
    }
    Diagnostics diags;
    std::vector<geo::ShapeRef> refs;
    size_t indexed = 0;
    for (auto _ : state) {
        geo::ShapeIndex index;
        add(path, index, diags);
        indexed = index.size();
        refs.clear();
        for (const auto& [id, ref] : index)
            if (refs.size() < size_t(state.range(0))) refs.push_back(ref);
        geo::Layer shapes = geo::read_shapes(refs, diags);
        benchmark::DoNotOptimize(shapes.features.data());
    }
    state.counters["indexed"] = double(indexed);
    state.counters["read"] = double(refs.size());
}

// The gazetteer's Natural Earth file (the cache's 1:10m world_map.gpkg: every country's and
// division's id); the world-news articles name 58 of its places.
static void BM_AreaShapesLoad(benchmark::State& state) {
    shapes_load(state, cache_dir() + "/world_map.gpkg", geo::add_natural_earth_shapes);
}
BENCHMARK(BM_AreaShapesLoad)->Arg(0)->Arg(58)->Unit(benchmark::kMillisecond);

// The cache's us-counties.gpkg (every county's id), read only for a corpus that names a county;
// tests/data/counties names 3.
static void BM_CountyShapesLoad(benchmark::State& state) {
    shapes_load(state, cache_dir() + "/us-counties.gpkg", geo::add_us_county_shapes);
}
BENCHMARK(BM_CountyShapesLoad)->Arg(0)->Arg(3)->Unit(benchmark::kMillisecond);
