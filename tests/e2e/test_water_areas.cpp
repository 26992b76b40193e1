// Seas and lakes drawn as areas (geo/water_shapes.hpp). tests/data/water: two articles written for
// this test that name the Caspian Sea, the Black Sea and a town (Batumi), and no other water.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

#include <unistd.h>

#include "../skip.hpp"
#include "cli/map_png.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/geo/water_shapes.hpp"
#include "placeline/render/map_load.hpp"
#include "placeline/sink/canvas.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

PlaceIndex named(const render::MapData& data, const char* name) {
    const Gazetteer& g = data.atlas->gazetteer();
    for (const auto& [place, geom] : data.places)
        if (g.place(place).name == name) return place;
    return no_place;
}

}  // namespace

TEST_CASE("a mentioned sea is drawn and hit as its water polygon, other water and the world ocean are not") {
    if (!fs::exists(cache_dir() + "/" + geo::water_file_name)) {
        test::skip("water.gpkg is not in the data cache (scripts/fetch-data.sh)");
        return;
    }
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {std::string(TEST_DATA) + "/water"};
    auto data = render::load_map_data(sources, diags);
    REQUIRE(data->atlas);
    const PlaceIndex caspian = named(*data, "Caspian Sea");
    const PlaceIndex black_sea = named(*data, "Black Sea");
    REQUIRE(caspian != no_place);
    REQUIRE(black_sea != no_place);
    CHECK(data->is_drawn_area(caspian));
    // The Black Sea is part of the one world-ocean polygon: it keeps its marker.
    CHECK_FALSE(data->is_drawn_area(black_sea));

    cli::MapPngRequest req;
    req.width = 900, req.height = 500;
    req.bbox = std::array<double, 4>{25, 34, 65, 50};
    sink::OffscreenCanvas canvas(req.width, req.height);
    REQUIRE(canvas.ok());
    render::View view = cli::request_view(*data, req);
    render::MapState state = cli::request_state(*data, req);
    render::Scene scene{data.get(), &state, {}};
    auto measure = sink::text_measure(canvas.label_font());
    render::DrawList list;
    render::MapHits hits;
    render::draw_map(scene, view, measure, list, &hits);
    canvas.draw(list, scene.theme.water);
    const std::vector<uint8_t> rgba = canvas.pixels();
    auto at = [&](int x, int y) { return rgba.data() + (size_t(y) * size_t(req.width) + size_t(x)) * 4; };
    // Pixels clear of every marker and label: there only the base map and the areas' tint show.
    auto clear = [&](int x, int y) {
        for (const auto& m : hits.markers)
            if (std::hypot(x - m.x, y - m.y) < m.radius + 4) return false;
        for (const render::TextItem& t : list.texts)
            if (x > t.x - 6 && x < t.x + measure(t.text, t.size) + 6 && y > t.y - 6 && y < t.y + t.size * 1.4f + 6) return false;
        return true;
    };
    const render::Color land = render::default_layer_style("countries", 0).fill;
    const render::Color water = scene.theme.water;
    // The tint is the marker colour blended in: redder than the land, and not the water's blue.
    auto tinted = [&](const uint8_t* p) {
        return int(p[0]) - int(p[1]) > int(land.r) - int(land.g) + 10 && int(p[0]) > int(p[2]);
    };
    size_t inside = 0;
    for (int y = 2; y < req.height - 2; y += 3)
        for (int x = 2; x < req.width - 2; x += 3) {
            if (hits.area_at(float(x), float(y), 0) != caspian || !clear(x, y)) continue;
            if (hits.area_at(float(x + 3), float(y), 0) != caspian || hits.area_at(float(x - 3), float(y), 0) != caspian ||
                hits.area_at(float(x), float(y + 3), 0) != caspian || hits.area_at(float(x), float(y - 3), 0) != caspian)
                continue;
            CAPTURE(x);
            CAPTURE(y);
            CHECK(tinted(at(x, y)));
            CHECK(hits.at(float(x), float(y)) == caspian);  // hovering or clicking there finds it
            ++inside;
        }
    CHECK(inside >= 200);

    // Water nobody names, and the Black Sea away from its marker: untinted, nothing to hover.
    std::string error;
    auto proj = geo::Projection::create(data->projection, error);
    REQUIRE(proj);
    for (LonLat ll : {LonLat{60.0, 45.3} /* the Aral Sea */, LonLat{31.5, 43.6} /* the Black Sea's west */,
                      LonLat{28.0, 35.0} /* the Mediterranean */}) {
        CAPTURE(ll.lon);
        geo::XY xy;
        REQUIRE(proj->forward(ll, xy));
        const geo::XY s = view.to_screen(xy);
        REQUIRE(s.x >= 0);
        REQUIRE(s.y >= 0);
        REQUIRE(s.x < req.width);
        REQUIRE(s.y < req.height);
        CHECK(hits.area_at(float(s.x), float(s.y)) == no_place);
        const uint8_t* p = at(int(s.x), int(s.y));
        CHECK_FALSE(tinted(p));
        CHECK(std::abs(int(p[2]) - int(water.b)) <= 8);  // the base map's water, as before
    }
}

TEST_CASE("without the water file a mentioned sea stays a marker") {
    // XDG_CACHE_HOME on an empty folder for the case's length: no water.gpkg (nor anything else).
    const fs::path dir = fs::temp_directory_path() / ("placeline-water-" + std::to_string(::getpid()));
    fs::create_directories(dir / "placeline");
    const char* old = std::getenv("XDG_CACHE_HOME");
    const std::string saved = old ? old : "";
    ::setenv("XDG_CACHE_HOME", dir.c_str(), 1);
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {std::string(TEST_DATA) + "/water"};
    auto data = render::load_map_data(sources, diags);
    if (old) ::setenv("XDG_CACHE_HOME", saved.c_str(), 1);
    else ::unsetenv("XDG_CACHE_HOME");
    std::error_code ec;
    fs::remove_all(dir, ec);
    REQUIRE(data->atlas);
    const PlaceIndex caspian = named(*data, "Caspian Sea");
    REQUIRE(caspian != no_place);
    CHECK(data->places.count(caspian) == 1);
    CHECK_FALSE(data->is_drawn_area(caspian));
}
