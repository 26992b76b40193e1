// The atlas seen through a time window (what the map shows while scrubbing) and as the flat
// rows every export writes.
#include <doctest/doctest.h>

#include <algorithm>

#include "places/gazetteer_fixture.hpp"
#include "placeline/atlas/atlas.hpp"
#include "placeline/atlas/export_rows.hpp"

using namespace placeline;

namespace {

Day day(const char* iso) { return *parse_iso_date(iso); }

// One article, three passages: one about the 1990s, one about a day, one about a month; each
// names one place (the third twice, in two spellings). The text starts with a non-ASCII word so
// that bytes and code points differ.
std::shared_ptr<const Atlas> small_atlas() {
    GazetteerBuilder b;
    PlaceIndex shusha = b.add(test::make_place("t:shusha", "Shusha", PlaceKind::city, "AZ", 39.76, 46.75, 0, {"Shushi"}));
    PlaceIndex baku = b.add(test::make_place("t:baku", "Baku", PlaceKind::capital, "AZ", 40.4, 49.9));
    PlaceIndex yerevan = b.add(test::make_place("t:yerevan", "Yerevan", PlaceKind::capital, "AM", 40.18, 44.51));
    auto g = b.build();

    Article a;
    a.path = "a.txt";
    a.title = "A title";
    a.published = day("2023-10-02");
    //        0         1         2         3
    a.text = "Ça: Shusha in the 1990s.\nBaku on 19 September 2023.\nYerevan, or Yerevan, in September 2023.";
    auto find = [&](const char* s, size_t from = 0) { return uint32_t(a.text.find(s, from)); };
    Corpus c;
    auto passage = [&](uint32_t start, uint32_t end, TimeSpan t) {
        Passage p;
        p.span = {start, end};
        p.time = t;
        p.basis = TimeBasis::explicit_date;
        p.published = span_of_day(a.published);
        c.passages.push_back(p);
    };
    passage(0, find("\n"), {day("1990-01-01"), day("1999-12-31"), Granularity::decade});
    passage(find("Baku"), find("\n", find("Baku")), span_of_day(day("2023-09-19")));
    passage(find("Yerevan"), uint32_t(a.text.size()), span_of_month(2023, 9));
    c.articles.push_back(a);

    std::vector<Mention> m(4);
    auto mention = [&](Mention& x, uint32_t passage, uint32_t start, uint32_t len, PlaceIndex place) {
        x.passage = passage;
        x.span = {start, start + len};
        x.place = place;
        x.score = 0.9f;
    };
    mention(m[0], 0, find("Shusha"), 6, shusha);
    mention(m[1], 1, find("Baku"), 4, baku);
    mention(m[2], 2, find("Yerevan"), 7, yerevan);
    mention(m[3], 2, find("Yerevan", find("Yerevan") + 1), 7, yerevan);
    return std::make_shared<const Atlas>(std::move(c), g, std::move(m));
}

std::vector<std::string> visible(const Atlas& atlas, const char* from, const char* to, TimeAxis axis = TimeAxis::event) {
    std::vector<PlaceCount> out;
    atlas.places_in({day(from), day(to), Granularity::day}, axis, out);
    std::vector<std::string> ids;
    for (const PlaceCount& pc : out) ids.push_back(std::string(atlas.gazetteer().id(pc.place)));
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace

TEST_CASE("a passage with a start and an end stays visible while its interval meets the window") {
    auto atlas = small_atlas();
    // Any window inside the decade shows the passage about the 1990s.
    CHECK(visible(*atlas, "1995-06-01", "1995-06-01") == std::vector<std::string>{"t:shusha"});
    CHECK(visible(*atlas, "1980-01-01", "1990-01-01") == std::vector<std::string>{"t:shusha"});
    CHECK(visible(*atlas, "2000-01-01", "2023-08-31").empty());
    // A window late in September meets the month, not the 19th.
    CHECK(visible(*atlas, "2023-09-25", "2023-10-10") == std::vector<std::string>{"t:yerevan"});
    CHECK(visible(*atlas, "2023-09-19", "2023-09-19") == std::vector<std::string>{"t:baku", "t:yerevan"});
    // By publication time everything happened on 2 October 2023.
    CHECK(visible(*atlas, "1995-06-01", "1995-06-01", TimeAxis::publication).empty());
    CHECK(visible(*atlas, "2023-10-02", "2023-10-02", TimeAxis::publication).size() == 3);
}

TEST_CASE("the visible set counts passages, not mentions") {
    auto atlas = small_atlas();
    std::vector<PlaceCount> out;
    atlas->places_in({day("2023-09-01"), day("2023-09-30"), Granularity::day}, TimeAxis::event, out);
    REQUIRE(out.size() == 2);
    for (const PlaceCount& pc : out) CHECK(pc.passages == 1);
}

TEST_CASE("export rows: places with mention and passage counts, forms and the span of their times") {
    auto atlas = small_atlas();
    auto rows = place_rows(*atlas);
    REQUIRE(rows.size() == 3);
    auto yerevan = std::find_if(rows.begin(), rows.end(), [](const PlaceRow& r) { return r.id == "t:yerevan"; });
    REQUIRE(yerevan != rows.end());
    CHECK(yerevan->mentions == 2);
    CHECK(yerevan->passages == 1);
    CHECK(yerevan->variants == "Yerevan");
    CHECK(yerevan->country == "AM");
    CHECK(yerevan->seen == TimeSpan{day("2023-09-01"), day("2023-09-30"), Granularity::day});
    auto shusha = std::find_if(rows.begin(), rows.end(), [](const PlaceRow& r) { return r.id == "t:shusha"; });
    REQUIRE(shusha != rows.end());
    CHECK(format_iso(shusha->seen.first) == "1990-01-01");
    CHECK(format_iso(shusha->seen.last) == "1999-12-31");
}

TEST_CASE("export rows: one per mention, offsets in code points, the passage's text and times") {
    auto atlas = small_atlas();
    auto rows = mention_rows(*atlas);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].place_id == "t:shusha");
    CHECK(rows[0].form == "Shusha");
    CHECK(rows[0].start == 4);  // "Ça: " is 4 code points, 5 bytes
    CHECK(rows[0].end == 10);
    CHECK(rows[0].passage_text == "Ça: Shusha in the 1990s.");
    CHECK(rows[0].title == "A title");
    CHECK(rows[0].file == "a.txt");
    CHECK(rows[0].time.granularity == Granularity::decade);
    CHECK(format_iso(rows[0].published.first) == "2023-10-02");
    CHECK(rows[3].form == "Yerevan");
    CHECK(rows[3].start > rows[2].start);
    CHECK(rows[3].passage == rows[2].passage);
    CHECK(rows[1].point.lon == doctest::Approx(49.9));
}
