// US counties: a county named with its state ("Washington County, Ohio") is that state's, on a
// small made-up gazetteer where every county of the name is otherwise alike.
#include <doctest/doctest.h>

#include "places/gazetteer_fixture.hpp"
#include "placeline/places/matcher.hpp"

using namespace placeline;
using test::make_place;

namespace {

std::shared_ptr<const Gazetteer> counties() {
    GazetteerBuilder b;
    // Maryland's first: with nothing to tell them apart, the first of equal totals would win.
    b.add(make_place("usc:24043", "Washington County", PlaceKind::admin2, "US", 39.60, -77.81));
    b.add(make_place("usc:42125", "Washington County", PlaceKind::admin2, "US", 40.19, -80.25));
    b.add(make_place("usc:39167", "Washington County", PlaceKind::admin2, "US", 39.45, -81.50));
    b.add(make_place("ne1:usa:ohio", "Ohio", PlaceKind::admin1, "US", 40.42, -82.71));
    b.add(make_place("ne1:usa:maryland", "Maryland", PlaceKind::admin1, "US", 39.05, -76.80));
    return b.build();
}

std::string place_at(const Gazetteer& g, const std::string& text, std::string_view word, float* qualifier = nullptr) {
    size_t at = text.find(word);
    REQUIRE(at != std::string::npos);
    for (const Mention& m : resolve(g, text, match_names(g, text)))
        if (m.span.start == at) {
            if (qualifier) *qualifier = m.why.weight_of(Signal::qualifier);
            return std::string(g.id(m.place));
        }
    return "none";
}

}  // namespace

TEST_CASE("a county qualified by its state is that state's: Washington County, Ohio") {
    auto g = counties();
    float qualifier = 0;
    CHECK(place_at(*g, "Deputies in Washington County, Ohio found the car.", "Washington County", &qualifier) ==
          "usc:39167");
    CHECK(qualifier > 0);
    CHECK(place_at(*g, "Deputies in Washington County, Maryland found the car.", "Washington County") == "usc:24043");
    // The state itself is the area the qualifier names.
    CHECK(place_at(*g, "Deputies in Washington County, Ohio found the car.", "Ohio") == "ne1:usa:ohio");
}

TEST_CASE("a county is a point for the article's other names: Paris beside Henry County, Tennessee") {
    GazetteerBuilder b;
    b.add(make_place("gn:2988507", "Paris", PlaceKind::capital, "FR", 48.85, 2.35, 2138551, {}, "PPLC"));
    b.add(make_place("gn:4647963", "Paris", PlaceKind::admin_seat, "US", 36.30, -88.33, 10156, {}, "PPLA2"));
    b.add(make_place("usc:47079", "Henry County", PlaceKind::admin2, "US", 36.33, -88.30));
    auto g = b.build();
    const std::string text = "Henry County schools reopened. The parade in Paris starts at noon.";
    size_t at = text.find("Paris");
    bool found = false;
    for (const Mention& m : resolve(*g, text, match_names(*g, text)))
        if (m.span.start == at) {
            found = true;
            CHECK(g->id(m.place) == "gn:4647963");
            // A county is small enough for its point to say where the article is: nearness counts.
            CHECK(m.why.weight_of(Signal::context_distance) > 0);
        }
    CHECK(found);
}
