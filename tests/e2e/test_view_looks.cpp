// Themes, high-DPI scale and marker clusters, on headless renders of the sample corpus.
#include <doctest/doctest.h>

#include <cmath>

#include "cli/map_png.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/render/map_load.hpp"
#include "placeline/render/theme.hpp"
#include "placeline/sink/canvas.hpp"

using namespace placeline;

namespace {

std::shared_ptr<const render::MapData> data() {
    static auto d = [] {
        Diagnostics diags;
        render::MapSources sources;
        sources.corpus = {SAMPLE_CORPUS};
        return render::load_map_data(sources, diags);
    }();
    return d;
}

struct Shot {
    render::View view;
    render::MapHits hits;
    std::vector<uint8_t> rgba;
    int width = 1200, height = 800;
    const uint8_t* at(double x, double y) const {
        int ix = int(std::lround(x)), iy = int(std::lround(y));
        REQUIRE((ix >= 0 && iy >= 0 && ix < width && iy < height));
        return rgba.data() + (size_t(iy) * width + ix) * 4;
    }
};

geo::XY screen_of(const render::View& view, LonLat ll) {
    std::string error;
    auto proj = geo::Projection::create(data()->projection, error);
    geo::XY xy;
    REQUIRE(proj->forward(ll, xy));
    return view.to_screen(xy);
}

Shot shoot(std::array<double, 4> bbox, const std::string& theme = "light", float scale = 1,
           PlaceIndex selected = no_place, bool bare = false) {
    Shot s;
    cli::MapPngRequest req;
    req.width = s.width, req.height = s.height, req.bbox = bbox, req.selected = selected;
    // Bare: a time window no passage meets, so no place (nor a mentioned country's tint) is drawn.
    if (bare) req.from = req.to = make_day(1800, 1, 1);
    sink::OffscreenCanvas canvas(s.width, s.height, false, scale);
    REQUIRE_MESSAGE(canvas.ok(), canvas.error());
    s.view = cli::request_view(*data(), req);
    render::MapState state = cli::request_state(*data(), req);
    render::Scene scene{data().get(), &state, render::theme_named(theme), scale};
    render::DrawList list;
    render::draw_map(scene, s.view, sink::text_measure(canvas.label_font()), list, &s.hits);
    canvas.draw(list, scene.theme.water);
    s.rgba = canvas.pixels();
    return s;
}

bool near(const uint8_t* p, render::Color c, int tolerance = 12) {
    return std::abs(p[0] - c.r) <= tolerance && std::abs(p[1] - c.g) <= tolerance && std::abs(p[2] - c.b) <= tolerance;
}

PlaceIndex stepanakert() { return data()->atlas->gazetteer().find_id("gn:146970"); }

// How far right of (x, y) the colour `c` goes on.
int run_of(const Shot& s, geo::XY from, render::Color c) {
    int n = 0;
    while (from.x + n + 1 < s.width && near(s.at(from.x + n + 1, from.y), c, 20)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the dark theme draws water, land and markers in its own palette") {
    const std::array<double, 4> caucasus{43, 36, 53, 42};
    // Bare maps: inland Iran is a mentioned country, tinted when its passages are in the window.
    Shot light = shoot(caucasus, "light", 1, no_place, true), dark = shoot(caucasus, "dark", 1, no_place, true);
    geo::XY caspian = screen_of(dark.view, {50.6, 39.6}), iran = screen_of(dark.view, {45.2, 37.2});
    render::Theme d = render::dark_theme();
    CHECK(near(dark.at(caspian.x, caspian.y), d.water, 2));
    CHECK(near(light.at(caspian.x, caspian.y), render::light_theme().water, 2));
    render::Color land = render::themed(d, render::default_layer_style("countries", 0).fill);
    CHECK(near(dark.at(iran.x, iran.y), land, 6));
    // Dark land under dark water's lightness band, light land well above: the palette turned over.
    const uint8_t* l = light.at(iran.x, iran.y);
    const uint8_t* k = dark.at(iran.x, iran.y);
    CHECK(l[0] + l[1] + l[2] > 600);
    CHECK(k[0] + k[1] + k[2] < 250);
}

TEST_CASE("far out the region's places merge into a counted cluster, zooming in dissolves it") {
    Shot far = shoot({20, 25, 70, 55});
    REQUIRE(!far.hits.clusters.empty());
    uint32_t biggest = 0;
    for (const auto& c : far.hits.clusters) biggest = std::max(biggest, c.places);
    CHECK(biggest >= 5);
    // Every cluster's leader is clickable like a marker, and its bounds frame several places.
    for (const auto& c : far.hits.clusters) {
        CHECK(far.hits.at(c.x, c.y) != no_place);
        CHECK(c.bounds.width() + c.bounds.height() > 0);
    }
    Shot close = shoot({46.6, 39.65, 46.95, 39.9});  // Stepanakert and Shusha, 20 km
    uint32_t merged = 0;
    for (const auto& c : close.hits.clusters) merged += c.places;
    CHECK(merged < biggest);
}

TEST_CASE("the selected place is never merged into a cluster: it shows at every zoom") {
    PlaceIndex sel = stepanakert();
    REQUIRE(sel != no_place);
    Shot far = shoot({20, 25, 70, 55}, "light", 1, sel);
    geo::XY s = screen_of(far.view, data()->atlas->gazetteer().place(sel).point);
    // Its disc and ring in the selection colour (a cluster's count may be written across it).
    int blue = 0;
    for (int dy = -20; dy <= 20; ++dy)
        for (int dx = -20; dx <= 20; ++dx) blue += near(far.at(s.x + dx, s.y + dy), render::light_theme().selected);
    CHECK(blue > 150);
    bool listed = false;
    for (const auto& m : far.hits.markers) listed |= m.place == sel;
    CHECK(listed);
}

TEST_CASE("a pixel scale of 2 draws markers twice as large over the same ground") {
    PlaceIndex sel = stepanakert();
    const std::array<double, 4> box{45.5, 39, 47.8, 40.5};
    Shot one = shoot(box, "light", 1, sel), two = shoot(box, "light", 2, sel);
    geo::XY s1 = screen_of(one.view, data()->atlas->gazetteer().place(sel).point);
    geo::XY s2 = screen_of(two.view, data()->atlas->gazetteer().place(sel).point);
    CHECK(std::abs(s1.x - s2.x) < 1);  // same view: the scale changes sizes, not the ground shown
    int r1 = run_of(one, s1, render::light_theme().selected), r2 = run_of(two, s2, render::light_theme().selected);
    REQUIRE(r1 > 3);
    CHECK(r2 >= 2 * r1 - 3);
    CHECK(r2 <= 2 * r1 + 3);
}

TEST_CASE("a pan moves the kept base map and draws the uncovered strips: same pixels as a whole render") {
    const std::array<double, 4> box{43, 37, 50, 42};
    cli::MapPngRequest req;
    req.width = 900, req.height = 600, req.bbox = box;
    render::View view = cli::request_view(*data(), req);
    render::MapState state = cli::request_state(*data(), req);
    render::Scene scene{data().get(), &state, {}};
    auto frame = [&](sink::OffscreenCanvas& canvas, const render::View& v) {
        render::DrawList list;
        render::draw_map(scene, v, sink::text_measure(canvas.label_font()), list);
        canvas.draw(list, scene.theme.water);
        return canvas.pixels();
    };
    sink::OffscreenCanvas kept(900, 600);
    frame(kept, view);
    for (auto [dx, dy] : {std::pair{7, -5}, std::pair{-40, 0}, std::pair{0, 23}}) {
        view.pan_pixels(dx, dy);
        sink::OffscreenCanvas fresh(900, 600);
        std::vector<uint8_t> shifted = frame(kept, view), whole = frame(fresh, view);
        REQUIRE(shifted.size() == whole.size());
        int worst = 0;
        size_t differing = 0;
        for (size_t i = 0; i < whole.size(); ++i) {
            int d = std::abs(int(shifted[i]) - int(whole[i]));
            worst = std::max(worst, d);
            differing += d > 2;
        }
        CAPTURE(dx);
        CAPTURE(dy);
        CHECK(differing < 20);  // rounding at most, nowhere a seam or a missing strip
        CHECK(worst < 40);
    }
}
