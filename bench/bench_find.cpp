// Find's search (Ctrl+F in the window) on the 10,000 generated articles of generated_corpus.hpp:
// one query, all places and all passages. The window runs it on a worker thread, so its time is
// how long results take to appear, never a frame's; a newer query cancels an older one.
//
//   build/placeline_bench --benchmark_filter=Find
//
// Counters: articles, MB of text, the places and passages found.
#include <benchmark/benchmark.h>

#include "generated_corpus.hpp"
#include "placeline/atlas/search.hpp"

using namespace placeline;

namespace {

void BM_Find10k(benchmark::State& state, const char* query) {
    const bench::GeneratedCorpus& f = bench::generated_corpus();
    SearchResults r;
    for (auto _ : state) {
        r = search_atlas(f.atlas, nullptr, query);
        benchmark::DoNotOptimize(r.passages.data());
    }
    state.counters["articles"] = double(f.atlas->corpus().articles.size());
    state.counters["MB"] = f.megabytes;
    state.counters["places_found"] = double(r.places.size());
    state.counters["passages_found"] = double(r.passages.size());
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(f.megabytes * 1e6));
}
// A place's name (a prefix, as while typing) and two words of running text.
BENCHMARK_CAPTURE(BM_Find10k, place, "stepan")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_Find10k, words, "russian peacekee")->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
