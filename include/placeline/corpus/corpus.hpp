#pragma once
// The corpus: every article the user opened and every passage in them.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "placeline/corpus/article.hpp"
#include "placeline/base/diagnostics.hpp"
#include "placeline/corpus/passage.hpp"
#include "placeline/base/progress.hpp"

namespace placeline {

struct Corpus {
    std::vector<Article> articles;
    std::vector<Passage> passages;  // grouped by article, in text order

    std::string_view text_of(const Passage& p) const {
        return std::string_view(articles[p.article].text).substr(p.span.start, p.span.end - p.span.start);
    }
};

// Files named directly are taken whatever their extension; folders are walked recursively for
// .txt, .md, .markdown, .html and .htm. Sorted so that the order never depends on the disk.
// Whether a folder walk takes this file: its name ends in one of those extensions (any case). The
// window's file browser shows the same files.
bool is_article_name(const std::string& name);

std::vector<std::string> collect_article_files(const std::vector<std::string>& paths, Diagnostics& diags);

// Reads, decodes and splits the articles (in parallel), then gives each passage its time.
Corpus load_corpus(const std::vector<std::string>& paths, Diagnostics& diags, Progress* progress = nullptr);

// load_corpus in two steps, for callers with other work to do between or beside them (finding
// places needs the passages, not their times): the articles read, decoded and split into
// passages, not yet dated; then every passage dated (on every core). Dating writes only the
// passages' times and sentences (Passage::sentences, time, basis, published).
// `inferred`: how an article stating no publication date is dated (article.hpp).
Corpus read_corpus(const std::vector<std::string>& paths, Diagnostics& diags, Progress* progress = nullptr,
                   InferredDate inferred = InferredDate::latest);
void date_corpus(Corpus& corpus);

// Gives each passage (all of one article, in text order) its event time, basis and
// publication time (the rules: time/chronology.hpp).
void date_passages(const Article& article, std::span<Passage> passages);

// Adds passages (with times) for articles already read.
Corpus build_corpus(std::vector<Article> articles);

}  // namespace placeline
