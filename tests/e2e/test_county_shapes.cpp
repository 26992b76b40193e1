// US counties drawn as their polygons (a shape source, docs/ARCHITECTURE.md): tests/data/counties
// holds three articles written for this test, each on one county of another state (Laurel County,
// Orleans Parish, Maricopa County), none naming a neighbouring county.
#include <doctest/doctest.h>

#include <filesystem>

#include "area_frame.hpp"
#include "cli/map_png.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/render/map_load.hpp"
#include "placeline/sink/canvas.hpp"
#include "temp_cache.hpp"
#include "skip.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

const std::string counties_corpus = std::string(TEST_DATA) + "/counties";

PlaceIndex drawn_area(const render::MapData& data, std::string_view id) {
    for (const auto& [place, feature] : data.area_of)
        if (data.atlas->gazetteer().id(place) == id) return place;
    return no_place;
}

}  // namespace

TEST_CASE("a mentioned US county is drawn and hit as its polygon, its unmentioned neighbours are not") {
    if (!fs::exists(fs::path(cache_dir()) / "us-counties.gpkg")) {
        test::skip("no us-counties.gpkg in the data cache (scripts/fetch-data.sh makes it)");
        return;
    }
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {counties_corpus};
    auto data = render::load_map_data(sources, diags);
    REQUIRE(data->atlas);
    const PlaceIndex laurel = drawn_area(*data, "usc:21125");
    REQUIRE(laurel != no_place);
    CHECK(drawn_area(*data, "usc:22071") != no_place);  // Orleans Parish
    CHECK(drawn_area(*data, "usc:04013") != no_place);  // Maricopa County
    size_t counties = 0;  // only the mentioned counties' polygons are read
    for (PlaceIndex p : data->area_place) counties += data->atlas->gazetteer().id(p).substr(0, 4) == "usc:";
    CHECK(counties == 3);
    // The place list names a county by its state when another reads alike (list_names).
    CHECK(data->division.count(laurel));
    if (data->division.count(laurel)) CHECK(data->division.at(laurel) == "Kentucky");

    // Laurel County and its neighbours, in eastern Kentucky.
    cli::MapPngRequest req;
    req.width = 900, req.height = 600;
    req.bbox = std::array<double, 4>{-85.2, 36.6, -83.2, 37.7};
    const e2e::AreaFrame f = e2e::draw_area_frame(*data, req);
    const render::Color land = render::default_layer_style("countries", 0).fill;
    size_t inside = 0;
    for (int y = 3; y < req.height - 3; y += 3)
        for (int x = 3; x < req.width - 3; x += 3) {
            if (!f.deep_inside(x, y, laurel) || !f.clear(x, y)) continue;
            const uint8_t* p = f.at(x, y);
            CAPTURE(x);
            CAPTURE(y);
            CHECK(int(p[0]) - int(p[1]) > int(land.r) - int(land.g) + 10);  // redder than plain land
            CHECK(f.hits.at(float(x), float(y)) == laurel);                // hovering or clicking finds it
            ++inside;
        }
    CHECK(inside >= 300);

    for (LonLat ll : {LonLat{-84.60, 37.08} /* Pulaski County */, LonLat{-83.86, 36.88} /* Knox County */,
                      LonLat{-83.72, 37.16} /* Clay County */}) {
        CAPTURE(ll.lon);
        const geo::XY s = f.screen_of(*data, ll);
        CHECK(f.hits.area_at(float(s.x), float(s.y)) == no_place);
        const uint8_t* p = f.at(int(s.x), int(s.y));
        CHECK(int(p[0]) - int(p[1]) <= int(land.r) - int(land.g) + 4);  // plain land
    }
}

TEST_CASE("without the counties file the county corpus still loads and draws, with no county shapes") {
    const fs::path real = cache_dir();
    if (!fs::exists(real / "cities500.txt")) {
        test::skip("no cities500.txt in the data cache (scripts/fetch-data.sh puts it there)");
        return;
    }
    e2e::TempCache cache("no-counties");
    for (const char* f : {"cities500.txt", "world_map.gpkg", "given-names.txt"})
        if (fs::exists(real / f)) fs::create_symlink(real / f, cache.dir / "placeline" / f);
    cache.enter();
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {counties_corpus};
    auto data = render::load_map_data(sources, diags);
    REQUIRE(data->atlas);
    CHECK(!data->places.empty());  // the states and whatever else the articles name, as markers
    for (const auto& [place, feature] : data->area_of)
        CHECK(data->atlas->gazetteer().id(place).substr(0, 4) != "usc:");

    cli::MapPngRequest req;
    req.width = 600, req.height = 400;
    sink::OffscreenCanvas canvas(req.width, req.height);
    REQUIRE(canvas.ok());
    render::View view = cli::request_view(*data, req);
    render::MapState state = cli::request_state(*data, req);
    render::Scene scene{data.get(), &state, {}};
    render::DrawList list;
    render::MapHits hits;
    render::draw_map(scene, view, sink::text_measure(canvas.label_font()), list, &hits);
    CHECK(!hits.markers.empty());  // the places as markers
}
