// Words read before the gazetteer is there (article_words.hpp): the words and matches they give
// are those of one pass, for an ordinary article and for a long one read in pieces.
#include <doctest/doctest.h>

#include "places/gazetteer_fixture.hpp"
#include "placeline/places/article_words.hpp"
#include "placeline/places/matcher.hpp"

using namespace placeline;
using test::make_place;

namespace {

std::shared_ptr<const Gazetteer> small_gazetteer() {
    GazetteerBuilder b;
    b.add(make_place("gn:147105", "Shusha", PlaceKind::admin_seat, "AZ", 39.76, 46.75, 0, {"Shushi", "Şuşa"}));
    b.add(make_place("pl:lc", "Lachin Corridor", PlaceKind::corridor, "AZ", 39.6, 46.5));
    b.add(make_place("gn:147625", "Lachin", PlaceKind::admin_seat, "AZ", 39.6, 46.55));
    b.add(make_place("ne:US", "United States of America", PlaceKind::country, "US", 39, -98, 0, {"U.S.", "United States"}));
    b.add(make_place("gn:498817", "Saint Petersburg", PlaceKind::city, "RU", 59.9, 30.3, 0, {"St. Petersburg"}));
    return b.build();
}

// A text of `bytes` or more whose names, words and odd bytes meet the line breaks where a long
// text is cut: a name split by a break, an initial's dot, an apostrophe, a broken UTF-8 sequence.
// Without a line break (`breaks` false), the lines are joined by a space, a comma and a space, or a
// bare comma: a long paragraph, cut only after its commas, some of them right before a word.
std::string text_of(size_t bytes, bool breaks = true) {
    const std::vector<std::string> lines = {"Shelling near Lachin Corridor and Shusha went on.", "The road from Lachin",
                                            "Corridor reopened after talks in St.", "Petersburg and the U.S.",
                                            "\xe2\x80", "United States of", "America", "", "  Lachin  ",
                                            "Shusha's square, Shushi and Şuşa."};
    std::string text;
    for (size_t i = 0; text.size() < bytes; ++i)
        text += lines[(i * 7) % lines.size()] + (breaks ? (i % 5 ? "\n" : "\n\n") : (i % 3 == 0 ? " " : i % 3 == 1 ? ", " : ","));
    return text + "Lachin";  // no break at the end
}

void check_same(const std::vector<Token>& words, const std::vector<Token>& one_words) {
    REQUIRE(words.size() == one_words.size());
    size_t same = 0;
    for (size_t i = 0; i < words.size(); ++i)
        same += words[i].start == one_words[i].start && words[i].end == one_words[i].end &&
                words[i].capitalised == one_words[i].capitalised && words[i].ascii == one_words[i].ascii;
    CHECK(same == words.size());
}

}  // namespace

TEST_CASE("words read ahead, then matched, give the words and matches of one pass") {
    auto g = small_gazetteer();
    Corpus corpus;
    corpus.articles.resize(4);  // the first one empty
    corpus.articles[1].text = text_of(300);
    corpus.articles[2].text = text_of(300 * 1024);         // read in pieces on every core
    corpus.articles[3].text = text_of(300 * 1024, false);  // the same, cut after commas
    REQUIRE(corpus.articles[3].text.find('\n') == std::string::npos);

    std::vector<std::vector<Token>> read = read_words_while(corpus, [] { return true; });
    REQUIRE(read.size() == 4);
    for (size_t a = 0; a < 4; ++a) {
        const std::string& text = corpus.articles[a].text;
        const std::vector<Token> one_words = tokenize(text);
        std::vector<NameMatch> one_matches, matches;
        match_names(*g, text, one_words, one_matches);
        REQUIRE(one_matches.size() >= (a >= 2 ? 1000u : a == 1 ? 2u : 0u));
        check_same(read[a], one_words);
        std::vector<Token> words;
        match_words(*g, text, std::move(read[a]), words, matches);
        check_same(words, one_words);
        REQUIRE(matches.size() == one_matches.size());
        size_t same = 0;
        for (size_t i = 0; i < matches.size(); ++i)
            same += matches[i].span == one_matches[i].span && matches[i].key == one_matches[i].key;
        CHECK(same == matches.size());
    }
}

TEST_CASE("a long text denser in words than the room read_words makes for them still gives every word") {
    // One-letter words a comma apart: a word every two bytes, where room is made for one every
    // five. The pieces that do not fit are appended after all are read, in their order.
    std::string text;
    for (size_t i = 0; text.size() < 400 * 1024; ++i) text += std::string(1, char('a' + i % 26)) + (i % 9 ? "," : "\n");
    const std::vector<Token> one_words = tokenize(text);
    REQUIRE(one_words.size() > text.size() / 5 + 16 * 8);
    check_same(read_words(text), one_words);
}

TEST_CASE("words are read ahead only while wanted, and geoparse reads the rest itself") {
    auto g = small_gazetteer();
    Corpus corpus;
    for (int a = 0; a < 3; ++a) {
        Article article;
        article.text = text_of(200 + 100 * a);
        corpus.articles.push_back(article);
        corpus.passages.push_back(Passage{});
        corpus.passages.back().article = uint32_t(a);
        corpus.passages.back().span = {0, uint32_t(article.text.size())};
    }
    // None wanted: no words kept.
    for (const auto& w : read_words_while(corpus, [] { return false; })) CHECK(w.empty());
    // Some read, some not: the mentions are those found with none read ahead.
    std::vector<std::vector<Token>> some(corpus.articles.size());
    some[1] = tokenize(corpus.articles[1].text);
    const std::vector<Mention> plain = geoparse(*g, corpus);
    const std::vector<Mention> ahead = geoparse(*g, corpus, std::move(some), nullptr, nullptr);
    REQUIRE(plain.size() > 3);
    REQUIRE(ahead.size() == plain.size());
    size_t same = 0;
    for (size_t i = 0; i < plain.size(); ++i)
        same += ahead[i].span == plain[i].span && ahead[i].place == plain[i].place && ahead[i].article == plain[i].article;
    CHECK(same == plain.size());
}
