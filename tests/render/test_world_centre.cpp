// A world map's centre: Greenwich unless the places fit in a quarter of the world, or in half the
// world only around another meridian; and the shapes cut at the meridian opposite the centre.
#include <doctest/doctest.h>

#include <cmath>

#include "placeline/geo/meridian_cut.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/render/auto_projection.hpp"

using namespace placeline;

TEST_CASE("places across the antimeridian centre the world map on the Pacific, a region on itself, others on Greenwich") {
    // Suva, Petropavlovsk-Kamchatsky, Anchorage, Auckland: 330 degrees apart around Greenwich,
    // 54 around the antimeridian.
    const double pacific = render::central_longitude({178.4, 158.6, -149.9, 174.8});
    CHECK(std::abs(std::abs(pacific) - 175) < 1.5);
    // On every continent: no meridian does better than Greenwich.
    CHECK(render::central_longitude({-90, -47, 2, 36, 77, 139, 151}) == 0);
    // Europe and Asia only: within half the world around Greenwich already.
    CHECK(render::central_longitude({-9, 30, 100, 139}) == 0);
    CHECK(render::central_longitude({}) == 0);
    // Phoenix, New Orleans, London (Kentucky): a quarter of the world at most, centred on them so
    // that their meridians stand upright; one place alone is its own centre.
    CHECK(render::central_longitude({-112.1, -90.1, -84.1}) == -98);
    CHECK(render::central_longitude({-112.1}) == -112);
    // Europe and the Caucasus: 56 degrees, centred between.
    CHECK(render::central_longitude({-9, 47}) == 19);
    CHECK(geo::central_meridian("+proj=eqearth +lon_0=-175 +datum=WGS84") == -175);
    CHECK(geo::central_meridian("EPSG:8857") == 0);
}

TEST_CASE("a shape across the cut meridian is cut into pieces on each side, drawn at the map's two edges") {
    // A square from 10 W to 10 E, and a line across it, cut at Greenwich (the edge of a map on 180).
    geo::Layer layer;
    geo::Feature square;
    square.type = geo::GeometryType::polygon;
    square.polygons.push_back({{{{-10, 40}, {10, 40}, {10, 50}, {-10, 50}, {-10, 40}}}});
    square.lines.push_back({{-10, 45}, {10, 45}});
    layer.features.push_back(square);
    geo::Feature away;  // wholly on one side: kept as it is
    away.type = geo::GeometryType::polygon;
    away.polygons.push_back({{{{20, 40}, {30, 40}, {30, 50}, {20, 40}}}});
    layer.features.push_back(away);
    geo::cut_at_meridian(layer, 0);
    REQUIRE(layer.features[0].polygons.size() == 2);
    REQUIRE(layer.features[0].lines.size() == 2);
    for (const geo::Polygon& p : layer.features[0].polygons) {
        double lo = 1e9, hi = -1e9;
        for (const LonLat& ll : p.rings[0]) lo = std::min(lo, ll.lon), hi = std::max(hi, ll.lon);
        CHECK((hi < 0 || lo > 0));  // on one side only
        CHECK(hi - lo == doctest::Approx(10).epsilon(1e-6));
    }
    CHECK(layer.features[1].polygons[0].rings[0].size() == 4);
    // Projected on 180, the two pieces are at the map's two edges, not one band across it.
    std::string error;
    auto proj = geo::Projection::create("+proj=eqearth +lon_0=180 +datum=WGS84 +units=m +no_defs", error);
    REQUIRE(proj);
    for (const geo::Polygon& p : layer.features[0].polygons) {
        double lo = 1e18, hi = -1e18;
        for (const LonLat& ll : p.rings[0]) {
            geo::XY xy;
            REQUIRE(proj->forward(ll, xy));
            lo = std::min(lo, xy.x), hi = std::max(hi, xy.x);
        }
        CHECK(hi - lo < 2.0e6);  // about 10 degrees wide, not the world's 34 000 km
    }
}
