// The variant checker's figure (issue 6): the report on a 10,000-article corpus in under 10 s.
//
//   build/placeline_bench --benchmark_filter=Variants
//
// The corpus is made in memory at run time: each article is a dozen paragraphs of the sample
// corpus drawn at random (fixed seed), plus one made-up sentence naming places of the region, one
// article in five with a planted misspelling (Stepanakret, Gyumrri, Shushy...). No article text is
// kept anywhere. Counters: articles, MB of text, places, suspects, the planted misspellings found,
// and the time to geoparse the corpus into an atlas (the report's input, not part of its time).
#include <benchmark/benchmark.h>

#include <chrono>
#include <random>
#include <set>

#include "placeline/atlas/atlas.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/variants/variants.hpp"

using namespace placeline;

namespace {

struct Fixture {
    std::shared_ptr<const Atlas> atlas;
    VariantData data;
    double atlas_seconds = 0;
    double megabytes = 0;
    size_t planted = 0;
};

const char* const places[] = {"Stepanakert", "Shusha", "Lachin", "Goris", "Gyumri", "Yerevan", "Baku",
                              "Yevlakh", "Aghdam", "Nakhchivan", "Tbilisi", "Ganja", "Khankendi", "Shushi"};
const char* const slips[] = {"Stepanakret", "Gyumrri", "Shushy", "Lachyn", "Yerevn", "Nakhchivn", "Aghdham", "Gorris"};

const Fixture& fixture() {
    static Fixture f = [] {
        Fixture r;
        Diagnostics diags;
        auto g = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
        Corpus sample = load_corpus({SAMPLE_CORPUS}, diags);
        std::vector<std::string_view> paragraphs;
        for (const Passage& p : sample.passages) paragraphs.push_back(sample.text_of(p));
        std::mt19937 rng(6);
        std::vector<Article> articles;
        articles.reserve(10000);
        size_t bytes = 0;
        for (int a = 0; a < 10000; ++a) {
            std::string text = "Report " + std::to_string(a) + "\n\n";
            for (int k = 0; k < 12; ++k) text.append(paragraphs[rng() % paragraphs.size()]).append("\n\n");
            text += std::string("Officials in ") + places[rng() % std::size(places)] + " and " +
                    places[rng() % std::size(places)] + " met on Monday.";
            if (a % 5 == 0) {
                text += std::string(" Later, crowds gathered in ") + slips[rng() % std::size(slips)] + ".";
                ++r.planted;
            }
            text += "\n";
            bytes += text.size();
            articles.push_back(make_article("bench/" + std::to_string(a) + ".txt", text, diags, make_day(2023, 9, 19)));
        }
        r.megabytes = double(bytes) / 1e6;
        auto t0 = std::chrono::steady_clock::now();
        Corpus corpus = build_corpus(std::move(articles));
        auto mentions = geoparse(*g, corpus);
        r.atlas = std::make_shared<Atlas>(std::move(corpus), g, std::move(mentions));
        r.atlas_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        r.data = load_variant_data(diags);
        return r;
    }();
    return f;
}

void BM_VariantsReport10k(benchmark::State& state) {
    const Fixture& f = fixture();
    VariantReport report;
    for (auto _ : state) {
        report = build_variant_report(*f.atlas, f.data);
        benchmark::DoNotOptimize(report.places.data());
    }
    const std::set<std::string> planted(std::begin(slips), std::end(slips));
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
