// End to end: the sample corpus through the whole flow to pixels, drawn headless through the
// same scene and sinks as the window.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "cli/map_png.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/render/map_load.hpp"
#include "placeline/sink/canvas.hpp"

using namespace placeline;

namespace {

struct Rendered {
    std::shared_ptr<const render::MapData> data;
    render::View view;
    std::vector<uint8_t> rgba;
    int width = 1200, height = 800;

    const uint8_t* at(double x, double y) const {
        int ix = int(std::lround(x)), iy = int(std::lround(y));
        REQUIRE(ix >= 0);
        REQUIRE(iy >= 0);
        REQUIRE(ix < width);
        REQUIRE(iy < height);
        return rgba.data() + (size_t(iy) * width + ix) * 4;
    }
    geo::XY screen_of(LonLat ll) const {
        std::string error;
        auto proj = geo::Projection::create(data->projection, error);
        geo::XY xy;
        REQUIRE(proj->forward(ll, xy));
        return view.to_screen(xy);
    }
};

std::shared_ptr<const render::MapData> sample_data() {
    static auto data = [] {
        Diagnostics diags;
        render::MapSources sources;
        sources.corpus = {SAMPLE_CORPUS};
        return render::load_map_data(sources, diags);
    }();
    return data;
}

Rendered render_sample(const cli::MapPngRequest& req) {
    Rendered r;
    r.data = sample_data();
    r.width = req.width, r.height = req.height;
    sink::OffscreenCanvas canvas(req.width, req.height);
    REQUIRE_MESSAGE(canvas.ok(), canvas.error());
    r.view = cli::request_view(*r.data, req);
    render::MapState state = cli::request_state(*r.data, req);
    render::Scene scene{r.data.get(), &state, {}};
    render::DrawList list;
    render::draw_map(scene, r.view, sink::text_measure(canvas.label_font()), list);
    canvas.draw(list, scene.theme.water);
    r.rgba = canvas.pixels();
    return r;
}

bool near(const uint8_t* p, render::Color c, int tolerance = 12) {
    return std::abs(p[0] - c.r) <= tolerance && std::abs(p[1] - c.g) <= tolerance && std::abs(p[2] - c.b) <= tolerance;
}

std::string e2e_temp(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("placeline-render-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return (dir / name).string();
}

PlaceIndex place_id(const std::string& id) { return sample_data()->atlas->gazetteer().find_id(id); }

}  // namespace

TEST_CASE("the Stepanakert marker is drawn where PROJ projects Stepanakert") {
    cli::MapPngRequest req;
    req.width = 1200, req.height = 800;
    req.selected = place_id("gn:146970");
    REQUIRE(req.selected != no_place);
    Rendered r = render_sample(req);
    const Place& p = r.data->atlas->gazetteer().place(req.selected);
    geo::XY s = r.screen_of(p.point);
    REQUIRE(s.x > 0);
    REQUIRE(s.x < r.width);
    REQUIRE(s.y > 0);
    REQUIRE(s.y < r.height);
    // The selected marker is filled with the selection colour at the projected point...
    CHECK(near(r.at(s.x, s.y), render::Theme{}.selected));
    // ...and 40 pixels away there is no selection colour (it is that marker, not a big blob).
    CHECK_FALSE(near(r.at(s.x + 40, s.y + 40), render::Theme{}.selected));
}

TEST_CASE("land and water differ") {
    cli::MapPngRequest req;
    req.width = 1200, req.height = 800;
    req.bbox = std::array<double, 4>{43, 36, 53, 42};
    // No passage in the window: inland Iran is a mentioned country, tinted while it has passages.
    req.from = req.to = make_day(1800, 1, 1);
    Rendered r = render_sample(req);
    render::Theme theme;
    geo::XY caspian = r.screen_of({50.6, 39.6});   // open Caspian Sea
    geo::XY iran = r.screen_of({45.2, 37.2});      // inland Iran, between provinces' borders
    CHECK(near(r.at(caspian.x, caspian.y), theme.water, 2));
    const uint8_t* land = r.at(iran.x, iran.y);
    CHECK_FALSE(near(land, theme.water, 20));
    CHECK(near(land, render::default_layer_style("countries", 0).fill, 6));
}

TEST_CASE("a time window before 2020 hides the places only later passages mention") {
    auto data = sample_data();
    const Atlas& atlas = *data->atlas;
    TimeSpan before{make_day(1900, 1, 1), make_day(2019, 12, 31)};
    std::vector<PlaceIndex> only_late, early;
    for (const PlaceCount& pc : atlas.places()) {
        bool any_early = false;
        for (uint32_t p : atlas.passages_of(pc.place)) any_early |= atlas.passage_in(p, before, TimeAxis::event);
        const Place& pl = atlas.gazetteer().place(pc.place);
        if (pl.kind == PlaceKind::country) continue;  // big markers may cover others
        (any_early ? early : only_late).push_back(pc.place);
    }
    REQUIRE(!only_late.empty());
    REQUIRE(!early.empty());

    cli::MapPngRequest req;
    req.width = 1200, req.height = 800;
    req.to = make_day(2019, 12, 31);
    Rendered r = render_sample(req);
    render::Theme theme;
    size_t hidden = 0;
    for (PlaceIndex p : only_late) {
        geo::XY s = r.screen_of(atlas.gazetteer().place(p).point);
        if (s.x < 0 || s.y < 0 || s.x >= r.width || s.y >= r.height) continue;
        bool drawn = near(r.at(s.x, s.y), theme.place_marker);
        // A late place may sit under an early place's marker: only count clear cases.
        bool covered = false;
        for (PlaceIndex e : early) {
            geo::XY es = r.screen_of(atlas.gazetteer().place(e).point);
            covered |= std::hypot(es.x - s.x, es.y - s.y) < 30;
        }
        if (!covered) {
            CHECK_MESSAGE(!drawn, atlas.gazetteer().place(p).name);
            ++hidden;
        }
    }
    CHECK(hidden > 0);
    // The same places are drawn when the window is open.
    req.to.reset();
    Rendered all = render_sample(req);
    size_t drawn = 0;
    for (PlaceIndex p : only_late) {
        geo::XY s = all.screen_of(atlas.gazetteer().place(p).point);
        if (s.x < 0 || s.y < 0 || s.x >= all.width || s.y >= all.height) continue;
        drawn += near(all.at(s.x, s.y), theme.place_marker) || near(all.at(s.x, s.y), render::Color{255, 255, 255});
    }
    CHECK(drawn > 0);
}

TEST_CASE("a concave polygon with a hole fills exactly its area on the CPU path") {
    // A "C" shape (concave) with a square hole in its thick left bar, over the open Caspian Sea.
    std::string file = e2e_temp("concave.geojson");
    std::ofstream(file) << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
"geometry":{"type":"Polygon","coordinates":[
 [[50.0,39.0],[51.0,39.0],[51.0,39.2],[50.4,39.2],[50.4,39.8],[51.0,39.8],[51.0,40.0],[50.0,40.0],[50.0,39.0]],
 [[50.1,39.4],[50.3,39.4],[50.3,39.6],[50.1,39.6],[50.1,39.4]]]}}]})";
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {};
    sources.layers = {file};
    auto data = render::load_map_data(sources, diags);
    sink::OffscreenCanvas canvas(600, 600);
    cli::MapPngRequest req;
    req.width = req.height = 600;
    req.bbox = std::array<double, 4>{49.8, 38.8, 51.2, 40.2};
    render::View view = cli::request_view(*data, req);
    render::MapState state;
    render::Scene scene{data.get(), &state, {}};
    render::DrawList list;
    render::draw_map(scene, view, sink::text_measure(canvas.label_font()), list);
    canvas.draw(list, scene.theme.water);
    auto rgba = canvas.pixels();
    std::string error;
    auto proj = geo::Projection::create(data->projection, error);
    auto pixel = [&](double lon, double lat) {
        geo::XY xy;
        REQUIRE(proj->forward({lon, lat}, xy));
        geo::XY s = view.to_screen(xy);
        return rgba.data() + (size_t(std::lround(s.y)) * 600 + size_t(std::lround(s.x))) * 4;
    };
    render::Theme theme;
    CHECK(near(pixel(50.2, 39.5), theme.water, 1));        // the hole
    CHECK(near(pixel(50.7, 39.5), theme.water, 1));        // the mouth of the C (concave part)
    CHECK_FALSE(near(pixel(50.05, 39.5), theme.water, 4)); // the bar beside the hole
    CHECK_FALSE(near(pixel(50.7, 39.1), theme.water, 4));  // the lower arm
    CHECK_FALSE(near(pixel(50.7, 39.9), theme.water, 4));  // the upper arm
}
