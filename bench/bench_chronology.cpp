// The chronology's figure (issue 4): segmentation plus date extraction on one thread, in MB/s.
// What is measured is the work build_corpus does per article apart from reading the file:
// boilerplate, paragraphs, sentences, every time expression and every sentence's and passage's time.
//
//   build/placeline_bench --benchmark_filter=Chronology
//
// The input is made in memory from the sample corpus's five articles, repeated up to 32 MB, each
// copy one article (so boilerplate and publication dates are found per copy, as in a real corpus).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "placeline/corpus/corpus.hpp"
#include "placeline/corpus/corpus.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

std::vector<Article> sample_articles_to(size_t total_bytes, size_t& bytes) {
    Diagnostics diags;
    std::vector<Article> five;
    for (const std::string& f : collect_article_files({SAMPLE_CORPUS}, diags))
        if (auto a = read_article(f, diags)) five.push_back(std::move(*a));
    std::vector<Article> out;
    bytes = 0;
    while (!five.empty() && bytes < total_bytes)
        for (const Article& a : five) {
            out.push_back(a);
            bytes += a.text.size();
        }
    return out;
}

void BM_ChronologySegmentAndDate(benchmark::State& state) {
    size_t bytes = 0;
    std::vector<Article> articles = sample_articles_to(32u << 20, bytes);
    if (articles.empty()) {
        state.SkipWithError("no sample corpus");
        return;
    }
    size_t passages = 0, sentences = 0;
    std::vector<Passage> ps;
    for (auto _ : state) {
        passages = sentences = 0;
        for (const Article& a : articles) {
            auto boilerplate = find_boilerplate(a.text);
            ps.clear();
            for (const ByteSpan& span : split_paragraphs(a.text)) {
                if (is_boilerplate(boilerplate, span)) continue;
                Passage p;
                p.span = span;
                ps.push_back(p);
            }
            date_passages(a, ps);  // splits each passage into sentences and dates each
            passages += ps.size();
            for (const Passage& p : ps) sentences += p.sentences.size();
        }
        benchmark::DoNotOptimize(ps.data());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(bytes));
    state.counters["MB_per_s"] = benchmark::Counter(double(bytes) / (1 << 20), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["input_MB"] = double(bytes) / (1 << 20);
    state.counters["passages"] = double(passages);
    state.counters["sentences"] = double(sentences);
}
BENCHMARK(BM_ChronologySegmentAndDate)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
