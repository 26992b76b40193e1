// Rivers, seas and oceans written as articles write them: after "the" ("the Pacific", "the Ohio"),
// and not when the word is an adjective or names a state ("the Pacific Northwest", "in Ohio").
#include <doctest/doctest.h>

#include "places/gazetteer_fixture.hpp"
#include "placeline/places/matcher.hpp"

using namespace placeline;
using test::make_place;

namespace {

std::shared_ptr<const Gazetteer> water_world() {
    GazetteerBuilder b;
    b.add(make_place("pl:pacific-ocean", "Pacific Ocean", PlaceKind::water, "", 0, -160, 0, {"Pacific"}, "", true));
    b.add(make_place("gn:4402210", "Pacific", PlaceKind::village, "US", 38.48, -90.74, 7000, {}, "PPL"));
    b.add(make_place("ne:PE", "Peru", PlaceKind::country, "PE", -9.15, -74.38));
    b.add(make_place("ne:US", "United States", PlaceKind::country, "US", 39.8, -98.6));
    b.add(make_place("ne1:usa:ohio", "Ohio", PlaceKind::admin1, "US", 40.42, -82.71));
    b.add(make_place("ner:92.94", "Ohio", PlaceKind::river, "", 39.12, -84.77, 0, {"Ohio River"}));
    b.add(make_place("pl:atlantic-ocean", "Atlantic Ocean", PlaceKind::water, "", 0, -25, 0, {"Atlantic"}, "", true));
    b.add(make_place("ner:33.37", "Peace", PlaceKind::river, "CA", 57.5, -117.0, 0, {"Peace River"}));
    b.add(make_place("gn:4508722", "Cincinnati", PlaceKind::city, "US", 39.13, -84.46, 309317, {}, "PPLA2"));
    return b.build();
}

// The place id of the mention starting at the first `word` of `text`, or "none".
std::string place_of(const Gazetteer& g, const std::string& text, std::string_view word) {
    size_t at = text.find(word);
    REQUIRE(at != std::string::npos);
    for (const Mention& m : resolve(g, text, match_names(g, text)))
        if (m.span.start == at) return std::string(g.id(m.place));
    return "none";
}

}  // namespace

TEST_CASE("an ocean named like an adjective is found after 'the', and only before no other name") {
    auto g = water_world();
    CHECK(place_of(*g, "The drought, linked to warm water in the Pacific, hit Peru.", "Pacific") == "pl:pacific-ocean");
    CHECK(place_of(*g, "Firms in the Pacific Northwest hired again.", "Pacific") == "none");
    CHECK(place_of(*g, "Asia-Pacific markets fell.", "Pacific") == "none");
    CHECK(place_of(*g, "A pacific mood held.", "pacific") == "none");
    // A sea glued to a word by a hyphen is part of an adjective.
    CHECK(place_of(*g, "Euro-Atlantic integration was discussed.", "Atlantic") == "none");
    CHECK(place_of(*g, "Storms over the Atlantic sank a boat.", "Atlantic") == "pl:atlantic-ocean");
}

TEST_CASE("a river named like a word is the river after 'the' only with words of water near") {
    auto g = water_world();
    CHECK(place_of(*g, "Proceedings: Before the Peace: Legal Issues of the war.", "Peace") == "none");
    CHECK(place_of(*g, "Barges on the Peace waited for the water to rise.", "Peace") == "ner:33.37");
}

TEST_CASE("a river that bears a state's name is the river after 'the', else the state") {
    auto g = water_world();
    CHECK(place_of(*g, "Barges on the Ohio near Cincinnati were stuck.", "Ohio") == "ner:92.94");
    CHECK(place_of(*g, "Schools in Ohio near Cincinnati closed.", "Ohio") == "ne1:usa:ohio");
    CHECK(place_of(*g, "The Ohio River rose near Cincinnati.", "Ohio River") == "ner:92.94");
}
