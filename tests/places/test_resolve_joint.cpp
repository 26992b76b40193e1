// Resolution from the article as a whole: the places it names pull each other's homonyms
// together (joint coherence), on small made-up articles and gazetteers.
#include <doctest/doctest.h>

#include <random>

#include "places/gazetteer_fixture.hpp"
#include "places/resolve_joint.hpp"
#include "places/unit_vector.hpp"
#include "placeline/places/matcher.hpp"

using namespace placeline;
using test::make_place;

namespace {

// Two Parises and two Henry Counties: the capital is the bare name's prior, and the counties
// are alike until something tells them apart.
std::shared_ptr<const Gazetteer> homonyms() {
    GazetteerBuilder b;
    b.add(make_place("gn:2988507", "Paris", PlaceKind::capital, "FR", 48.85, 2.35, 2138551, {}, "PPLC"));
    b.add(make_place("gn:4646571", "Paris", PlaceKind::admin_seat, "US", 36.30, -88.33, 10156, {}, "PPLA2"));
    b.add(make_place("usc:47079", "Henry County", PlaceKind::admin2, "US", 36.33, -88.30));
    b.add(make_place("usc:19087", "Henry County", PlaceKind::admin2, "US", 40.99, -91.54));
    b.add(make_place("gn:4255836", "Norman", PlaceKind::city, "US", 35.22, -97.44, 124880, {}, "PPL"));
    return b.build();
}

struct Found {
    std::string id;
    float joint = 0;
};

// The place and the joint weight of the mention starting at the first occurrence of `word`.
Found find(const Gazetteer& g, const std::string& text, std::string_view word) {
    size_t at = text.find(word);
    REQUIRE(at != std::string::npos);
    for (const Mention& m : resolve(g, text, match_names(g, text)))
        if (m.span.start == at) return {std::string(g.id(m.place)), m.why.weight_of(Signal::joint)};
    return {"none", 0};
}

}  // namespace

TEST_CASE("joint coherence: Paris and Henry County pull each other to Tennessee") {
    auto g = homonyms();
    const std::string text = "Paris and Henry County are rich in history. The county fair opens in Paris.";
    Found paris = find(*g, text, "Paris"), county = find(*g, text, "Henry County");
    CHECK(paris.id == "gn:4646571");
    CHECK(county.id == "usc:47079");
    CHECK(paris.joint > 0);
    CHECK(county.joint > 0);
}

TEST_CASE("joint coherence: a name alone, or beside a place far from its homonyms, keeps its prior") {
    auto g = homonyms();
    Found alone = find(*g, "The exhibition opened in Paris on Monday.", "Paris");
    CHECK(alone.id == "gn:2988507");
    CHECK(alone.joint == 0);
    // Norman, Oklahoma lies 800 km from the Tennessee Paris: no pull, the capital stays.
    Found far = find(*g, "The exhibition moved from Norman to Paris on Monday.", "Paris");
    CHECK(far.id == "gn:2988507");
    CHECK(far.joint == 0);
}

TEST_CASE("joint coherence: a name does not pull its own homonyms") {
    // Two Henry Counties 600 km apart, one name: nothing near either but the name itself.
    auto g = homonyms();
    Found county = find(*g, "Henry County voted on Tuesday. Henry County counted late.", "Henry County");
    CHECK(county.joint == 0);
}

TEST_CASE("joint coherence: a region named after its city shares the city's pull") {
    GazetteerBuilder b;
    // Both curated, as the real lists have them: the region's short name is no mere variant.
    b.add(make_place("gn:147429", "Nakhchivan", PlaceKind::admin_seat, "AZ", 39.21, 45.41, 74500, {}, "PPLA", true));
    b.add(make_place("pl:nakhchivan-ar", "Nakhchivan Autonomous Republic", PlaceKind::admin1, "AZ", 39.33, 45.48, 0,
                     {"Nakhchivan"}, "", true));
    b.add(make_place("gn:148565", "Julfa", PlaceKind::admin_seat, "AZ", 38.96, 45.63, 10000, {}, "PPLA2"));
    b.add(make_place("gn:000002", "Julfa", PlaceKind::village, "IR", 38.96, 45.64, 800));
    auto g = b.build();
    // "the exclave of": a region's cue. Julfa is near the city and so near the region named after
    // it: the pull must not tip the choice the cue makes.
    Found region = find(*g, "Trade crossed the exclave of Nakhchivan near Julfa.", "Nakhchivan");
    CHECK(region.id == "pl:nakhchivan-ar");
    CHECK(region.joint > 0);
    Found city = find(*g, "Trade crossed the city of Nakhchivan near Julfa.", "Nakhchivan");
    CHECK(city.id == "gn:147429");
    CHECK(city.joint == doctest::Approx(region.joint));
}

namespace {

// Places in a square of `near` (latitudes, longitudes), each a puller of one of `names` names,
// and 80 more on the far side of the world; an index of the near ones alone (64 or fewer) and one
// of all of them must count the same pullers near every near place, whatever the cap.
struct Square {
    int count;
    double lat0, lat1, lon0, lon1;
    PlaceKind kind;
    const char* country;
};
void few_count_as_cells(uint64_t seed, Square near, size_t names_count, std::initializer_list<int> caps) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> lat(near.lat0, near.lat1), lon(near.lon0, near.lon1), far_lat(-40, -30),
        far_lon(140, 150);
    GazetteerBuilder b;
    auto named = [](char head, int k) {  // "n7", "N7"
        std::string s(1, head);
        s += std::to_string(k);
        return s;
    };
    for (int k = 0; k < near.count; ++k)
        b.add(make_place(named('n', k), named('N', k), near.kind, near.country, lat(rng), lon(rng)));
    for (int k = 0; k < 80; ++k)
        b.add(make_place(named('f', k), named('F', k), PlaceKind::city, "AU", far_lat(rng), far_lon(rng)));
    auto g = b.build();
    std::vector<KeyEntry> names(names_count + 1);  // told apart by their addresses only; the last asks
    auto puller = [&](PlaceIndex p, size_t name) {
        resolution::JointIndex::Puller u{&names[name], p, 0, 0, 0};
        resolution::unit_vector(g->facts(p).lat, g->facts(p).lon, u.x, u.y, u.z);
        return u;
    };
    std::vector<resolution::JointIndex::Puller> few, many;
    for (PlaceIndex p = 0; p < g->size(); ++p) {
        if (g->id(p)[0] == 'n') few.push_back(puller(p, p % names_count));
        many.push_back(puller(p, p % names_count));
    }
    REQUIRE(few.size() <= 64);
    REQUIRE(many.size() > 64);
    const resolution::JointIndex by_one(*g, few), by_cells(*g, many);
    int pulled = 0;
    for (PlaceIndex p = 0; p < g->size(); ++p) {
        if (g->id(p)[0] != 'n') continue;
        double x, y, z;
        resolution::unit_vector(g->facts(p).lat, g->facts(p).lon, x, y, z);
        for (int cap : caps) {
            const resolution::JointCounts a = by_one.near(&names[names_count], p, x, y, z, cap);
            const resolution::JointCounts c = by_cells.near(&names[names_count], p, x, y, z, cap);
            CHECK(a.within_50km == c.within_50km);
            CHECK(a.within_150km == c.within_150km);
            pulled += a.within_150km;
        }
    }
    CHECK(pulled > 0);
}

}  // namespace

TEST_CASE("joint index: an article's few pullers read one by one count as the cells count them") {
    // 48 places in a 6-degree square (Tennessee and around), each a puller of one of 12 names: the
    // first index reads its pullers one by one, the second (more than 64) by cells; far points
    // count for neither.
    few_count_as_cells(17, {48, 33, 39, -91, -85, PlaceKind::city, "US"}, 12, {1, 2, 3, 12});
}

TEST_CASE("joint index: near a pole, an article's few pullers count as the cells count them") {
    // Within a degree of the pole the few pullers are read by the cells a query reaches, as the
    // many are: 40 places above 87.5 degrees north, each a puller of one of 10 names.
    few_count_as_cells(29, {40, 87.5, 89.95, -180, 180, PlaceKind::village, "GL"}, 10, {1, 2, 10});
}
