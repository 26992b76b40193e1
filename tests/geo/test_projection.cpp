#include <doctest/doctest.h>

#include <cmath>

#include "placeline/geo/projection.hpp"

using namespace placeline;
using namespace placeline::geo;

TEST_CASE("projection round trip returns the same point") {
    for (const char* def : {"regional", "EPSG:3857", "+proj=merc +datum=WGS84 +type=crs"}) {
        std::string error;
        auto p = Projection::create(def, error);
        REQUIRE_MESSAGE(p, error);
        for (LonLat ll : {LonLat{46.7528, 39.8177}, LonLat{44.51361, 40.18111}, LonLat{49.89201, 40.37767}}) {
            XY xy;
            REQUIRE(p->forward(ll, xy));
            LonLat back;
            REQUIRE(p->inverse(xy, back));
            CHECK(back.lon == doctest::Approx(ll.lon).epsilon(1e-9));
            CHECK(back.lat == doctest::Approx(ll.lat).epsilon(1e-9));
        }
    }
}

TEST_CASE("the regional projection is centred on the Caucasus and conformal") {
    std::string error;
    auto p = Projection::create("regional", error);
    REQUIRE(p);
    XY origin;
    REQUIRE(p->forward({45, 40}, origin));
    CHECK(std::abs(origin.x) < 1e-6);
    CHECK(std::abs(origin.y) < 1e-6);
    // Conformal: a small step east and a small step north scale alike.
    XY e, n;
    p->forward({45.01, 40}, e);
    p->forward({45, 40.01}, n);
    double east = geodesic_distance({45, 40}, {45.01, 40}), north = geodesic_distance({45, 40}, {45, 40.01});
    CHECK(std::hypot(e.x - origin.x, e.y - origin.y) / east ==
          doctest::Approx(std::hypot(n.x - origin.x, n.y - origin.y) / north).epsilon(1e-4));
}

TEST_CASE("a bad projection is refused with PROJ's reason") {
    std::string error;
    CHECK_FALSE(Projection::create("EPSG:999999", error));
    CHECK_FALSE(error.empty());
}
