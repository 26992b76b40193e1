// The JSON Lines writer's own number printing (src/cli/json_text.cpp, number_digits.cpp) against
// the library calls it stands in for, on numbers shaped as geoparse writes them: why the project
// keeps its own. Doubles: floats widened to doubles (scores), thousandths (weights) and
// coordinates in 1e-5 degrees, against nlohmann's to_chars (grisu2), which writes the same bytes
// (tests/e2e/test_mention_record.cpp). Whole numbers: offsets up to 2 million, against
// std::to_chars.
#include <benchmark/benchmark.h>

#include <charconv>
#include <random>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/json_text.hpp"

namespace {

const std::vector<double>& record_doubles() {
    static const std::vector<double> values = [] {
        std::mt19937_64 rng(5);
        std::uniform_real_distribution<float> score(0.0f, 40.0f);
        std::uniform_int_distribution<int> thousandths(1, 5000), fifths(-18000000, 18000000);
        std::vector<double> v;
        for (int k = 0; k < 100000; ++k) {
            v.push_back(double(score(rng)));
            v.push_back(thousandths(rng) / 1000.0);
            v.push_back(fifths(rng) / 100000.0);
        }
        return v;
    }();
    return values;
}

const std::vector<uint64_t>& record_offsets() {
    static const std::vector<uint64_t> values = [] {
        std::mt19937_64 rng(7);
        std::uniform_int_distribution<uint64_t> offset(0, 2000000);
        std::vector<uint64_t> v(300000);
        for (uint64_t& x : v) x = offset(rng);
        return v;
    }();
    return values;
}

template <class Write, class Values>
void write_all(benchmark::State& state, const Values& values, Write write) {
    char buffer[placeline::cli::json_number_room];
    for (auto _ : state)
        for (const auto v : values) {
            char* end = write(buffer, v);
            benchmark::DoNotOptimize(end);
        }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(values.size()));
}

void BM_JsonDoublesOwn(benchmark::State& state) {
    write_all(state, record_doubles(), [](char* p, double v) { return placeline::cli::write_json_number(p, v); });
}
void BM_JsonDoublesNlohmann(benchmark::State& state) {
    write_all(state, record_doubles(), [](char* p, double v) {
        return nlohmann::detail::to_chars(p, p + placeline::cli::json_number_room, v);
    });
}
void BM_JsonOffsetsOwn(benchmark::State& state) {
    write_all(state, record_offsets(), [](char* p, uint64_t v) { return placeline::cli::write_json_number(p, v); });
}
void BM_JsonOffsetsStdToChars(benchmark::State& state) {
    write_all(state, record_offsets(),
              [](char* p, uint64_t v) { return std::to_chars(p, p + placeline::cli::json_number_room, v).ptr; });
}

}  // namespace

BENCHMARK(BM_JsonDoublesOwn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonDoublesNlohmann)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonOffsetsOwn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonOffsetsStdToChars)->Unit(benchmark::kMillisecond);
