// Rivers drawn as their lines (a shape source, docs/ARCHITECTURE.md): the world-news test article on
// the Euphrates names one river, and the map reads and strokes that river's line alone.
#include <doctest/doctest.h>

#include <filesystem>

#include "area_frame.hpp"
#include "cli/map_png.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/geo/natural_earth_rivers.hpp"
#include "placeline/render/map_load.hpp"
#include "skip.hpp"

using namespace placeline;
namespace fs = std::filesystem;

TEST_CASE("a mentioned river is drawn and hit along its line, and only its line is read") {
    const fs::path cache = cache_dir();
    if (!fs::exists(cache / geo::rivers_file_name) || !fs::exists(cache / "cities500.txt")) {
        test::skip("no rivers.gpkg or cities500.txt in the data cache (scripts/fetch-data.sh makes them)");
        return;
    }
    Diagnostics diags;
    render::MapSources sources;
    sources.corpus = {std::string(TEST_DATA) + "/world-news/11-en-euphrates.txt"};
    auto data = render::load_map_data(sources, diags);
    REQUIRE(data->atlas);
    const Gazetteer& g = data->atlas->gazetteer();
    PlaceIndex river = no_place;
    size_t rivers = 0;
    for (PlaceIndex p : data->area_place)
        if (g.facts(p).kind == PlaceKind::river) ++rivers, river = p;
    CHECK(rivers == 1);
    REQUIRE(river != no_place);
    CHECK(g.name(river) == "Euphrates");
    CHECK(g.id(river).substr(0, 4) == "ner:");

    // Central Iraq, where the river runs from the north-west to the south-east.
    cli::MapPngRequest req;
    req.width = 900, req.height = 600;
    req.bbox = std::array<double, 4>{41.5, 31.0, 46.5, 35.0};
    const e2e::AreaFrame f = e2e::draw_area_frame(*data, req);
    size_t on_line = 0;
    for (int y = 2; y < req.height - 2; y += 2)
        for (int x = 2; x < req.width - 2; x += 2) on_line += f.hits.area_at(float(x), float(y)) == river;
    CHECK(on_line >= 100);  // a band along some 500 km of river
    CHECK(on_line < size_t(req.width / 2) * size_t(req.height / 2) / 20);  // a line, not an area
    // Off the river, far from its line: nothing.
    const geo::XY s = f.screen_of(*data, LonLat{45.8, 34.5});
    CHECK(f.hits.area_at(float(s.x), float(s.y)) == no_place);
}
