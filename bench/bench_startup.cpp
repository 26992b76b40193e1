// Loading: the sample corpus through the whole flow, and the window's start to its first frame
// with the corpus on it (the app under Xvfb, reporting its own timings).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "placeline/atlas/atlas.hpp"
#include "placeline/render/map_load.hpp"

using namespace placeline;

static void BM_LoadSampleCorpus(benchmark::State& state) {
    Diagnostics diags;
    auto gazetteer = load_default_gazetteer(diags);
    for (auto _ : state) {
        Diagnostics d;
        auto atlas = build_atlas({SAMPLE_CORPUS}, gazetteer, d);
        benchmark::DoNotOptimize(atlas.get());
    }
}
BENCHMARK(BM_LoadSampleCorpus)->Unit(benchmark::kMillisecond);

static void BM_LoadMapData(benchmark::State& state) {
    for (auto _ : state) {
        Diagnostics d;
        render::MapSources sources;
        sources.corpus = {SAMPLE_CORPUS};
        auto data = render::load_map_data(sources, d);
        benchmark::DoNotOptimize(data.get());
    }
}
BENCHMARK(BM_LoadMapData)->Unit(benchmark::kMillisecond);

// Start of the process to the first frame showing the sample corpus, as the app measures it.
static void BM_AppStartToFirstFrame(benchmark::State& state) {
    namespace fs = std::filesystem;
    fs::path exe = fs::read_symlink("/proc/self/exe").parent_path() / "placeline";
    std::string display = std::getenv("DISPLAY") ? std::getenv("DISPLAY") : "";
    FILE* xvfb = nullptr;
    if (display.empty()) {
        display = std::string(":").append(std::to_string(500 + getpid() % 300));
        xvfb = ::popen(("Xvfb " + display + " -screen 0 1600x1000x24 -nolisten tcp 2>/dev/null").c_str(), "r");
        for (int i = 0; i < 100 && !fs::exists("/tmp/.X11-unix/X" + display.substr(1)); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::string cmd = "DISPLAY=" + display + " XDG_CONFIG_HOME=/tmp/placeline-bench-config PLACELINE_TIMING=1 "
                      "PLACELINE_EXIT_AFTER_LOAD=1 '" + exe.string() + "' " SAMPLE_CORPUS " 2>&1";
    double first = 0, with_corpus = 0;
    for (auto _ : state) {
        FILE* p = ::popen(cmd.c_str(), "r");
        char line[256];
        double ms;
        while (p && std::fgets(line, sizeof line, p)) {
            if (std::sscanf(line, "placeline: first frame after %lf ms", &ms) == 1) first = ms;
            if (std::sscanf(line, "placeline: first frame with the corpus after %lf ms", &ms) == 1) with_corpus = ms;
        }
        if (p) ::pclose(p);
        if (with_corpus <= 0) {
            state.SkipWithError("the app reported no timing (no X server?)");
            break;
        }
        state.SetIterationTime(with_corpus / 1000.0);
    }
    state.counters["first_frame_ms"] = first;
    state.counters["with_corpus_ms"] = with_corpus;
    if (xvfb) {
        std::system(("pkill -f 'Xvfb " + display + " ' 2>/dev/null").c_str());
        ::pclose(xvfb);
    }
}
BENCHMARK(BM_AppStartToFirstFrame)->UseManualTime()->Iterations(5)->Unit(benchmark::kMillisecond);
