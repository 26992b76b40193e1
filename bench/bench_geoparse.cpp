// The geoparser's figures (issue 3): matching throughput with the whole gazetteer on one thread,
// compared in the same run with `grep -F -w -f` over the gazetteer's names on the same input;
// gazetteer from cache to ready; first compile from cities500; resident memory.
//
//   build/placeline_bench --benchmark_filter=Geoparse
//
// The input is made at run time in a temporary folder by shuffling the sample corpus's paragraphs
// (fixed seed) up to 64 MB; no article text is kept anywhere else.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "grep_names.hpp"
#include "resident_memory.hpp"
#include "placeline/corpus/corpus.hpp"
#include "placeline/places/gazetteer_cache.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "placeline/places/matcher.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

std::shared_ptr<const Gazetteer> world() {
    static std::shared_ptr<const Gazetteer> g = [] {
        Diagnostics diags;
        auto sources = geo::default_gazetteer_sources();
        if (sources.geonames.empty())
            std::fprintf(stderr, "bench: cities500.txt is not in the data cache (scripts/fetch-data.sh): "
                                 "measuring the regional gazetteer instead\n");
        return geo::load_gazetteer(sources, diags);
    }();
    return g;
}

struct Input {
    std::string dir, text_path, names_path;
    std::string text;
};

// Paragraphs of the sample corpus, shuffled and repeated up to `bytes`, written to a temp folder
// with the gazetteer's spellings (one a line) for grep.
const Input& input() {
    static Input in = [] {
        Input r;
        r.dir = (fs::temp_directory_path() / ("placeline-bench-" + std::to_string(::getpid()))).string();
        fs::create_directories(r.dir);
        Diagnostics diags;
        Corpus corpus = load_corpus({SAMPLE_CORPUS}, diags);
        std::vector<std::string_view> paragraphs;
        for (const Passage& p : corpus.passages) paragraphs.push_back(corpus.text_of(p));
        std::mt19937 rng(3);
        const size_t bytes = 64u << 20;
        while (r.text.size() < bytes && !paragraphs.empty()) {
            std::shuffle(paragraphs.begin(), paragraphs.end(), rng);
            for (std::string_view p : paragraphs) {
                r.text.append(p);
                r.text += "\n\n";
            }
        }
        r.text_path = r.dir + "/input.txt";
        std::ofstream(r.text_path, std::ios::binary) << r.text;
        r.names_path = r.dir + "/names.txt";
        placeline::bench::write_grep_names(r.names_path);
        return r;
    }();
    return in;
}

struct Cleanup {
    ~Cleanup() {
        std::error_code ec;
        fs::remove_all(fs::temp_directory_path() / ("placeline-bench-" + std::to_string(::getpid())), ec);
    }
} cleanup;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

}  // namespace

// Every spelling the gazetteer knows, as written (grep matches them exactly: case, accents), one a
// line, sorted. bench/compare-grep.sh gets the same list through `placeline_bench --write-grep-names`.
bool placeline::bench::write_grep_names(const std::string& path) {
    const Gazetteer& g = *world();
    std::set<std::string_view> names;
    for (PlaceIndex i = 0; i < g.size(); ++i)
        for (size_t k = 0; k < g.spelling_count(i); ++k) names.insert(g.spelling(i, k));
    std::ofstream out(path, std::ios::binary);
    for (std::string_view n : names) out << n << '\n';
    out.close();
    return bool(out);
}

// Matching alone (tokens, folding, hashing, index probes), one thread, whole gazetteer.
static void BM_GeoparseMatch(benchmark::State& state) {
    const Gazetteer& g = *world();
    const Input& in = input();
    std::vector<NameMatch> out;
    size_t matches = 0;
    for (auto _ : state) {
        match_names(g, in.text, out);
        matches = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(in.text.size()));
    state.counters["matches"] = double(matches);
    state.counters["names"] = double(g.keys().size());
    state.counters["rss_MB"] = placeline::bench::resident_mb();
}
BENCHMARK(BM_GeoparseMatch)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// grep -F -w -f names.txt over the same file, timed from outside, against one run of the matcher
// on the same bytes in this very run: `speedup` is grep's time over ours (above 1: we are faster).
static void BM_GeoparseVersusGrep(benchmark::State& state) {
    const Gazetteer& g = *world();
    const Input& in = input();
    std::string cmd = "LC_ALL=C.UTF-8 grep -F -w -c -f '" + in.names_path + "' '" + in.text_path + "' > /dev/null";
    double grep_seconds = 0, ours_seconds = 0;
    std::vector<NameMatch> out;
    for (auto _ : state) {
        auto t0 = Clock::now();
        int status = std::system(cmd.c_str());
        grep_seconds = seconds_since(t0);
        if (status == -1) state.SkipWithError("cannot run grep");
        t0 = Clock::now();
        match_names(g, in.text, out);
        ours_seconds = seconds_since(t0);
        state.SetIterationTime(grep_seconds);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(in.text.size()));
    state.counters["grep_MB_per_s"] = double(in.text.size()) / (1 << 20) / grep_seconds;
    state.counters["ours_MB_per_s"] = double(in.text.size()) / (1 << 20) / ours_seconds;
    state.counters["speedup"] = grep_seconds / ours_seconds;
}
BENCHMARK(BM_GeoparseVersusGrep)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2);

// Match and resolve (evidence, context, one sense per discourse) over the sample corpus as it is.
static void BM_GeoparseResolveCorpus(benchmark::State& state) {
    const Gazetteer& g = *world();
    Diagnostics diags;
    static Corpus corpus = load_corpus({SAMPLE_CORPUS}, diags);
    size_t bytes = 0, mentions = 0;
    for (const Article& a : corpus.articles) bytes += a.text.size();
    std::vector<NameMatch> out;
    for (auto _ : state) {
        mentions = 0;
        for (const Article& a : corpus.articles) {
            match_names(g, a.text, out);
            mentions += resolve(g, a.text, out).size();
        }
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(bytes));
    state.counters["mentions"] = double(mentions);
}
BENCHMARK(BM_GeoparseResolveCorpus)->Unit(benchmark::kMillisecond);

// One long document naming many different places (issue 14: resolution was quadratic in a
// document's mentions): 2 MB of sentences, each naming a place of the gazetteer taken at a fixed
// stride, so that thousands of distinct names and anchors meet in one resolve call. Counter
// MB_per_s: match and resolve, one thread.
static void BM_GeoparseOneLongDocument(benchmark::State& state) {
    const Gazetteer& g = *world();
    static const std::string text = [&] {
        std::string t;
        const char* frames[] = {"Officials met in ", "The report came from ", "Residents of ", "Flooding hit "};
        for (PlaceIndex i = 0, k = 0; t.size() < (2u << 20) && g.size() > 0; i = (i + 7919) % g.size(), ++k) {
            t += frames[k % 4];
            t += g.spelling(i, 0);
            t += k % 8 == 7 ? ".\n\n" : ". ";
        }
        return t;
    }();
    std::vector<NameMatch> matches;
    size_t mentions = 0;
    for (auto _ : state) {
        match_names(g, text, matches);
        mentions = resolve(g, text, matches).size();
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
    state.counters["mentions"] = double(mentions);
    state.counters["MB_per_s"] = benchmark::Counter(double(text.size()) / 1e6, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_GeoparseOneLongDocument)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

// From the compiled cache to a ready gazetteer: map, check the header and every offset (the
// checksum over the whole image ran on the first open, which sealed it: gazetteer_cache.cpp).
static void BM_GeoparseCacheToReady(benchmark::State& state) {
    auto sources = geo::default_gazetteer_sources();
    world();  // make sure the cache exists
    const std::string stamp = geo::gazetteer_stamp(sources);  // as load_gazetteer stamps it
    if (sources.cache.empty()) {
        state.SkipWithError("no cache: the regional gazetteer is compiled at every start");
        return;
    }
    for (auto _ : state) {
        std::string why;
        auto g = open_cached_gazetteer(sources.cache, stamp, why);
        if (!g) state.SkipWithError(why.c_str());
        benchmark::DoNotOptimize(g.get());
    }
    state.counters["image_MB"] = double(fs::file_size(sources.cache)) / (1 << 20);
}
BENCHMARK(BM_GeoparseCacheToReady)->Unit(benchmark::kMillisecond);

// The first compile: cities500, Natural Earth world layers and the curated lists, to an image,
// without writing the cache (a copy of the sources' settings with no cache path).
static void BM_GeoparseFirstCompile(benchmark::State& state) {
    auto sources = geo::default_gazetteer_sources();
    sources.cache.clear();
    size_t places = 0;
    for (auto _ : state) {
        Diagnostics diags;
        auto g = geo::load_gazetteer(sources, diags);
        places = g->size();
        state.counters["rss_MB_after"] = placeline::bench::resident_mb();
    }
    state.counters["places"] = double(places);
}
BENCHMARK(BM_GeoparseFirstCompile)->Unit(benchmark::kMillisecond)->Iterations(1);
