#include <doctest/doctest.h>

#include "placeline/geo/triangulate.hpp"

using namespace placeline::geo;

TEST_CASE("a concave polygon's triangles cover exactly its area") {
    // A "U": concave, so a naive fan would spill outside.
    std::vector<std::vector<XY>> u = {{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}}};
    auto tri = triangulate(u);
    CHECK(tri.size() % 3 == 0);
    CHECK(triangles_area(tri) == doctest::Approx(polygon_area(u)));
    CHECK(polygon_area(u) == doctest::Approx(7.0));
}

TEST_CASE("holes stay empty") {
    std::vector<std::vector<XY>> square_with_hole = {{{0, 0}, {10, 0}, {10, 10}, {0, 10}},
                                                     {{4, 4}, {6, 4}, {6, 6}, {4, 6}}};
    auto tri = triangulate(square_with_hole);
    CHECK(triangles_area(tri) == doctest::Approx(96.0));
    // No triangle's centroid is inside the hole.
    for (size_t i = 0; i < tri.size(); i += 3) {
        double cx = (tri[i].x + tri[i + 1].x + tri[i + 2].x) / 3, cy = (tri[i].y + tri[i + 1].y + tri[i + 2].y) / 3;
        CHECK_FALSE((cx > 4 && cx < 6 && cy > 4 && cy < 6));
    }
}

TEST_CASE("a self-intersecting ring is repaired, not dropped") {
    std::vector<std::vector<XY>> bowtie = {{{0, 0}, {2, 2}, {2, 0}, {0, 2}}};
    auto tri = triangulate(bowtie);
    CHECK(triangles_area(tri) == doctest::Approx(2.0));
}
