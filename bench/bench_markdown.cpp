// Reading Markdown and HTML: the sample articles dressed up as Markdown (headings, emphasis, links,
// code, list items, a front matter) or as a web page (head with title, meta, style and script,
// navigation, headings, paragraphs with bold words, links and entities, list items), repeated to
// 16 MB, decoded to text on one thread, in MB/s.
//
//   build/placeline_bench --benchmark_filter='Markdown|Html'
#include <benchmark/benchmark.h>

#include "placeline/corpus/corpus.hpp"
#include "placeline/text/html.hpp"
#include "placeline/text/markdown.hpp"
#include "html_gumbo.hpp"

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

// Every line of the article as an HTML block, in a page with the furniture real pages carry.
std::string as_html(const std::string& text) {
    std::string html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A sample &ndash; Site</title>"
        "<meta name=\"author\" content=\"Someone\"><style>p{margin:0}</style>"
        "<script>var a = \"<p>x</p>\";</script></head><body>"
        "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>\n<article>";
    size_t n = 0;
    for (size_t pos = 0; pos < text.size();) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        std::string_view line(text.data() + pos, nl - pos);
        pos = nl + 1;
        if (line.empty()) continue;
        if (line.size() < 40) {
            bool heading = ++n % 2;
            html.append(heading ? "<h2>" : "<ul><li>").append(line).append(heading ? "</h2>\n" : "</li></ul>\n");
            continue;
        }
        html += "<p>";
        size_t word = 0;
        for (size_t i = 0; i < line.size();) {
            size_t sp = line.find(' ', i);
            if (sp == std::string_view::npos) sp = line.size();
            std::string_view w = line.substr(i, sp - i);
            ++word;
            if (word % 7 == 0) html.append("<b>").append(w).append("</b>");
            else if (word % 11 == 0) html.append("<a href=\"https://example.org/a/b?x=1&amp;y=2\">").append(w).append("</a>");
            else if (word % 13 == 0) html.append(w).append("&nbsp;&mdash;");
            else html.append(w);
            html += word % 12 == 0 ? '\n' : ' ';
            i = sp + 1;
        }
        html += "</p>\n";
    }
    return html + "</article><footer><p>&copy; 2023 Site</p></footer></body></html>\n";
}

// The sample corpus in the given dress, repeated to 16 MB.
std::vector<std::string> sample_documents(std::string (*dress)(const std::string&), size_t& bytes) {
    Diagnostics diags;
    std::string one;
    for (const std::string& f : collect_article_files({SAMPLE_CORPUS}, diags))
        if (auto a = read_article(f, diags)) one += dress(a->text);
    std::vector<std::string> docs;
    bytes = 0;
    while (!one.empty() && bytes < (16u << 20)) {
        docs.push_back(one);
        bytes += one.size();
    }
    return docs;
}

template <class Reader>
void decode_documents(benchmark::State& state, std::string (*dress)(const std::string&), Reader read) {
    size_t bytes = 0;
    std::vector<std::string> docs = sample_documents(dress, bytes);
    if (docs.empty()) {
        state.SkipWithError("no sample corpus");
        return;
    }
    size_t out_bytes = 0;
    for (auto _ : state) {
        out_bytes = 0;
        for (const std::string& d : docs) out_bytes += read(d).text.size();
        benchmark::DoNotOptimize(out_bytes);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(bytes));
    state.counters["MB_per_s"] = benchmark::Counter(double(bytes) / (1 << 20), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["input_MB"] = double(bytes) / (1 << 20);
    state.counters["text_share"] = double(out_bytes) / double(bytes);
}

void BM_MarkdownToText(benchmark::State& state) {
    decode_documents(state, as_markdown, [](const std::string& d) { return markdown_to_text(d); });
}
BENCHMARK(BM_MarkdownToText)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_HtmlToText(benchmark::State& state) {
    decode_documents(state, as_html, [](const std::string& d) { return html_to_text(d); });
}
BENCHMARK(BM_HtmlToText)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_HtmlToText_gumbo(benchmark::State& state) {
    decode_documents(state, as_html, [](const std::string& d) { return html_to_text_gumbo(d); });
}
BENCHMARK(BM_HtmlToText_gumbo)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
