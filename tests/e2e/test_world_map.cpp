// A corpus about the whole world (tests/data/world-map: short articles written for this test,
// on every continent): the world base under it whatever the data cache holds, no regional
// legend, every place in the default frame.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "area_frame.hpp"
#include "cli/map_png.hpp"
#include "temp_cache.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/geo/meridian_cut.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/render/legend.hpp"
#include "placeline/render/map_load.hpp"
#include "placeline/render/project_file.hpp"
#include "placeline/sink/canvas.hpp"
#include "placeline/time/date.hpp"
#include "placeline/variants/list_names.hpp"

using namespace placeline;
using e2e::TempCache;
namespace fs = std::filesystem;

namespace {

bool near(const uint8_t* p, render::Color c, int tolerance) {
    return std::abs(p[0] - c.r) <= tolerance && std::abs(p[1] - c.g) <= tolerance && std::abs(p[2] - c.b) <= tolerance;
}

struct Drawn {
    render::View view;
    std::vector<uint8_t> rgba;
    size_t legend_entries = 0;
};

Drawn draw(const render::MapData& data, const cli::MapPngRequest& req) {
    Drawn d;
    sink::OffscreenCanvas canvas(req.width, req.height);
    REQUIRE_MESSAGE(canvas.ok(), canvas.error());
    d.view = cli::request_view(data, req);
    render::MapState state = cli::request_state(data, req);
    render::Scene scene{&data, &state, {}};
    scene.view = &d.view;
    auto measure = sink::text_measure(canvas.label_font());
    d.legend_entries = render::layout_legend(scene, d.view, measure).entries.size();
    render::DrawList list;
    render::draw_map(scene, d.view, measure, list);
    canvas.draw(list, scene.theme.water);
    d.rgba = canvas.pixels();
    return d;
}

// Inland points, away from the corpus's places: one per continent.
const LonLat inland[] = {
    {-100, 56},   // North America: Manitoba
    {-52, -10},   // South America: Mato Grosso
    {4, 46},      // Europe: Burgundy
    {17, -12},    // Africa: the Angolan plateau
    {95, 60},     // Asia: central Siberia
    {134, -24},   // Oceania: central Australia
    {40, -80},    // Antarctica
};

void check_land_everywhere(const render::MapData& data, const Drawn& d, int width, int height) {
    std::string error;
    auto proj = geo::Projection::create(data.projection, error);
    REQUIRE(proj);
    const render::Color land = render::default_layer_style("world_countries", 0).fill;
    const render::Color water = render::Theme{}.water;
    for (const LonLat& ll : inland) {
        CAPTURE(ll.lon);
        CAPTURE(ll.lat);
        geo::XY xy;
        REQUIRE(proj->forward(ll, xy));
        geo::XY s = d.view.to_screen(xy);
        REQUIRE(s.x >= 0);
        REQUIRE(s.y >= 0);
        REQUIRE(s.x < width);
        REQUIRE(s.y < height);
        const uint8_t* p = d.rgba.data() + (size_t(s.y) * size_t(width) + size_t(s.x)) * 4;
        // Land: its own colour, or tinted where the country is mentioned (an area drawn as an area).
        CHECK((near(p, land, 8) || !near(p, water, 40)));
        CHECK(int(p[0]) > int(p[2]));  // warm, never the water's blue
    }
}

// Checks that every mentioned place is on screen; returns how many places there are.
size_t check_every_place_framed(const render::MapData& data, const Drawn& d, int width, int height) {
    for (const auto& [place, geom] : data.places) {
        CAPTURE(data.atlas->gazetteer().place(place).name);
        geo::XY s = d.view.to_screen(geom.point);
        CHECK(s.x >= 0);
        CHECK(s.y >= 0);
        CHECK(s.x <= width);
        CHECK(s.y <= height);
    }
    return data.places.size();
}

}  // namespace

TEST_CASE("a world corpus with only the gazetteer in the cache: land on every continent, no Caucasus legend, every place framed") {
    const fs::path cities = fs::path(cache_dir()) / "cities500.txt";
    REQUIRE_MESSAGE(fs::exists(cities), "scripts/fetch-data.sh puts the GeoNames gazetteer there");
    TempCache cache("gazetteer-only");
    fs::create_symlink(cities, cache.dir / "placeline" / "cities500.txt");
    cache.enter();
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {std::string(TEST_DATA) + "/world-map"};
    auto data = render::load_map_data(sources, diags);
    REQUIRE(data->atlas);
    REQUIRE(data->atlas->corpus().articles.size() >= 25);
    CHECK(data->projection != geo::regional_projection);  // "auto": a world corpus gets Equal Earth

    cli::MapPngRequest req;
    req.width = 1200, req.height = 750;
    Drawn d = draw(*data, req);
    check_land_everywhere(*data, d, req.width, req.height);
    CHECK(d.legend_entries == 0);
    // Every mentioned place is in the default frame, Apia and Suva across the Pacific included.
    CHECK(check_every_place_framed(*data, d, req.width, req.height) >= 60);
}

TEST_CASE("with an empty data cache the world's land still shows") {
    TempCache cache("empty");
    cache.enter();
    Diagnostics diags;
    render::MapSources sources;
    sources.projection = "EPSG:8857";
    auto data = render::load_map_data(sources, diags);
    cli::MapPngRequest req;
    req.width = 1000, req.height = 560;
    req.bbox = std::array<double, 4>{-179, -85, 179, 85};
    Drawn d = draw(*data, req);
    check_land_everywhere(*data, d, req.width, req.height);
}

TEST_CASE("the regional layers are listed only while their region is in view") {
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {SAMPLE_CORPUS};
    auto data = render::load_map_data(sources, diags);
    cli::MapPngRequest req;
    req.width = 1200, req.height = 750;
    req.bbox = std::array<double, 4>{44, 38, 48, 41};  // Karabakh and its neighbours
    CHECK(draw(*data, req).legend_entries > 0);
    req.bbox = std::array<double, 4>{-10, 15, 100, 70};  // Europe and Asia
    CHECK(draw(*data, req).legend_entries == 0);
}

TEST_CASE("a project file names the corpus's layers and styles and can leave the regional pack out") {
    fs::path dir = fs::temp_directory_path() / ("placeline-project-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "a.txt") << "Rains in Lima\n\nMay 3, 2023\n\nHeavy rain fell on Lima.\n";
    std::ofstream(dir / "route.csv") << "name,WKT\nroute,\"LINESTRING (-77 -12, -76 -11)\"\n";
    std::ofstream(dir / "look.style.toml") << "[layer.route]\ntitle = \"The route\"\nstroke = \"#ff0000\"\n";
    std::ofstream(dir / "placeline.toml") << "layers = [\"route.csv\"]\nstyles = [\"look.style.toml\"]\n"
                                             "deck = \"story.toml\"\nregional_layers = false\ncolour = 1\n";
    Diagnostics diags;
    render::ProjectFile p = render::read_project_file(dir.string(), diags);
    CHECK(p.layers == std::vector<std::string>{(dir / "route.csv").string()});
    CHECK(p.deck == (dir / "story.toml").string());
    CHECK(p.regional_layers == false);
    bool reported = false;
    for (const Diagnostic& m : diags.snapshot())
        reported |= m.line == 5 && m.message.find("colour") != std::string::npos;
    CHECK(reported);

    render::MapSources sources;
    sources.corpus = {dir.string()};
    auto data = render::load_map_data(sources, diags);
    bool route = false;
    for (const render::MapLayer& l : data->layers) {
        CHECK(l.source.role != geo::LayerRole::regional);
        if (l.source.name != "route") continue;
        route = true;
        CHECK(l.style.title == "The route");
    }
    CHECK(route);
    fs::remove_all(dir);
}

TEST_CASE("a mentioned country is drawn as its shape, tinted by its passages, and an unmentioned one is not") {
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {SAMPLE_CORPUS};
    auto data = render::load_map_data(sources, diags);
    REQUIRE(!data->area_of.empty());
    cli::MapPngRequest req;
    req.width = 900, req.height = 600;
    req.bbox = std::array<double, 4>{43, 38, 51, 42.5};
    Drawn d = draw(*data, req);
    std::string error;
    auto proj = geo::Projection::create(data->projection, error);
    auto pixel = [&](LonLat ll) {
        geo::XY xy;
        REQUIRE(proj->forward(ll, xy));
        geo::XY s = d.view.to_screen(xy);
        REQUIRE(s.x >= 0);
        REQUIRE(s.y >= 0);
        REQUIRE(s.x < req.width);
        REQUIRE(s.y < req.height);
        return d.rgba.data() + (size_t(s.y) * size_t(req.width) + size_t(s.x)) * 4;
    };
    const render::Color land = render::default_layer_style("countries", 0).fill;
    // Inside Azerbaijan, away from markers and labels (the Kura lowland): the marker colour blended in.
    const uint8_t* az = pixel({48.3, 40.25});
    CHECK_FALSE(near(az, land, 6));
    CHECK(int(az[0]) - int(az[1]) > int(land.r) - int(land.g) + 10);  // redder than plain land
    // The selection fills it in the selection colour instead.
    render::MapState state = cli::request_state(*data, req);
    PlaceIndex azerbaijan = no_place;
    for (const auto& [place, feature] : data->area_of)
        if (data->atlas->gazetteer().place(place).country == "AZ") azerbaijan = place;
    REQUIRE(azerbaijan != no_place);
    req.selected = azerbaijan;
    Drawn sel = draw(*data, req);
    const uint8_t* az_sel = sel.rgba.data() + size_t(az - d.rgba.data());
    CHECK((az_sel[0] != az[0] || az_sel[1] != az[1] || az_sel[2] != az[2]));
}

// tests/data/areas: three articles written for this test that name a first-level division
// (Gilan, on the Caspian), a country (Turkmenistan) and its capital, and none of their neighbours.
TEST_CASE("a mentioned first-level division and country are drawn and hit as their shapes, unmentioned neighbours are not tinted") {
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {std::string(TEST_DATA) + "/areas"};
    auto data = render::load_map_data(sources, diags);
    REQUIRE(data->atlas);
    const Gazetteer& g = data->atlas->gazetteer();
    PlaceIndex gilan = no_place, turkmenistan = no_place;
    for (const auto& [place, feature] : data->area_of) {
        const Place& p = g.place(place);
        if (p.kind == PlaceKind::admin1 && p.name == "Gilan") gilan = place;
        if (p.kind == PlaceKind::country && p.country == "TM") turkmenistan = place;
    }
    REQUIRE(gilan != no_place);
    REQUIRE(turkmenistan != no_place);

    cli::MapPngRequest req;
    req.width = 900, req.height = 600;
    req.bbox = std::array<double, 4>{45, 33, 67, 44};
    const e2e::AreaFrame f = e2e::draw_area_frame(*data, req);
    const render::Color land = render::default_layer_style("countries", 0).fill;
    size_t inside_gilan = 0, inside_turkmenistan = 0;
    for (int y = 2; y < req.height - 2; y += 3)
        for (int x = 2; x < req.width - 2; x += 3) {
            const PlaceIndex area = f.hits.area_at(float(x), float(y), 0);
            if ((area != gilan && area != turkmenistan) || !f.clear(x, y) || !f.deep_inside(x, y, area)) continue;
            const uint8_t* p = f.at(x, y);
            CAPTURE(x);
            CAPTURE(y);
            CHECK(int(p[0]) - int(p[1]) > int(land.r) - int(land.g) + 10);  // redder than plain land
            ++(area == gilan ? inside_gilan : inside_turkmenistan);
            CHECK(f.hits.at(float(x), float(y)) == area);  // hovering or clicking there finds it
        }
    CHECK(inside_gilan >= 20);
    CHECK(inside_turkmenistan >= 200);

    // Neighbours nobody names: plain land, and nothing to hover.
    for (LonLat ll : {LonLat{52.6, 36.25} /* Mazandaran */, LonLat{64.5, 41.8} /* Uzbekistan */,
                      LonLat{66.0, 34.0} /* Afghanistan */}) {
        CAPTURE(ll.lon);
        const geo::XY s = f.screen_of(*data, ll);
        CHECK(f.hits.area_at(float(s.x), float(s.y)) == no_place);
        const uint8_t* p = f.at(int(s.x), int(s.y));
        CHECK(int(p[0]) - int(p[1]) <= int(land.r) - int(land.g) + 4);
    }
}

// tests/data/pacific: four articles written for this test, on Fiji, Kamchatka, Alaska and New
// Zealand, across the antimeridian.
TEST_CASE("fit shows every place of a corpus across the antimeridian, centred on the Pacific, in any projection") {
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {std::string(TEST_DATA) + "/pacific"};
    for (const char* projection : {"auto", "EPSG:8857", "EPSG:3857"}) {
        CAPTURE(projection);
        sources.projection = projection;
        auto data = render::load_map_data(sources, diags);
        REQUIRE(data->atlas);
        REQUIRE(data->places.size() >= 6);
        cli::MapPngRequest req;
        req.width = 1000, req.height = 600;
        Drawn d = draw(*data, req);
        check_every_place_framed(*data, d, req.width, req.height);
        if (std::string(projection) != "auto") continue;
        // Centred across the dateline: the frame is a Pacific's width, not the whole world's.
        const double lon0 = std::abs(geo::central_meridian(data->projection));
        CHECK(lon0 > 160);
        std::string error;
        auto proj = geo::Projection::create(data->projection, error);
        REQUIRE(proj);
        geo::XY west, east;
        REQUIRE(proj->forward({-179.9, 0}, east));
        REQUIRE(proj->forward({179.9, 0}, west));
        CHECK(west.x < east.x);  // the dateline runs through the map, not along its edges
        // ... in its middle half.
        const double dateline = d.view.to_screen(east).x;
        CHECK(dateline > 0.25 * req.width);
        CHECK(dateline < 0.75 * req.width);
        // The land there is drawn whole: inland Alaska is land, not torn by the cut opposite.
        geo::XY alaska;
        REQUIRE(proj->forward({-150, 64}, alaska));
        geo::XY s = d.view.to_screen(alaska);
        REQUIRE(s.x >= 0);
        REQUIRE(s.y >= 0);
        REQUIRE(s.x < req.width);
        REQUIRE(s.y < req.height);
        const uint8_t* p = d.rgba.data() + (size_t(s.y) * size_t(req.width) + size_t(s.x)) * 4;
        CHECK(int(p[0]) > int(p[2]));  // warm land, not the water's blue
    }
}

TEST_CASE("the place list names towns that read alike by their first-level division, and follows the time window") {
    fs::path dir = fs::temp_directory_path() / ("placeline-list-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "a.txt") << "Festival in Texas\n\nMay 3, 2024\n\nThe film festival in Paris, Texas doubled its "
                                    "ticket sales this spring, its organisers said.\n";
    std::ofstream(dir / "b.txt") << "Storm in France\n\nJune 9, 2024\n\nHeavy rain flooded streets in Paris, the "
                                    "French capital, on Sunday, and the Seine rose by a metre.\n";
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {dir.string()};
    auto data = render::load_map_data(sources, diags);
    REQUIRE(data->atlas);
    const Atlas& atlas = *data->atlas;
    auto names_in = [&](const char* from, const char* to) {
        std::vector<PlaceCount> visible;
        atlas.places_in({*parse_iso_date(from), *parse_iso_date(to), Granularity::day}, TimeAxis::event, visible);
        return list_names(atlas.gazetteer(), visible, data->most_written, data->division);
    };
    auto has = [](const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); };
    // Both towns in the window: each named by the division it lies in (the French one by its own,
    // whatever Natural Earth calls it), neither by a bare country code.
    std::vector<std::string> both = names_in("2024-01-01", "2024-12-31");
    CAPTURE(both.size());
    CHECK(has(both, "Paris, Texas"));
    size_t parises = 0;
    for (const std::string& n : both) {
        CAPTURE(n);
        CHECK(n != "Paris");
        CHECK(n != "Paris, FR");
        CHECK(n != "Paris, US");
        parises += n.rfind("Paris, ", 0) == 0;
    }
    CHECK(parises == 2);
    // Only May in the window: one Paris, which needs nothing more.
    std::vector<std::string> may = names_in("2024-05-01", "2024-05-31");
    CHECK(has(may, "Paris"));
    CHECK_FALSE(has(may, "Paris, Texas"));
    fs::remove_all(dir);
}

TEST_CASE("a corpus that names only countries is framed on them, not on the whole base map") {
    fs::path dir = fs::temp_directory_path() / ("placeline-countries-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "a.txt") << "Border talks\n\nMarch 4, 2024\n\nChile and Argentina agreed on Monday to reopen "
                                    "talks on their shared glaciers, both governments said.\n";
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {dir.string()};
    auto data = render::load_map_data(sources, diags);
    REQUIRE(data->atlas);
    REQUIRE(data->places.size() == 2);
    cli::MapPngRequest req;
    req.width = 1000, req.height = 600;
    Drawn d = draw(*data, req);
    check_every_place_framed(*data, d, req.width, req.height);
    CHECK(d.view.world_bounds().width() < 8.0e6);  // South America's south, not the world
    fs::remove_all(dir);
}
