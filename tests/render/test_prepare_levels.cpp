// A finished load builds the detail of the view it will first be shown in, so that first frame
// builds nothing.
#include <doctest/doctest.h>

#include <cmath>

#include "placeline/geo/outlines.hpp"
#include "placeline/render/map_data.hpp"
#include "placeline/render/outline_cover.hpp"

using namespace placeline;
using namespace placeline::render;

TEST_CASE("prepare_levels builds shapes and outlines at the view's level, once") {
    MapData data;
    MapLayer l;
    std::vector<geo::XY> ring;
    for (int i = 0; i <= 2000; ++i) {
        const double a = 2 * M_PI * i / 2000, r = 1000 + 30 * std::sin(a * 97);
        ring.push_back({r * std::cos(a), r * std::sin(a)});
    }
    l.projected.full.add_part(geo::Shapes::Part::outer, ring.data(), ring.size());
    l.projected.full.end_feature();
    l.source.features.emplace_back();
    data.layers.push_back(std::move(l));
    build_layer_outlines(data.layers);
    const geo::ProjectedLayer& pl = data.layers[0].projected;

    const double scale = 0.05;  // 20 units a pixel: the wiggles go
    CHECK(pl.levels_built() == 0);
    prepare_levels(data, scale);
    CHECK(pl.levels_built() == 1);
    const geo::Outlines* outlines = pl.outlines_at_scale(scale);
    REQUIRE(outlines != nullptr);
    CHECK(outlines == pl.outlines_at_scale(scale));  // the prepared one, not a new one
    CHECK(pl.at_scale(scale).points.size() < ring.size() / 4);
    CHECK(pl.levels_built() == 1);
}
