// geoparse over a corpus of many articles (geoparse.cpp): each article's mentions are placed in
// its passages and handed over in article order, whichever thread resolved the article, as the
// articles resolved one by one give them.
#include <doctest/doctest.h>

#include "places/gazetteer_fixture.hpp"
#include "placeline/corpus/corpus.hpp"
#include "placeline/places/matcher.hpp"

using namespace placeline;
using test::make_place;

TEST_CASE("geoparse hands over every article's mentions in article order, in their passages") {
    GazetteerBuilder b;
    b.add(make_place("gn:147105", "Shusha", PlaceKind::admin_seat, "AZ", 39.76, 46.75));
    b.add(make_place("gn:147625", "Lachin", PlaceKind::admin_seat, "AZ", 39.6, 46.55));
    b.add(make_place("gn:2643743", "London", PlaceKind::capital, "GB", 51.5, -0.13));
    auto g = b.build();

    // Articles of unlike lengths (the threads finish them out of order), some with no place,
    // several with two paragraphs, one empty.
    const std::vector<std::string> sentences = {"Talks in London went on.", "Shelling near Lachin and Shusha.",
                                                "Nothing happened today.", "Lachin reopened; London said so."};
    std::vector<Article> articles;
    for (int a = 0; a < 40; ++a) {
        Article article;
        for (int k = 0; k < (a * 7) % 23; ++k) {
            article.text += sentences[size_t(a + k) % sentences.size()];
            article.text += k % 4 == 3 ? "\n\n" : " ";
        }
        articles.push_back(std::move(article));
    }
    const Corpus corpus = build_corpus(std::move(articles));
    const std::vector<Mention> all = geoparse(*g, corpus);

    // The same, article by article: resolve() and each mention's passage looked up.
    std::vector<Mention> one_by_one;
    for (uint32_t a = 0; a < corpus.articles.size(); ++a) {
        const std::string& text = corpus.articles[a].text;
        for (Mention m : resolve(*g, text, match_names(*g, text))) {
            for (uint32_t p = 0; p < corpus.passages.size(); ++p) {
                const Passage& passage = corpus.passages[p];
                if (passage.article == a && passage.span.start <= m.span.start && m.span.end <= passage.span.end) {
                    m.article = a;
                    m.passage = p;
                    one_by_one.push_back(m);
                }
            }
        }
    }
    REQUIRE(one_by_one.size() > 40);
    REQUIRE(all.size() == one_by_one.size());
    size_t same = 0;
    for (size_t i = 0; i < all.size(); ++i)
        same += all[i].article == one_by_one[i].article && all[i].passage == one_by_one[i].passage &&
                all[i].span == one_by_one[i].span && all[i].place == one_by_one[i].place;
    CHECK(same == all.size());
}
