// The variant checker's figure (issue 6): the report on a 10,000-article corpus in under 10 s.
//
//   build/placeline_bench --benchmark_filter=Variants
//
// The corpus is made in memory at run time (generated_corpus.hpp). Counters: articles, MB of
// text, places, suspects, the planted misspellings found, and the time to geoparse the corpus into
// an atlas (the report's input, not part of its time).
#include <benchmark/benchmark.h>

#include <set>

#include "generated_corpus.hpp"
#include "placeline/variants/variants.hpp"

using namespace placeline;

namespace {

const VariantData& variant_data() {
    static const VariantData data = [] {
        Diagnostics diags;
        return load_variant_data(diags);
    }();
    return data;
}

void BM_VariantsReport10k(benchmark::State& state) {
    const bench::GeneratedCorpus& f = bench::generated_corpus();
    VariantReport report;
    for (auto _ : state) {
        report = build_variant_report(*f.atlas, variant_data());
        benchmark::DoNotOptimize(report.places.data());
    }
    const std::set<std::string> planted(std::begin(bench::planted_slips), std::end(bench::planted_slips));
    size_t found = 0, other = 0;
    std::set<std::string> others;
    for (const PlaceVariants& v : report.places)
        for (const Suspect& s : v.suspects) {
            if (planted.count(s.form)) ++found;
            else ++other, others.insert(s.form);
        }
    state.counters["articles"] = double(f.atlas->corpus().articles.size());
    state.counters["MB"] = f.megabytes;
    state.counters["places"] = double(report.places.size());
    state.counters["planted"] = double(f.planted);
    state.counters["planted_found"] = double(found);
    state.counters["other_suspects"] = double(other);
    state.counters["other_distinct"] = double(others.size());
    state.counters["atlas_s"] = f.atlas_seconds;
}
BENCHMARK(BM_VariantsReport10k)->Unit(benchmark::kSecond)->Iterations(2);

}  // namespace
