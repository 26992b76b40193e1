// Find: places by any spelling, then passages by their words, folded as the geoparser folds
// names; the last word of the query as a prefix; a newer query cancels an older one.
#include <doctest/doctest.h>

#include <atomic>

#include "places/gazetteer_fixture.hpp"
#include "placeline/atlas/search.hpp"

using namespace placeline;

namespace {

struct Fixture {
    PlaceIndex shusha = no_place, shush = no_place, baku = no_place;
    std::shared_ptr<const Atlas> atlas;
    std::string text;
};

// One article, three passages; Shusha written "Şuşa" and "Шуша" (known as Shusha and Shushi), a
// town named "Shush" that is a whole-name match for "shush", and Baku.
Fixture make() {
    Fixture f;
    GazetteerBuilder b;
    f.shusha = b.add(test::make_place("t:shusha", "Shusha", PlaceKind::city, "AZ", 39.76, 46.75, 0, {"Shushi"}));
    f.shush = b.add(test::make_place("t:shush", "Shush", PlaceKind::city, "IR", 32.19, 48.24));
    f.baku = b.add(test::make_place("t:baku", "Baku", PlaceKind::capital, "AZ", 40.4, 49.9));
    auto g = b.build();
    Article a;
    a.path = "a.txt";
    a.text = "Şuşa fell on a Tuesday.\nIn Baku, the cease-fire held; Шуша was quiet.\nShush is in Iran, far from the front.";
    f.text = a.text;
    Corpus c;
    auto passage = [&](size_t start, size_t end) {
        Passage p;
        p.span = {uint32_t(start), uint32_t(end)};
        c.passages.push_back(p);
    };
    const size_t n1 = a.text.find('\n'), n2 = a.text.find('\n', n1 + 1);
    passage(0, n1);
    passage(n1 + 1, n2);
    passage(n2 + 1, a.text.size());
    c.articles.push_back(a);
    std::vector<Mention> m(4);
    auto mention = [&](Mention& x, uint32_t p, const char* word, PlaceIndex place) {
        x.passage = p;
        const size_t at = a.text.find(word);
        x.span = {uint32_t(at), uint32_t(at + std::string(word).size())};
        x.place = place;
        x.score = 0.9f;
    };
    mention(m[0], 0, "Şuşa", f.shusha);
    mention(m[1], 1, "Baku", f.baku);
    mention(m[2], 1, "Шуша", f.shusha);
    mention(m[3], 2, "Shush", f.shush);
    f.atlas = std::make_shared<const Atlas>(std::move(c), g, std::move(m));
    return f;
}

// The text of each hit, for readable checks.
std::vector<std::string> hit_texts(const Fixture& f, const SearchResults& r) {
    std::vector<std::string> out;
    for (const PassageHit& h : r.passages) {
        std::string_view passage = f.atlas->corpus().text_of(f.atlas->corpus().passages[h.passage]);
        for (const auto& [a, b] : h.spans) out.emplace_back(passage.substr(a, b - a));
    }
    return out;
}

}  // namespace

TEST_CASE("find matches words in any case, accents and script, the last word as a prefix") {
    const Fixture f = make();
    // Accents off and Cyrillic in Latin letters, as for names: "Şuşa" ~ "Шуша" ~ "susa".
    SearchResults r = search_atlas(f.atlas, nullptr, "SUSA");
    CHECK(hit_texts(f, r) == std::vector<std::string>{"Şuşa", "Шуша"});
    REQUIRE(r.passages.size() == 2);
    CHECK(r.passages[0].passage == 0);
    CHECK(r.passages[1].passage == 1);
    CHECK(hit_texts(f, search_atlas(f.atlas, nullptr, "шуша")) == std::vector<std::string>{"Şuşa", "Шуша"});
    // "shus" as a prefix: the town Shush only (the other two fold to "susa").
    r = search_atlas(f.atlas, nullptr, "shus");
    CHECK(hit_texts(f, r) == std::vector<std::string>{"Shush"});
    // Several words: whole words in a row, the last one begun; hyphens split words.
    CHECK(hit_texts(f, search_atlas(f.atlas, nullptr, "cease fi")) == std::vector<std::string>{"cease-fire"});
    CHECK(hit_texts(f, search_atlas(f.atlas, nullptr, "the fr")) == std::vector<std::string>{"the front"});
    CHECK(search_atlas(f.atlas, nullptr, "ease").passages.empty());  // words start where they start
    CHECK(search_atlas(f.atlas, nullptr, "  ").passages.empty());
}

TEST_CASE("find lists places by any name or written form, whole names first") {
    const Fixture f = make();
    // "shush": the town whose whole name it is first, then Shusha (a name that starts so).
    SearchResults r = search_atlas(f.atlas, nullptr, "shush");
    REQUIRE(r.places.size() == 2);
    CHECK(r.places[0] == f.shush);
    CHECK(r.places[1] == f.shusha);
    // A form only the article writes, in Cyrillic.
    r = search_atlas(f.atlas, nullptr, "Шуша");
    REQUIRE(r.places.size() == 1);
    CHECK(r.places[0] == f.shusha);
    // The map's label is a name too.
    std::unordered_map<PlaceIndex, std::string> labels{{f.baku, "Bakı"}};
    CHECK(search_atlas(f.atlas, &labels, "baki").places == std::vector<PlaceIndex>{f.baku});
    CHECK(search_atlas(f.atlas, nullptr, "baki").places.empty());
    CHECK(search_atlas(f.atlas, nullptr, "tuesday").places.empty());
}

TEST_CASE("a search told to stop says it was cancelled") {
    const Fixture f = make();
    std::atomic<bool> cancel{true};
    SearchResults r = search_atlas(f.atlas, nullptr, "shush", &cancel);
    CHECK(r.cancelled);
    CHECK(r.passages.empty());
    cancel = false;
    CHECK_FALSE(search_atlas(f.atlas, nullptr, "shush", &cancel).cancelled);
}
