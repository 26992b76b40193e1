// The place list's names: the articles' spelling, and places that would read alike told apart.
#include <doctest/doctest.h>

#include "gazetteer_fixture.hpp"
#include "placeline/variants/list_names.hpp"

using namespace placeline;

TEST_CASE("list names use the articles' spelling and tell two Georgias and two Parises apart") {
    GazetteerBuilder b;
    PlaceIndex ge = b.add(test::make_place("t:ge", "Georgia", PlaceKind::country, "GE", 42, 43.5));
    PlaceIndex us = b.add(test::make_place("t:ga", "Georgia", PlaceKind::admin1, "US", 32.7, -83.4));
    PlaceIndex paris = b.add(test::make_place("t:paris", "Paris", PlaceKind::capital, "FR", 48.85, 2.35));
    PlaceIndex texas = b.add(test::make_place("t:paris-tx", "Paris", PlaceKind::city, "US", 33.66, -95.55));
    PlaceIndex raqqa = b.add(test::make_place("t:raqqa", "Ar Raqqah", PlaceKind::city, "SY", 35.95, 39.0));
    auto g = b.build();
    std::vector<PlaceCount> places = {{ge, 3}, {us, 2}, {paris, 2}, {texas, 1}, {raqqa, 1}};
    std::unordered_map<PlaceIndex, std::string> written = {{raqqa, "Raqqa"}};
    auto names = list_names(*g, places, written);
    REQUIRE(names.size() == 5);
    CHECK(names[0] == "Georgia (country)");
    CHECK(names[1] == "Georgia, US state");
    CHECK(names[2] == "Paris, FR");
    CHECK(names[3] == "Paris, US");
    CHECK(names[4] == "Raqqa");
    // Alone in the list, a name needs nothing more.
    std::vector<PlaceCount> one = {{ge, 3}};
    CHECK(list_names(*g, one, written)[0] == "Georgia");
}

TEST_CASE("towns that read alike are named by their first-level division where it is known") {
    GazetteerBuilder b;
    PlaceIndex paris = b.add(test::make_place("t:paris", "Paris", PlaceKind::capital, "FR", 48.85, 2.35));
    PlaceIndex texas = b.add(test::make_place("t:paris-tx", "Paris", PlaceKind::city, "US", 33.66, -95.55));
    PlaceIndex tennessee = b.add(test::make_place("t:paris-tn", "Paris", PlaceKind::city, "US", 36.3, -88.33));
    PlaceIndex ga = b.add(test::make_place("t:ga", "Georgia", PlaceKind::admin1, "US", 32.7, -83.4));
    PlaceIndex ge = b.add(test::make_place("t:ge", "Georgia", PlaceKind::country, "GE", 42, 43.5));
    auto g = b.build();
    std::vector<PlaceCount> places = {{paris, 4}, {texas, 2}, {tennessee, 1}, {ga, 1}, {ge, 1}};
    std::unordered_map<PlaceIndex, std::string> division = {
        {paris, "Paris"}, {texas, "Texas"}, {tennessee, "Tennessee"}};
    auto names = list_names(*g, places, {}, division);
    CHECK(names[0] == "Paris, Paris");
    CHECK(names[1] == "Paris, Texas");
    CHECK(names[2] == "Paris, Tennessee");
    CHECK(names[3] == "Georgia, US state");
    CHECK(names[4] == "Georgia (country)");
    // Without the division of one of them, its country; two in one division add their country.
    division.erase(paris);
    CHECK(list_names(*g, places, {}, division)[0] == "Paris, FR");
    division[paris] = "Texas";
    names = list_names(*g, places, {}, division);
    CHECK(names[0] == "Paris, Texas, FR");
    CHECK(names[1] == "Paris, Texas, US");
}


TEST_CASE("two counties that read alike are named by their states") {
    GazetteerBuilder b;
    PlaceIndex ohio = b.add(test::make_place("usc:39167", "Washington County", PlaceKind::admin2, "US", 39.45, -81.49));
    PlaceIndex pa = b.add(test::make_place("usc:42125", "Washington County", PlaceKind::admin2, "US", 40.19, -80.25));
    PlaceIndex laurel = b.add(test::make_place("usc:21125", "Laurel County", PlaceKind::admin2, "US", 37.11, -84.12));
    auto g = b.build();
    std::vector<PlaceCount> places = {{ohio, 3}, {pa, 1}, {laurel, 1}};
    std::unordered_map<PlaceIndex, std::string> division = {{ohio, "Ohio"}, {pa, "Pennsylvania"}, {laurel, "Kentucky"}};
    auto names = list_names(*g, places, {}, division);
    CHECK(names[0] == "Washington County, Ohio");
    CHECK(names[1] == "Washington County, Pennsylvania");
    CHECK(names[2] == "Laurel County");  // alone of its name: nothing added
}
