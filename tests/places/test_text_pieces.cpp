// A long document's passes after the matcher in pieces cut after a line break or a comma
// (text_pieces.hpp): where the cuts fall, when there is none, and that the pieces find what one
// pass over the whole text finds, line by line, with line breaks and without.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "places/gazetteer_fixture.hpp"
#include "places/text_pieces.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/resolution.hpp"

using namespace placeline;
using test::make_place;

namespace {

std::shared_ptr<const Gazetteer> small_world() {
    GazetteerBuilder b;
    b.add(make_place("gn:703448", "Kyiv", PlaceKind::capital, "UA", 50.45, 30.52, 2797553, {"Киев", "Київ"}, "PPLC"));
    b.add(make_place("gn:706483", "Kharkiv", PlaceKind::admin_seat, "UA", 49.98, 36.25, 1430885, {"Харьков", "Харків"},
                     "PPLA"));
    b.add(make_place("ne:FR", "France", PlaceKind::country, "FR", 46.6, 2.45, 0, {"Frankreich"}));
    b.add(make_place("ne:DE", "Germany", PlaceKind::country, "DE", 51.0, 10.0, 0, {"Allemagne"}));
    return b.build();
}

// Lines of inflected names (Cyrillic cases, a German genitive, a French elision) among plain
// words, each line ended by a line break.
const std::string line =
    "Бои шли под Киевом, жители Харькова ждали. Die Regierung Frankreichs sprach. "
    "Il part d'Allemagne demain, and the people in Kyiv said that nothing was decided.\n";

// `n` lines; without breaks, each line's break a space (one long paragraph, as a text taken out
// of JSON or HTML can be), so that only commas are left to cut after.
std::string lines(size_t n, bool breaks = true) {
    std::string out;
    for (size_t k = 0; k < n; ++k) out += line;
    if (!breaks) std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

// Whether a line break or a comma lies between two words.
bool cut_between(const std::string& text, const Token& before, const Token& after) {
    const std::string_view gap = std::string_view(text).substr(before.end, after.start - before.end);
    return gap.find_first_of("\n,") != std::string_view::npos;
}

// A long text's pieces (more than ten of 4 KiB) cover its words once, in order, and each after the
// first starts with the first word after a line break or a comma, its first match the first at or
// after that word.
void check_cuts(const Gazetteer& g, const std::string& text) {
    const std::vector<Token> words = tokenize(text);
    const std::vector<NameMatch> matches = match_names(g, text);
    const auto pieces = resolution::text_pieces(text, words, matches, 4096);
    REQUIRE(pieces.size() > 10);
    CHECK(pieces.front().first_word == 0);
    CHECK(pieces.back().end_word == words.size());
    for (size_t p = 1; p < pieces.size(); ++p) {
        CHECK(pieces[p].first_word == pieces[p - 1].end_word);
        const Token& first = words[pieces[p].first_word];
        CHECK(cut_between(text, words[pieces[p].first_word - 1], first));
        CHECK(matches[pieces[p].first_match].span.start >= first.start);
        CHECK(matches[pieces[p].first_match - 1].span.end < first.start);
    }
}

}  // namespace

TEST_CASE("text pieces: an article is one piece, a long text with line breaks is cut after one or a comma") {
    auto g = small_world();
    const std::string short_text = lines(3);
    const std::vector<Token> short_words = tokenize(short_text);
    const auto one = resolution::text_pieces(short_text, short_words, match_names(*g, short_text));
    REQUIRE(one.size() == 1);
    CHECK(one[0].first_word == 0);
    CHECK(one[0].end_word == short_words.size());

    check_cuts(*g, lines(2000));
}

TEST_CASE("text pieces: a long text without line breaks is cut after commas") {
    auto g = small_world();
    const std::string text = lines(2000, false);
    REQUIRE(text.find('\n') == std::string::npos);
    check_cuts(*g, text);
}

TEST_CASE("text pieces: matches out of order or across a cut leave the text whole") {
    auto g = small_world();
    const std::string text = lines(200);
    const std::vector<Token> words = tokenize(text);
    std::vector<NameMatch> matches = match_names(*g, text);
    REQUIRE(matches.size() > 2);
    REQUIRE(resolution::text_pieces(text, words, matches, 1024).size() > 1);
    std::vector<NameMatch> swapped = matches;
    std::swap(swapped[0], swapped[1]);
    CHECK(resolution::text_pieces(text, words, swapped, 1024).size() == 1);
    // A match made to run over every line break.
    std::vector<NameMatch> across = matches;
    across[0].span.end = uint32_t(text.size());
    CHECK(resolution::text_pieces(text, words, across, 1024).size() == 1);
}

TEST_CASE("inflected names: a long document in pieces finds on every line what one line finds") {
    auto g = small_world();
    for (bool breaks : {true, false}) {
        CAPTURE(breaks);
        const std::string one = lines(1, breaks);
        const std::vector<NameMatch> alone = resolution::with_inflected_names(*g, one, match_names(*g, one));
        // Киевом, Харькова, Frankreichs, Allemagne (besides whatever the matcher took).
        REQUIRE(alone.size() >= 4);
        // Past 64 KiB: more than one piece, so more than one core where there are two.
        const size_t n = 1500;
        const std::string text = lines(n, breaks);
        REQUIRE(text.size() > 2 * 64 * 1024);
        const std::vector<NameMatch> all = resolution::with_inflected_names(*g, text, match_names(*g, text));
        REQUIRE(all.size() == n * alone.size());
        size_t same = 0;
        for (size_t k = 0; k < all.size(); ++k) {
            const NameMatch& a = all[k];
            const NameMatch& b = alone[k % alone.size()];
            const uint32_t shift = uint32_t((k / alone.size()) * line.size());
            same += a.span.start == b.span.start + shift && a.span.end == b.span.end + shift && a.key == b.key;
        }
        CHECK(same == all.size());
    }
}

TEST_CASE("suffixed names: a long document in pieces finds on every line what one line finds") {
    GazetteerBuilder b;
    b.add(make_place("gn:587084", "Baku", PlaceKind::capital, "AZ", 40.38, 49.89, 1116513, {"Bakı"}, "PPLC"));
    b.add(make_place("gn:611717", "Tbilisi", PlaceKind::capital, "GE", 41.69, 44.83, 1049498, {"თბილისი"}, "PPLC"));
    auto g = b.build();
    // Azerbaijani (its letters ə, ı, ğ say so) with a locative, and Georgian with one; each line
    // ended by a line break, or by a space (only its comma left to cut after).
    for (const char* end : {"\n", " "}) {
        CAPTURE(end);
        const std::string one = std::string("Prezident Bakıda görüş keçirdi, dağ yolu bağlandı. შეხვედრა თბილისში გაიმართა.") + end;
        const std::vector<NameMatch> alone = resolution::with_suffixed_names(*g, one, match_names(*g, one));
        REQUIRE(alone.size() >= 2);
        const size_t n = 2000;
        std::string text;
        for (size_t k = 0; k < n; ++k) text += one;
        REQUIRE(text.size() > 2 * 64 * 1024);
        const std::vector<NameMatch> all = resolution::with_suffixed_names(*g, text, match_names(*g, text));
        REQUIRE(all.size() == n * alone.size());
        size_t same = 0;
        for (size_t k = 0; k < all.size(); ++k) {
            const uint32_t shift = uint32_t((k / alone.size()) * one.size());
            same += all[k].span.start == alone[k % alone.size()].span.start + shift && all[k].key == alone[k % alone.size()].key;
        }
        CHECK(same == all.size());
    }
}
