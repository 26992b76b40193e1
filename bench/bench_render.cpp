// Frame time of the render path: scene -> draw list -> SDL software renderer, at 1600x1000,
// for the embedded regional extract with the sample corpus's places.
#include <benchmark/benchmark.h>

#include "resident_memory.hpp"
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

// ---------------------------------------------------------------------------------------------
// The whole world: Natural Earth's world_map.gpkg (countries, states_provinces, disputed_borders:
// about 4,800 polygons and 630,000 points) from the data cache, with the sample corpus's places,
// at 1600x1000 through the CPU sink. Plate carrée (EPSG:4326), so that gdal_rasterize below draws
// the very same extent in the very same coordinates.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "placeline/base/data_paths.hpp"
#include "placeline/geo/layer_read.hpp"

namespace {

using Clock = std::chrono::steady_clock;

const char* const world_layer_names[] = {"countries", "states_provinces", "disputed_borders"};
constexpr const char* world_projection = "EPSG:4326";
constexpr double world_box[4] = {-180, -90, 180, 90};
constexpr double regional_box[4] = {38, 37, 52, 45};  // the South Caucasus and around

std::string world_gpkg() { return cache_dir() + "/world_map.gpkg"; }

std::vector<geo::Layer> read_world(Diagnostics& diags) {
    std::vector<geo::Layer> layers;
    for (const char* name : world_layer_names)
        for (auto& l : geo::read_layers({world_gpkg(), name}, diags)) layers.push_back(std::move(l));
    return layers;
}

std::shared_ptr<const Atlas> sample_atlas() {
    static std::shared_ptr<const Atlas> atlas = regional_data()->atlas;
    return atlas;
}

render::View view_of(const double box[4]) {
    geo::Bounds b;
    b.add(box[0], box[1]);
    b.add(box[2], box[3]);
    return render::View::fit(b, 1600, 1000, 0);
}

double& world_frame_ms() {
    static double ms = 0;
    return ms;
}

struct WorldData {
    std::shared_ptr<const render::MapData> data;
    double load_ms = 0, first_frame_ms = 0, rss_before_mb = 0, rss_after_mb = 0;
};

// Loaded once for the frame benchmarks; the load and its first frame are timed on the way.
const WorldData& world_data() {
    static WorldData w = [] {
        WorldData out;
        sample_atlas();  // the gazetteer and corpus are not part of the layers' cost
        sink::OffscreenCanvas canvas(1600, 1000);
        out.rss_before_mb = placeline::bench::resident_mb();
        auto t0 = Clock::now();
        Diagnostics diags;
        out.data = render::build_map_data(sample_atlas(), read_world(diags), world_projection, diags);
        auto t1 = Clock::now();
        render::MapState ms;
        render::Scene scene{out.data.get(), &ms, {}};
        render::DrawList list;
        render::draw_map(scene, view_of(world_box), sink::text_measure(canvas.label_font()), list);
        canvas.draw(list, scene.theme.water);
        auto t2 = Clock::now();
        out.rss_after_mb = placeline::bench::resident_mb();
        out.load_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
        out.first_frame_ms = std::chrono::duration<double, std::milli>(t2 - t0).count();
        return out;
    }();
    return w;
}

// How the view changes between frames: not at all (hover, selection, time window: the sink reuses
// the base map), a 3-pixel pan, back and forth (a drag: kept pixels move, the uncovered strip is drawn), or a 2 %
// zoom in and out (the wheel, a flight: every layer is drawn anew).
enum class Motion { still, pan, zoom };

void frame_loop(benchmark::State& state, const double box[4], Motion motion) {
    if (!std::filesystem::exists(world_gpkg())) {
        state.SkipWithError("no world_map.gpkg in the data cache (scripts/fetch-data.sh)");
        return;
    }
    const WorldData& w = world_data();
    sink::OffscreenCanvas canvas(1600, 1000);
    render::MapState ms;
    render::Scene scene{w.data.get(), &ms, {}};
    render::View view = view_of(box);
    render::DrawList list;
    auto measure = sink::text_measure(canvas.label_font());
    size_t points = 0;
    // The first frame at a zoom level builds that level (simplification): the hitch a user sees
    // zooming into a new level once; later frames reuse it.
    auto first = Clock::now();
    render::draw_map(scene, view, measure, list);
    state.counters["first_draw_at_zoom_ms"] = std::chrono::duration<double, std::milli>(Clock::now() - first).count();
    auto t0 = Clock::now();
    int frame = 0;
    for (auto _ : state) {
        ++frame;
        if (motion == Motion::pan) view.pan_pixels(frame % 2 ? 3 : -3, 0);
        if (motion == Motion::zoom) view.zoom_at(800, 500, frame % 2 ? 1.02 : 1 / 1.02);
        list.clear();
        render::draw_map(scene, view, measure, list);
        canvas.draw(list, scene.theme.water);
        points = list.points.size();
        benchmark::DoNotOptimize(list.points.data());
    }
    if (state.iterations() > 0 && box == world_box && motion == Motion::zoom)
        world_frame_ms() = std::chrono::duration<double, std::milli>(Clock::now() - t0).count() / double(state.iterations());
    state.counters["points_drawn"] = double(points);
    state.counters["commands"] = double(list.commands.size());
    state.counters["first_frame_after_load_ms"] = w.first_frame_ms;
    state.counters["load_ms"] = w.load_ms;
    state.counters["rss_mb"] = placeline::bench::resident_mb();
    state.counters["world_layers_mb"] = w.rss_after_mb - w.rss_before_mb;
}

// A program's wall time and peak memory, as wait4 reports them.
struct ChildRun {
    double seconds = 0, max_rss_mb = 0;
    int status = -1;
};
ChildRun run_child(const std::vector<std::string>& args) {
    ChildRun out;
    auto t0 = Clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> argv;
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        if (!std::freopen("/dev/null", "w", stdout) || !std::freopen("/dev/null", "w", stderr)) _exit(126);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    rusage usage{};
    int status = 0;
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        out.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        out.max_rss_mb = usage.ru_maxrss / 1024.0;
    }
    out.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    return out;
}

std::string temp_file(const char* suffix) {
    return (std::filesystem::temp_directory_path() / ("placeline-bench-" + std::to_string(getpid()) + suffix)).string();
}

// gdal_rasterize burning the same three layers into a 1600x1000 raster of the same extent: one
// process reading, rasterizing (fills and lines, no anti-aliasing) and writing. Our figure to
// set against it is the first frame after load, which also reads and draws everything once.
void gdal_loop(benchmark::State& state, const double box[4]) {
    if (!std::filesystem::exists(world_gpkg())) {
        state.SkipWithError("no world_map.gpkg in the data cache (scripts/fetch-data.sh)");
        return;
    }
    std::string out = temp_file(".tif");
    std::vector<std::string> args = {"gdal_rasterize", "-q", "-burn", "255", "-init", "0", "-ot", "Byte",
                                     "-ts", "1600", "1000", "-te"};
    for (int i = 0; i < 4; ++i) args.push_back(std::to_string(box[i]));
    for (const char* name : world_layer_names) args.push_back("-l"), args.push_back(name);
    args.push_back(world_gpkg());
    args.push_back(out);
    double total = 0;
    int runs = 0;
    for (auto _ : state) {
        std::filesystem::remove(out);
        ChildRun r = run_child(args);
        if (r.status != 0) {
            state.SkipWithError("gdal_rasterize failed (is gdal-bin installed?)");
            break;
        }
        state.SetIterationTime(r.seconds);
        total += r.seconds, ++runs;
    }
    std::filesystem::remove(out);
    if (!runs) return;
    const WorldData& w = world_data();
    double gdal_ms = total / runs * 1000;
    state.counters["gdal_ms"] = gdal_ms;
    state.counters["placeline_first_frame_ms"] = w.first_frame_ms;
    state.counters["gdal_over_first_frame"] = gdal_ms / w.first_frame_ms;
    if (world_frame_ms() > 0) state.counters["gdal_over_full_redraw"] = gdal_ms / world_frame_ms();
}

}  // namespace

static void BM_FrameWorld(benchmark::State& state) { frame_loop(state, world_box, Motion::still); }
BENCHMARK(BM_FrameWorld)->Unit(benchmark::kMillisecond);

static void BM_FrameWorldRegional(benchmark::State& state) { frame_loop(state, regional_box, Motion::still); }
BENCHMARK(BM_FrameWorldRegional)->Unit(benchmark::kMillisecond);

static void BM_FrameWorldPanning(benchmark::State& state) { frame_loop(state, world_box, Motion::pan); }
BENCHMARK(BM_FrameWorldPanning)->Unit(benchmark::kMillisecond);

static void BM_FrameWorldRegionalPanning(benchmark::State& state) { frame_loop(state, regional_box, Motion::pan); }
BENCHMARK(BM_FrameWorldRegionalPanning)->Unit(benchmark::kMillisecond);

static void BM_FrameWorldZooming(benchmark::State& state) { frame_loop(state, world_box, Motion::zoom); }
BENCHMARK(BM_FrameWorldZooming)->Unit(benchmark::kMillisecond);

static void BM_FrameWorldRegionalZooming(benchmark::State& state) { frame_loop(state, regional_box, Motion::zoom); }
BENCHMARK(BM_FrameWorldRegionalZooming)->Unit(benchmark::kMillisecond);

static void BM_GdalRasterizeWorld(benchmark::State& state) { gdal_loop(state, world_box); }
BENCHMARK(BM_GdalRasterizeWorld)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

// The whole app's memory with the world: `placeline render --world` on the sample corpus with
// the world gazetteer, as a process of its own, so its peak resident memory is its alone.
static void BM_RenderWorldProcess(benchmark::State& state) {
    namespace fs = std::filesystem;
    fs::path exe = fs::read_symlink("/proc/self/exe").parent_path() / "placeline";
    if (!fs::exists(world_gpkg()) || !fs::exists(exe)) {
        state.SkipWithError("needs build/placeline and world_map.gpkg in the data cache");
        return;
    }
    std::string out = temp_file(".png");
    ChildRun r;
    for (auto _ : state) {
        r = run_child({exe.string(), "render", "--world", "--projection", world_projection, "--bbox", "-180,-90,180,90",
                       "--out", out, SAMPLE_CORPUS});
        if (r.status != 0) {
            state.SkipWithError("placeline render --world failed");
            break;
        }
        state.SetIterationTime(r.seconds);
    }
    fs::remove(out);
    state.counters["peak_rss_mb"] = r.max_rss_mb;
}
BENCHMARK(BM_RenderWorldProcess)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);
