// Scrubbing the time slider: the visible set (places with passages in the window, with counts)
// recomputed for a new window, on a generated corpus of 100,000 mentions. Target: under 2 ms.
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

#include "placeline/atlas/atlas.hpp"
#include "placeline/places/gazetteer.hpp"

using namespace placeline;

namespace {

constexpr int place_count = 5000;
constexpr int article_count = 2000;
constexpr int passages_per_article = 12;
constexpr int mention_count = 100000;

// Dates as the chronology makes them: mostly days and months near the publication date, some
// years and decades of background, over 1988-2024.
TimeSpan random_time(std::mt19937& rng) {
    std::uniform_int_distribution<int> year(1988, 2024), month(1, 12), day(1, 28), kind(0, 9);
    int y = year(rng), m = month(rng);
    switch (kind(rng)) {
        case 0: return span_of_year(y);
        case 1: return {make_day(y - y % 10, 1, 1), make_day(y - y % 10 + 9, 12, 31), Granularity::decade};
        case 2:
        case 3: return span_of_month(y, m);
        default: return span_of_day(make_day(y, m, day(rng)));
    }
}

std::shared_ptr<const Atlas> generated_atlas() {
    static std::shared_ptr<const Atlas> atlas = [] {
        GazetteerBuilder builder;
        for (int i = 0; i < place_count; ++i) {
            Place p;
            p.id = "bench:" + std::to_string(i);
            p.name = "Place" + std::to_string(i);
            p.names = {{p.name, "en"}};
            p.kind = PlaceKind::city;
            p.point = {40.0 + (i % 100) * 0.1, 38.0 + (i / 100) * 0.1};
            builder.add(std::move(p));
        }
        auto gazetteer = builder.build();
        std::mt19937 rng(42);
        Corpus corpus;
        for (int a = 0; a < article_count; ++a) {
            Article art;
            art.path = "article-" + std::to_string(a) + ".txt";
            art.text = std::string(size_t(passages_per_article) * 100, 'x');
            for (int k = 0; k < passages_per_article; ++k) {
                Passage p;
                p.article = uint32_t(a);
                p.span = {uint32_t(k * 100), uint32_t(k * 100 + 99)};
                p.time = random_time(rng);
                p.basis = TimeBasis::explicit_date;
                p.published = span_of_day(p.time.last);
                corpus.passages.push_back(p);
            }
            corpus.articles.push_back(std::move(art));
        }
        // Places drawn with a skew, as in news: a few places in many passages.
        std::vector<Mention> mentions;
        std::uniform_int_distribution<uint32_t> passage(0, uint32_t(corpus.passages.size() - 1));
        std::uniform_real_distribution<double> u(0, 1);
        for (int i = 0; i < mention_count; ++i) {
            Mention m;
            m.passage = passage(rng);
            m.article = corpus.passages[m.passage].article;
            uint32_t offset = uint32_t(i % 90);
            m.span = {corpus.passages[m.passage].span.start + offset, corpus.passages[m.passage].span.start + offset + 5};
            m.place = PlaceIndex(std::pow(u(rng), 3) * place_count);
            mentions.push_back(m);
        }
        return std::make_shared<const Atlas>(std::move(corpus), gazetteer, std::move(mentions));
    }();
    return atlas;
}

// A month-long window dragged across the years, three days per update.
void BM_ScrubVisibleSet(benchmark::State& state) {
    auto atlas = generated_atlas();
    std::vector<PlaceCount> visible;
    visible.reserve(place_count);
    const Day start = make_day(1988, 1, 1), end = make_day(2024, 12, 31);
    Day first = start;
    size_t shown = 0, updates = 0;
    for (auto _ : state) {
        atlas->places_in({first, first + 30, Granularity::day}, TimeAxis::event, visible);
        benchmark::DoNotOptimize(visible.data());
        shown += visible.size();
        ++updates;
        first = first + 3 > end - 30 ? start : first + 3;
    }
    state.counters["mentions"] = double(atlas->mentions().size());
    state.counters["passages"] = double(atlas->corpus().passages.size());
    state.counters["places_shown_avg"] = double(shown) / double(std::max<size_t>(1, updates));
}
BENCHMARK(BM_ScrubVisibleSet)->Unit(benchmark::kMillisecond);

// The widest window: every (place, passage) pair counts.
void BM_ScrubVisibleSetAllTime(benchmark::State& state) {
    auto atlas = generated_atlas();
    std::vector<PlaceCount> visible;
    visible.reserve(place_count);
    for (auto _ : state) {
        atlas->places_in(atlas->extent(TimeAxis::event), TimeAxis::event, visible);
        benchmark::DoNotOptimize(visible.data());
    }
    state.counters["places_shown"] = double(visible.size());
}
BENCHMARK(BM_ScrubVisibleSetAllTime)->Unit(benchmark::kMillisecond);

// The timeline's histogram over the whole extent, 300 bins: what a zoom or pan recomputes.
void BM_TimelineHistogram(benchmark::State& state) {
    auto atlas = generated_atlas();
    TimeSpan ext = atlas->extent(TimeAxis::event);
    for (auto _ : state) {
        auto h = atlas->histogram(TimeAxis::event, ext, 300);
        benchmark::DoNotOptimize(h.data());
    }
}
BENCHMARK(BM_TimelineHistogram)->Unit(benchmark::kMillisecond);

}  // namespace
