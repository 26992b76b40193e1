// Reading Markdown: the sample articles dressed up as Markdown (headings, emphasis, links, code,
// list items, a front matter), repeated to 16 MB, decoded to text on one thread, in MB/s.
//
//   build/placeline_bench --benchmark_filter=Markdown
#include <benchmark/benchmark.h>

#include "placeline/corpus/corpus.hpp"
#include "placeline/text/markdown.hpp"

using namespace placeline;

namespace {

// Every line of the article as a Markdown block: short lines become headings or list items; in
// longer ones every 7th word is bold, every 11th a link, every 13th code.
std::string as_markdown(const std::string& text) {
    std::string md = "---\ntitle: \"A sample\"\nauthor: Someone\ndate: 2023-09-28\n---\n\n";
    size_t n = 0;
    for (size_t pos = 0; pos < text.size();) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        std::string_view line(text.data() + pos, nl - pos);
        pos = nl + 1;
        if (line.empty()) continue;
        if (line.size() < 40) {
            md += ++n % 2 ? "## " : "- ";
            md += line;
            md += "\n\n";
            continue;
        }
        size_t word = 0;
        for (size_t i = 0; i < line.size();) {
            size_t sp = line.find(' ', i);
            if (sp == std::string_view::npos) sp = line.size();
            std::string_view w = line.substr(i, sp - i);
            ++word;
            if (word % 7 == 0) md.append("**").append(w).append("**");
            else if (word % 11 == 0) md.append("[").append(w).append("](https://example.org/a/b \"t\")");
            else if (word % 13 == 0) md.append("`").append(w).append("`");
            else md.append(w);
            // Hard-wrap long paragraphs as editors do.
            md += word % 12 == 0 ? '\n' : ' ';
            i = sp + 1;
        }
        md += "\n\n";
    }
    return md;
}

void BM_MarkdownToText(benchmark::State& state) {
    Diagnostics diags;
    std::string one;
    for (const std::string& f : collect_article_files({SAMPLE_CORPUS}, diags))
        if (auto a = read_article(f, diags)) one += as_markdown(a->text);
    if (one.empty()) {
        state.SkipWithError("no sample corpus");
        return;
    }
    std::vector<std::string> docs;
    size_t bytes = 0;
    while (bytes < (16u << 20)) {
        docs.push_back(one);
        bytes += one.size();
    }
    size_t out_bytes = 0;
    for (auto _ : state) {
        out_bytes = 0;
        for (const std::string& d : docs) out_bytes += markdown_to_text(d).text.size();
        benchmark::DoNotOptimize(out_bytes);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(bytes));
    state.counters["MB_per_s"] = benchmark::Counter(double(bytes) / (1 << 20), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["input_MB"] = double(bytes) / (1 << 20);
    state.counters["text_share"] = double(out_bytes) / double(bytes);
}
BENCHMARK(BM_MarkdownToText)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
