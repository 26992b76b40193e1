// Loading a corpus: find the files, read them in parallel, split them into passages and give
// each passage its time.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iterator>
#include <set>

#include <dirent.h>
#include <sys/stat.h>

#include <cstdint>
#include <cerrno>
#include <string_view>
#include <system_error>

#include "placeline/time/chronology.hpp"
#include "placeline/corpus/corpus.hpp"
#include "placeline/time/dates.hpp"
#include "placeline/base/input_file.hpp"
#include "placeline/base/on_cores.hpp"

namespace placeline {

namespace fs = std::filesystem;

// The extension std::filesystem::path::extension() gives (the file name's last dot and what
// follows, none for a name starting with its only dot, "." or ".."), compared without case, read
// in place: a path object built and split per file cost a thousand instructions a name.
bool is_article_name(const std::string& name) {
    const size_t slash = name.rfind('/');
    const std::string_view file = std::string_view(name).substr(slash == std::string::npos ? 0 : slash + 1);
    const size_t dot = file.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || file == "..") return false;
    const std::string_view ext = file.substr(dot);
    auto is = [&](std::string_view want) {
        // ASCII capitals lowered: no extension asked holds an "i", the one letter a locale
        // (Turkish) lowers to another, so std::tolower in any locale gave the same answers.
        return ext.size() == want.size() && std::equal(ext.begin(), ext.end(), want.begin(), [](char a, char b) {
                   return (a >= 'A' && a <= 'Z' ? char(a + 32) : a) == b;
               });
    };
    return is(".txt") || is(".md") || is(".markdown") || is(".html") || is(".htm");
}

namespace {

// `dir` + "/" + `name`, as std::filesystem joins them (no second slash after one that ends `dir`).
std::string joined(const std::string& dir, const char* name) {
    std::string out = dir;
    if (out.empty() || out.back() != '/') out += '/';
    out += name;
    return out;
}

// One folder's walk, depth first in the order the folder lists its entries, as
// std::filesystem::recursive_directory_iterator (with skip_permission_denied and
// follow_directory_symlink) walked it: linked folders followed, a folder already read (a loop,
// or the same folder twice) reported and not entered again, a folder that cannot be opened for
// want of permission skipped, any other failure ending the walk (returned, with why). Read with
// opendir/readdir and the entry's type from the folder where the file system gives it (stat only
// for links and unknown types): the iterator built, copied and split a path object per entry,
// some 3,000 instructions a file on the one thread that must list every file before any is read.
struct FolderWalk {
    std::set<std::pair<dev_t, ino_t>>& seen;
    std::vector<std::string>& found;
    Diagnostics& diags;
    std::error_code failure;

    // False when the walk must stop (failure set).
    bool walk(const std::string& dir) {
        DIR* d = ::opendir(dir.c_str());
        if (!d) {
            if (errno == EACCES) return true;
            failure = std::error_code(errno, std::generic_category());
            return false;
        }
        bool go_on = true;
        for (;;) {
            errno = 0;
            const dirent* e = ::readdir(d);
            if (!e) {
                if (errno) failure = std::error_code(errno, std::generic_category()), go_on = false;
                break;
            }
            const char* name = e->d_name;
            if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'))) continue;
            std::string path = joined(dir, name);
            // The entry's type, links followed (as directory_entry's is_directory and
            // is_regular_file do); a link that leads nowhere is neither.
            bool is_dir = e->d_type == DT_DIR, is_file = e->d_type == DT_REG;
            struct stat st;
            const bool stat_done = e->d_type == DT_LNK || e->d_type == DT_UNKNOWN;
            if (stat_done) {
                const bool ok = ::stat(path.c_str(), &st) == 0;
                is_dir = ok && S_ISDIR(st.st_mode);
                is_file = ok && S_ISREG(st.st_mode);
            }
            if (is_dir) {
                if ((!stat_done && ::stat(path.c_str(), &st) != 0) || !seen.insert({st.st_dev, st.st_ino}).second) {
                    diags.warn(path, "a link to a folder already read (a loop?); not followed");
                    continue;
                }
                if (!walk(path)) {
                    go_on = false;
                    break;
                }
                continue;
            }
            if (!is_article_name(name)) continue;
            if (is_file) found.push_back(std::move(path));
            else diags.error(path, "cannot read: " + input_file_problem(path) + "; skipped");
        }
        ::closedir(d);
        return go_on;
    }
};

}  // namespace

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
            FolderWalk walk{seen, found, diags, {}};
            walk.walk(given);
            if (walk.failure) diags.warn(given, "could not read the whole folder: " + walk.failure.message());
            // In byte order of the whole path, as before; every path starts with `given`, so the
            // bytes after it decide, and the strings stay where they are while their numbers are
            // sorted.
            const size_t common = given.size();
            std::vector<uint32_t> order(found.size());
            for (size_t k = 0; k < order.size(); ++k) order[k] = uint32_t(k);
            std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
                return std::string_view(found[a]).substr(common) < std::string_view(found[b]).substr(common);
            });
            if (found.empty()) diags.warn(given, "folder holds no articles (.txt, .md, .html)");
            files.reserve(files.size() + found.size());
            for (uint32_t k : order) files.push_back(std::move(found[k]));
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
    // Each file's article lands in its own slot of the corpus's array, and the files that could
    // not be read are closed up afterwards: read into an array of optional articles and then
    // moved into the corpus's, the articles went through two arrays (a move each, and the first
    // array's pages; on 4,704 files some 40 page faults fewer by `perf stat -e page-faults`).
    std::vector<Article> articles(files.size());
    std::vector<char> was_read(files.size(), 0);
    std::atomic<size_t> next{0}, done{0};
    auto worker = [&] {
        for (size_t i; (i = next.fetch_add(1)) < files.size();) {
            if (progress && progress->cancelled()) return;
            if (std::optional<Article> a = read_article(files[i], diags, inferred)) {
                articles[i] = std::move(*a);
                was_read[i] = 1;
            }
            size_t d = done.fetch_add(1) + 1;
            if (progress) progress->set(float(d) / float(files.size()));
        }
    };
    run_on_cores(files.size(), worker);

    if (progress && progress->cancelled()) return {};
    size_t kept = 0;
    for (size_t i = 0; i < articles.size(); ++i) {
        if (!was_read[i]) continue;
        if (kept != i) articles[kept] = std::move(articles[i]);
        ++kept;
    }
    articles.erase(articles.begin() + ptrdiff_t(kept), articles.end());
    return split_corpus(std::move(articles));
}

Corpus load_corpus(const std::vector<std::string>& paths, Diagnostics& diags, Progress* progress) {
    Corpus corpus = read_corpus(paths, diags, progress);
    date_corpus(corpus);
    return corpus;
}

}  // namespace placeline
