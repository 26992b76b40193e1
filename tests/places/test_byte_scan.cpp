// The passes that search the whole text for a byte (byte_scan.hpp): a long document is read in
// ranges on both cores, and what lies across a range's edge is found as in one read.
#include <doctest/doctest.h>

#include <string>

#include "places/byte_scan.hpp"
#include "places/gazetteer_fixture.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/resolution.hpp"

using namespace placeline;
using test::make_place;

TEST_CASE("each byte: every place of the byte in the range, in order") {
    const std::string text = "a,b,,c,";
    std::vector<size_t> at;
    resolution::each_byte(text, 0, text.size(), ',', [&](size_t i) { at.push_back(i); });
    CHECK(at == std::vector<size_t>{1, 3, 4, 6});
    at.clear();
    resolution::each_byte(text, 2, 5, ',', [&](size_t i) { at.push_back(i); });
    CHECK(at == std::vector<size_t>{3, 4});
    at.clear();
    resolution::each_byte(text, 4, 100, ',', [&](size_t i) { at.push_back(i); });
    CHECK(at == std::vector<size_t>{4, 6});
    at.clear();
    resolution::each_byte(std::string_view(), 0, 10, ',', [&](size_t i) { at.push_back(i); });
    CHECK(at.empty());
}

TEST_CASE("postal abbreviations and listed counties across the edge of a long document's ranges") {
    GazetteerBuilder b;
    b.add(make_place("ne1:usa:georgia", "Georgia", PlaceKind::admin1, "US", 32.7, -83.4));
    b.add(make_place("usc:31087", "Hitchcock County", PlaceKind::admin2, "US", 40.18, -101.04));
    b.add(make_place("usc:31085", "Hayes County", PlaceKind::admin2, "US", 40.52, -101.06));
    auto g = b.build();
    const std::string tail = ", Ga., and Hitchcock and Hayes counties.";
    // The comma, the abbreviation and the plural each in turn just before, at and after the edge.
    for (size_t back = 0; back < tail.size() + 2; ++back) {
        CAPTURE(back);
        std::string text(resolution::scan_range_bytes - back, 'x');
        text += tail;
        text += std::string(resolution::scan_range_bytes, 'y');
        const size_t comma = text.find(',');
        const std::vector<NameMatch> none;
        const std::vector<NameMatch> postal = resolution::with_postal_abbreviations(*g, text, none);
        REQUIRE(postal.size() == 1);
        CHECK(postal[0].span.start == comma + 2);
        CHECK(postal[0].span.end == comma + 5);
        const std::vector<NameMatch> listed = resolution::with_listed_counties(*g, text, none);
        REQUIRE(listed.size() == 2);
        CHECK(listed[0].span.start == text.find("Hitchcock"));
        CHECK(listed[1].span.start == text.find("Hayes"));
    }
}
