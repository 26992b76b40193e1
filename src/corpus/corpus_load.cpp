// Loading a corpus: find the files, read them in parallel, split them into passages and give
// each passage its time.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iterator>
#include <set>

#include <sys/stat.h>

#include "placeline/time/chronology.hpp"
#include "placeline/corpus/corpus.hpp"
#include "placeline/time/dates.hpp"
#include "placeline/base/input_file.hpp"
#include "placeline/base/on_cores.hpp"

namespace placeline {

namespace fs = std::filesystem;

bool is_article_name(const std::string& name) {
    std::string ext = fs::path(name).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm";
}

std::vector<std::string> collect_article_files(const std::vector<std::string>& paths, Diagnostics& diags) {
    std::vector<std::string> files;
    for (const std::string& given : paths) {
        std::error_code ec;
        fs::file_status st = fs::status(given, ec);
        if (ec || !fs::exists(st)) {
            diags.error(given, "no such file or folder");
            continue;
        }
        if (fs::is_directory(st)) {
            std::vector<std::string> found;
            // Linked folders are followed; a link back to a folder already read (a loop, or the
            // same folder twice) is reported and not entered again.
            std::set<std::pair<dev_t, ino_t>> seen;
            struct stat root;
            if (::stat(given.c_str(), &root) == 0) seen.insert({root.st_dev, root.st_ino});
            const auto options = fs::directory_options::skip_permission_denied | fs::directory_options::follow_directory_symlink;
            for (auto it = fs::recursive_directory_iterator(given, options, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                std::error_code entry_ec;
                if (it->is_directory(entry_ec)) {
                    struct stat dir;
                    if (::stat(it->path().c_str(), &dir) != 0 || !seen.insert({dir.st_dev, dir.st_ino}).second) {
                        diags.warn(it->path().string(), "a link to a folder already read (a loop?); not followed");
                        it.disable_recursion_pending();
                    }
                    continue;
                }
                if (!is_article_name(it->path().filename().string())) continue;
                if (it->is_regular_file(entry_ec)) found.push_back(it->path().string());
                else diags.error(it->path().string(), "cannot read: " + input_file_problem(it->path().string()) + "; skipped");
            }
            if (ec) diags.warn(given, "could not read the whole folder: " + ec.message());
            std::sort(found.begin(), found.end());
            if (found.empty()) diags.warn(given, "folder holds no articles (.txt, .md, .html)");
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(given);
        }
    }
    return files;
}

void date_passages(const Article& article, std::span<Passage> passages) {
    std::vector<std::vector<ByteSpan>> sentences;
    sentences.reserve(passages.size());
    for (const Passage& p : passages) sentences.push_back(split_sentences(article.text, p.span));
    const Publication publication{article.published, article.published_from_file_time, article.published_inferred};
    std::vector<std::vector<TimeOf>> times = date_sentences(article.text, publication, sentences);
    const TimeSpan published = span_of_day(article.published);
    for (size_t i = 0; i < passages.size(); ++i) {
        Passage& p = passages[i];
        p.sentences.clear();
        for (size_t k = 0; k < sentences[i].size(); ++k) p.sentences.push_back({sentences[i][k], times[i][k].time, times[i][k].basis});
        TimeOf whole = cover(times[i], {published, TimeBasis::publication});
        p.time = whole.time;
        p.basis = whole.basis;
        p.published = published;
    }
}

namespace {

// One article's passages (its paragraphs that are not page noise), not yet dated.
std::vector<Passage> article_passages(const Article& article, uint32_t index) {
    std::vector<Passage> passages;
    for (const ByteSpan& span : split_paragraphs(article.text)) {
        if (is_boilerplate(article.boilerplate, span)) continue;
        Passage p;
        p.article = index;
        p.span = span;
        passages.push_back(p);
    }
    return passages;
}

// The articles' passages, split on every core and joined in article order.
Corpus split_corpus(std::vector<Article> articles) {
    Corpus corpus;
    corpus.articles = std::move(articles);
    std::vector<std::vector<Passage>> per_article(corpus.articles.size());
    for_each_on_cores(per_article.size(),
                      [&](size_t a) { per_article[a] = article_passages(corpus.articles[a], uint32_t(a)); });
    size_t count = 0;
    for (const auto& passages : per_article) count += passages.size();
    corpus.passages.reserve(count);
    for (auto& passages : per_article) std::move(passages.begin(), passages.end(), std::back_inserter(corpus.passages));
    return corpus;
}

}  // namespace

void date_corpus(Corpus& corpus) {
    // Articles are independent, and each one's passages are contiguous: dated on every core.
    std::vector<size_t> first(corpus.articles.size() + 1, corpus.passages.size());
    for (size_t i = corpus.passages.size(); i-- > 0;) first[corpus.passages[i].article] = i;
    for (size_t a = corpus.articles.size(); a-- > 0;) first[a] = std::min(first[a], first[a + 1]);
    for_each_on_cores(corpus.articles.size(), [&](size_t a) {
        date_passages(corpus.articles[a], std::span<Passage>(corpus.passages).subspan(first[a], first[a + 1] - first[a]));
    });
}

Corpus build_corpus(std::vector<Article> articles) {
    Corpus corpus = split_corpus(std::move(articles));
    date_corpus(corpus);
    return corpus;
}

Corpus read_corpus(const std::vector<std::string>& paths, Diagnostics& diags, Progress* progress,
                   InferredDate inferred) {
    std::vector<std::string> files = collect_article_files(paths, diags);
    std::vector<std::optional<Article>> read(files.size());
    std::atomic<size_t> next{0}, done{0};
    auto worker = [&] {
        for (size_t i; (i = next.fetch_add(1)) < files.size();) {
            if (progress && progress->cancelled()) return;
            read[i] = read_article(files[i], diags, inferred);
            size_t d = done.fetch_add(1) + 1;
            if (progress) progress->set(float(d) / float(files.size()));
        }
    };
    run_on_cores(files.size(), worker);

    if (progress && progress->cancelled()) return {};
    std::vector<Article> articles;
    for (auto& a : read)
        if (a) articles.push_back(std::move(*a));
    return split_corpus(std::move(articles));
}

Corpus load_corpus(const std::vector<std::string>& paths, Diagnostics& diags, Progress* progress) {
    Corpus corpus = read_corpus(paths, diags, progress);
    date_corpus(corpus);
    return corpus;
}

}  // namespace placeline
