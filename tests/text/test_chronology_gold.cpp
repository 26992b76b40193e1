// Sentence times against hand annotations: tests/data/chronology holds short articles written for
// this test (several languages, the usual dateline forms) and gold.tsv the time of every sentence.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "placeline/corpus/corpus.hpp"

using namespace placeline;

namespace {

struct Gold {
    std::string file, needle;
    TimeSpan time;
};

std::vector<Gold> read_gold() {
    std::ifstream in(std::string(TEST_DATA) + "/chronology/gold.tsv");
    REQUIRE(in);
    std::vector<Gold> out;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (header) {
            header = false;
            continue;
        }
        std::istringstream row(line);
        Gold g;
        std::string first, last;
        std::getline(row, g.file, '\t');
        std::getline(row, g.needle, '\t');
        std::getline(row, first, '\t');
        std::getline(row, last, '\t');
        auto a = parse_iso_date(first), b = parse_iso_date(last);
        REQUIRE_MESSAGE((a && b), "bad dates in gold.tsv: " << line);
        g.time = {*a, *b};
        out.push_back(g);
    }
    return out;
}

}  // namespace

TEST_CASE("sentence times on the chronology test corpus: exact interval for at least 90 percent of sentences") {
    std::vector<Gold> gold = read_gold();
    std::map<std::string, std::vector<const Gold*>> by_file;
    for (const Gold& g : gold) by_file[g.file].push_back(&g);
    CHECK(by_file.size() >= 40);
    size_t sentences = 0, exact = 0, annotated = 0;
    for (auto& [file, rows] : by_file) {
        Diagnostics diags;
        auto article = read_article(std::string(TEST_DATA) + "/chronology/" + file, diags);
        REQUIRE_MESSAGE(article, file);
        CHECK_MESSAGE(!article->published_from_file_time, file << " has a date in its text");
        Corpus corpus = build_corpus({std::move(*article)});
        const std::string& text = corpus.articles[0].text;
        for (const Passage& p : corpus.passages) {
            for (const SentenceTime& s : p.sentences) {
                ++sentences;
                std::string_view sentence = std::string_view(text).substr(s.span.start, s.span.end - s.span.start);
                const Gold* match = nullptr;
                for (const Gold* g : rows)
                    if (sentence.find(g->needle) != std::string_view::npos) match = g;
                if (!match) {
                    MESSAGE(file << ": no gold for the sentence \"" << sentence << "\"");
                    continue;
                }
                ++annotated;
                bool same = s.time.first == match->time.first && s.time.last == match->time.last;
                exact += same;
                if (!same)
                    MESSAGE(file << ": \"" << sentence << "\" is " << format_iso(s.time.first) << ".." << format_iso(s.time.last)
                                 << " (" << std::string(to_string(s.basis)) << "), gold " << format_iso(match->time.first) << ".."
                                 << format_iso(match->time.last));
            }
        }
    }
    MESSAGE("exact " << exact << " of " << sentences << " sentences");
    CHECK(annotated == sentences);
    REQUIRE(sentences > 0);
    CHECK(double(exact) / double(sentences) >= 0.90);
}
