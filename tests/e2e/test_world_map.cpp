// A corpus about the whole world (tests/data/world-map: short articles written for this test,
// on every continent): the world base under it whatever the data cache holds, no regional
// legend, every place in the default frame.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "cli/map_png.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/render/legend.hpp"
#include "placeline/render/map_load.hpp"
#include "placeline/render/project_file.hpp"
#include "placeline/sink/canvas.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

// XDG_CACHE_HOME pointed at a fresh folder for the test's length, then put back.
struct TempCache {
    fs::path dir;
    std::string old;
    bool had = false;
    explicit TempCache(const std::string& name) {
        dir = fs::temp_directory_path() / ("placeline-world-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(dir);
        fs::create_directories(dir / "placeline");
        if (const char* v = std::getenv("XDG_CACHE_HOME")) old = v, had = true;
    }
    void enter() const { ::setenv("XDG_CACHE_HOME", dir.c_str(), 1); }
    ~TempCache() {
        if (had) ::setenv("XDG_CACHE_HOME", old.c_str(), 1);
        else ::unsetenv("XDG_CACHE_HOME");
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

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
    size_t framed = 0;
    for (const auto& [place, geom] : data->places) {
        CAPTURE(data->atlas->gazetteer().place(place).name);
        geo::XY s = d.view.to_screen(geom.point);
        CHECK(s.x >= 0);
        CHECK(s.y >= 0);
        CHECK(s.x <= req.width);
        CHECK(s.y <= req.height);
        ++framed;
    }
    CHECK(framed >= 60);
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
    REQUIRE(!data->area_world.empty());
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
    for (const auto& [place, cell] : data->area_world)
        if (data->atlas->gazetteer().place(place).country == "AZ") azerbaijan = place;
    REQUIRE(azerbaijan != no_place);
    req.selected = azerbaijan;
    Drawn sel = draw(*data, req);
    const uint8_t* az_sel = sel.rgba.data() + size_t(az - d.rgba.data());
    CHECK((az_sel[0] != az[0] || az_sel[1] != az[1] || az_sel[2] != az[2]));
}
