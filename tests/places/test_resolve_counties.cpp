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

namespace {

// Bare county names are towns' in the gazetteer; the counties carry their type word.
std::shared_ptr<const Gazetteer> nebraska() {
    GazetteerBuilder b;
    b.add(make_place("gn:5067029", "Hitchcock", PlaceKind::village, "US", 44.63, -98.41, 90));
    b.add(make_place("usc:31087", "Hitchcock County", PlaceKind::admin2, "US", 40.18, -101.04));
    b.add(make_place("usc:31085", "Hayes County", PlaceKind::admin2, "US", 40.52, -101.06));
    b.add(make_place("usc:48407", "San Jacinto County", PlaceKind::admin2, "US", 30.58, -95.17));
    b.add(make_place("ne1:usa:texas", "Texas", PlaceKind::admin1, "US", 31.5, -99.36));
    b.add(make_place("usc:48049", "Brown County", PlaceKind::admin2, "US", 31.77, -98.99));
    return b.build();
}

std::vector<std::pair<std::string, std::string>> mentions_of(const Gazetteer& g, const std::string& text) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Mention& m : resolve(g, text, match_names(g, text)))
        out.push_back({text.substr(m.span.start, m.span.end - m.span.start), std::string(g.id(m.place))});
    return out;
}

}  // namespace

TEST_CASE("counties listed before the plural type word are counties: Hitchcock and Hayes counties") {
    auto g = nebraska();
    using P = std::pair<std::string, std::string>;
    CHECK(mentions_of(*g, "Small Hitchcock and Hayes counties lost people.") ==
          std::vector<P>{{"Hitchcock", "usc:31087"}, {"Hayes", "usc:31085"}});
    // Names of several words, and a comma list with its one "and".
    CHECK(mentions_of(*g, "Rain fell on Brown, San Jacinto and Hayes Counties.") ==
          std::vector<P>{{"Brown", "usc:48049"}, {"San Jacinto", "usc:48407"}, {"Hayes", "usc:31085"}});
    // One name alone before the plural is no list: no county of the name.
    for (const auto& [text, id] : mentions_of(*g, "Hitchcock counties its votes.")) CHECK(id != "usc:31087");
    // A list has one "and", before its last item: Texas before ", and" is the state.
    CHECK(mentions_of(*g, "In Texas, and Brown and Hayes counties, rain fell.") ==
          std::vector<P>{{"Texas", "ne1:usa:texas"}, {"Brown", "usc:48049"}, {"Hayes", "usc:31085"}});
}

TEST_CASE("a county goes to the state the article names: Washington County in an article on Ohio") {
    auto g = counties();
    float named = 0;
    std::string text = "Ohio lawmakers met on Monday. Deputies in Washington County found the car.";
    size_t at = text.find("Washington County");
    std::string id = "none";
    for (const Mention& m : resolve(*g, text, match_names(*g, text)))
        if (m.span.start == at) id = std::string(g->id(m.place)), named = m.why.weight_of(Signal::named_area);
    CHECK(id == "usc:39167");
    CHECK(named > 0);
}

TEST_CASE("parishes listed before the plural are parishes, in either case, and a list may open the text") {
    GazetteerBuilder b;
    b.add(make_place("usc:22071", "Orleans Parish", PlaceKind::admin2, "US", 30.07, -89.93));
    b.add(make_place("usc:22051", "Jefferson Parish", PlaceKind::admin2, "US", 29.73, -90.10));
    b.add(make_place("usc:31087", "Hitchcock County", PlaceKind::admin2, "US", 40.18, -101.04));
    b.add(make_place("usc:31085", "Hayes County", PlaceKind::admin2, "US", 40.52, -101.06));
    auto g = b.build();
    using P = std::pair<std::string, std::string>;
    const std::vector<P> parishes{{"Orleans", "usc:22071"}, {"Jefferson", "usc:22051"}};
    CHECK(mentions_of(*g, "Water rose in Orleans and Jefferson parishes overnight.") == parishes);
    CHECK(mentions_of(*g, "Water rose in Orleans and Jefferson Parishes.") == parishes);
    CHECK(mentions_of(*g, "Orleans and Jefferson parishes") == parishes);
    CHECK(mentions_of(*g, "Hitchcock and Hayes counties voted.") ==
          std::vector<P>{{"Hitchcock", "usc:31087"}, {"Hayes", "usc:31085"}});
    // The plural must end its word: "parishioners" lists nothing.
    CHECK(mentions_of(*g, "Orleans and Jefferson parishioners prayed.").empty());
}

TEST_CASE("a listed plural is found wherever it falls: in the text's sixteen-byte blocks or after them") {
    // The plural is found by a sieve over sixteen bytes at a time and by a plain test in the last
    // bytes (byte_scan.hpp): spaces before the list move it through every place of a block.
    auto g = nebraska();
    using P = std::pair<std::string, std::string>;
    const std::vector<P> want{{"Hitchcock", "usc:31087"}, {"Hayes", "usc:31085"}};
    for (size_t pad = 0; pad < 40; ++pad) {
        const std::string spaces(pad, ' ');
        CHECK_MESSAGE(mentions_of(*g, spaces + "Hitchcock and Hayes counties") == want, "pad " << pad);
        CHECK_MESSAGE(mentions_of(*g, spaces + "In Hitchcock and Hayes Counties, rain fell on the fields all day.") == want,
                      "pad " << pad);
    }
}

TEST_CASE("a listed plural in a long document is found in whichever range of the text it falls") {
    // A long document's text is searched in ranges of 256 KiB on every core (byte_scan.hpp):
    // spaces before the list put its plural before, across and after the first range's end.
    auto g = nebraska();
    using P = std::pair<std::string, std::string>;
    const std::vector<P> want{{"Hitchcock", "usc:31087"}, {"Hayes", "usc:31085"}};
    const std::string list = "Hitchcock and Hayes counties voted.";
    const size_t range = 256 * 1024, plural = list.find(" counties");
    for (size_t shift : {size_t(0), size_t(4), size_t(9), size_t(12), size_t(40)}) {
        const size_t pad = range + shift - plural - 9;  // the plural ends `shift` bytes past the range
        CHECK_MESSAGE(mentions_of(*g, std::string(pad, ' ') + list) == want, "shift " << shift);
    }
}
