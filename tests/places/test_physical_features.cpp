// Physical features: both English forms of a water body's name, and the curated list of the
// world's oceans, seas, gulfs, peaks, ranges and deserts (geodata/physical.tsv).
#include <doctest/doctest.h>

#include "places/gazetteer_fixture.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/places/names.hpp"
#include "placeline/places/water_names.hpp"

using namespace placeline;
using test::make_place;

TEST_CASE("a sea, gulf or lake has the other English form of its name") {
    CHECK(other_water_form("Sea of Azov") == "Azov Sea");
    CHECK(other_water_form("Azov Sea") == "Sea of Azov");
    CHECK(other_water_form("Gulf of Mexico") == "Mexico Gulf");
    CHECK(other_water_form("Mexico Gulf") == "Gulf of Mexico");
    CHECK(other_water_form("Lake Baikal") == "Baikal Lake");
    CHECK(other_water_form("Great Bear Lake") == "Lake Great Bear");
    // No such form: nothing.
    CHECK(other_water_form("Caspian").empty());
    CHECK(other_water_form("Lake").empty());
    CHECK(other_water_form("Sea").empty());
    CHECK(other_water_form("Strait of Hormuz").empty());
}

TEST_CASE("a water place is found by both forms of its name, a town by the one it has") {
    GazetteerBuilder b;
    b.add(make_place("nce:231", "Azov Sea", PlaceKind::water, "", 46.2, 36.7));
    b.add(make_place("gn:1", "Lake Charles", PlaceKind::city, "US", 30.2, -93.2, 80000));
    auto g = b.build(nullptr, "test stamp");
    CHECK(g->find_by_name("Sea of Azov") == std::vector<PlaceIndex>{g->find_id("nce:231")});
    CHECK(g->find_by_name("Azov Sea") == std::vector<PlaceIndex>{g->find_id("nce:231")});
    CHECK(g->find_by_name("Lake Charles").size() == 1);
    CHECK(g->find_by_name("Charles Lake").empty());  // a town's name is not turned
}

TEST_CASE("the curated physical features read cleanly, each with its source") {
    GazetteerBuilder b;
    Diagnostics diags;
    read_curated_places(geodata_path("physical.tsv"), b, diags);
    CHECK(diags.size() == 0);
    auto g = b.build(nullptr, "test stamp");
    // Names-only rows (nce:, ner:, pl: of another list) are skipped without their source's place.
    CHECK(g->size() >= 100);
    for (const char* id : {"pl:pacific-ocean", "pl:gulf-of-mexico", "pl:mount-everest", "pl:sahara", "pl:himalayas",
                           "pl:strait-of-hormuz"})
        CHECK_MESSAGE(g->find_id(id) != no_place, id);
    CHECK(g->find_by_name("Everest") == std::vector<PlaceIndex>{g->find_id("pl:mount-everest")});
    CHECK(g->find_by_name("Мексиканский залив") == std::vector<PlaceIndex>{g->find_id("pl:gulf-of-mexico")});
    for (PlaceIndex i = 0; i < g->size(); ++i) {
        CHECK_MESSAGE(!g->place(i).source.empty(), g->id(i));
        CHECK_MESSAGE(g->place(i).curated, g->id(i));
    }
}
