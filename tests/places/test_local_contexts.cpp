// The words around each match (local_contexts): what a name itself says is worked out once per
// key and way of writing it in an article, and must come out as for each match read alone.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "places/gazetteer_fixture.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/resolution.hpp"

using namespace placeline;
using test::make_place;

namespace {

std::shared_ptr<const Gazetteer> little_world() {
    GazetteerBuilder b;
    b.add(make_place("ne:CZ", "Czechia", PlaceKind::country, "CZ", 49.8, 15.5));
    b.add(make_place("gn:3070291", "Most", PlaceKind::city, "CZ", 50.5, 13.64, 67905, {}, "PPL"));
    b.add(make_place("gn:2988507", "Paris", PlaceKind::capital, "FR", 48.85, 2.35, 2138551, {}, "PPLC"));
    return b.build();
}

// The context of the match of `surface` in the text: only one match of it is expected.
resolution::LocalContext context_of(const Gazetteer& g, const std::string& text, std::string_view surface) {
    const std::vector<NameMatch> matches = match_names(g, text);
    const std::vector<resolution::LocalContext> contexts = resolution::local_contexts(g, text, matches);
    for (size_t i = 0; i < matches.size(); ++i)
        if (std::string_view(text).substr(matches[i].span.start, matches[i].span.end - matches[i].span.start) == surface)
            return contexts[i];
    FAIL("no match of " << surface);
    return {};
}

}  // namespace

TEST_CASE("local contexts: one key written two ways in one article keeps what each way says") {
    auto g = little_world();
    // "MOST" in capitals is an acronym, "Most" the English word: the same key, told apart by how
    // it is written, in one article and in articles of their own.
    const std::string both = "Officials said MOST was calm. They said Most was calm, and Paris agreed.";
    const std::string capitals = "Officials said MOST was calm.";
    const std::string word = "They said Most was calm, and Paris agreed.";
    for (int round = 0; round < 2; ++round) {  // again, after the first round's calls
        CAPTURE(round);
        const resolution::LocalContext upper = context_of(*g, both, "MOST");
        const resolution::LocalContext lower = context_of(*g, both, "Most");
        CHECK_FALSE(upper.common_word);
        CHECK(lower.common_word);
        CHECK(upper.common_word == context_of(*g, capitals, "MOST").common_word);
        CHECK(lower.common_word == context_of(*g, word, "Most").common_word);
        CHECK(context_of(*g, both, "Paris").common_word == context_of(*g, word, "Paris").common_word);
    }
}

TEST_CASE("local contexts: what a name says is kept across articles by the article's language") {
    // Auch is a French town and a German word: the same name, written the same way, is the word
    // in a German article and no word in a French one, whichever article a thread reads first.
    GazetteerBuilder b;
    b.add(make_place("gn:3036433", "Auch", PlaceKind::admin_seat, "FR", 43.65, 0.58, 21000, {}, "PPLA2"));
    auto g = b.build();
    const std::string de = "Die Bahn hat den Verkehr eingestellt und die Straße ist gesperrt. Auch die Schulen bleiben zu.";
    const std::string fr = "Le marché de la ville ouvre. Les habitants de Auch sont venus avec leurs enfants.";
    for (int round = 0; round < 2; ++round) {
        CAPTURE(round);
        CHECK(context_of(*g, de, "Auch").common_word);
        CHECK_FALSE(context_of(*g, fr, "Auch").common_word);
        CHECK_FALSE(context_of(*g, fr, "Auch").common_word);
        CHECK(context_of(*g, de, "Auch").common_word);
    }
}

TEST_CASE("local contexts: a month's name in a date lexicon's language is a word where it stands alone") {
    // "Sonntag" (Sunday) between spaces, before a full stop or at the text's start is the word;
    // read the same whether the name's facts were worked out in this article or an earlier one.
    GazetteerBuilder b;
    b.add(make_place("gn:2764359", "Sonntag", PlaceKind::village, "AT", 47.23, 9.9, 700, {}, "PPL"));
    auto g = b.build();
    for (const std::string text : {"Die Straße bleibt gesperrt. Seit Sonntag sind die Dörfer abgeschnitten.",
                                   "Sonntag blieb die Straße gesperrt.", "Die Straße blieb bis Sonntag."}) {
        CAPTURE(text);
        CHECK(context_of(*g, text, "Sonntag").common_word);
        CHECK(context_of(*g, text, "Sonntag").common_word);
    }
}
