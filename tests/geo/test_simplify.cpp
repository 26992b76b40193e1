#include <doctest/doctest.h>

#include <cmath>

#include "placeline/geo/projected_layer.hpp"
#include "placeline/geo/simplify.hpp"

using namespace placeline::geo;

namespace {
// Largest distance from any original point to the simplified polyline.
double max_deviation(const std::vector<XY>& original, const std::vector<XY>& simple) {
    double worst = 0;
    for (const XY& p : original) {
        double best = 1e300;
        for (size_t i = 0; i + 1 < simple.size(); ++i) best = std::min(best, segment_distance(p, simple[i], simple[i + 1]));
        worst = std::max(worst, best);
    }
    return worst;
}

std::vector<XY> wiggly_circle(size_t n, double radius) {
    std::vector<XY> pts;
    for (size_t i = 0; i < n; ++i) {
        double a = 2 * M_PI * double(i) / double(n);
        double r = radius * (1 + 0.05 * std::sin(37 * a));
        pts.push_back({r * std::cos(a), r * std::sin(a)});
    }
    pts.push_back(pts.front());
    return pts;
}
}  // namespace

TEST_CASE("simplification keeps every point within twice the tolerance and keeps the ends") {
    std::vector<XY> ring = wiggly_circle(5000, 1000);
    for (double tol : {0.5, 5.0, 40.0}) {
        std::vector<XY> out;
        simplify_into(ring.data(), ring.size(), tol, out);
        CHECK(out.size() < ring.size());
        CHECK(out.front().x == ring.front().x);
        CHECK(out.back().x == ring.back().x);
        CHECK(out.back().y == ring.back().y);
        CHECK(max_deviation(ring, out) <= 2 * tol);
    }
}

TEST_CASE("a straight line becomes its two ends, a zero tolerance keeps everything") {
    std::vector<XY> line;
    for (int i = 0; i <= 100; ++i) line.push_back({double(i), 2.0 * i});
    std::vector<XY> out;
    simplify_into(line.data(), line.size(), 0.01, out);
    CHECK(out.size() == 2);
    out.clear();
    simplify_into(line.data(), line.size(), 0, out);
    CHECK(out.size() == line.size());
}

TEST_CASE("levels of detail: fewer points far out, tiny rings dropped, each level built once") {
    ProjectedLayer layer;
    std::vector<XY> big = wiggly_circle(20000, 100000);         // 200 km across
    std::vector<XY> islet = wiggly_circle(50, 300);              // 600 m across
    layer.full.add_part(Shapes::Part::outer, big.data(), big.size());
    layer.full.end_feature();
    layer.full.add_part(Shapes::Part::outer, islet.data(), islet.size());
    layer.full.end_feature();

    const double world = 1.0 / 20000;   // 20 km per pixel
    const Shapes& coarse = layer.at_scale(world);
    CHECK(coarse.feature_count() == 2);
    CHECK(coarse.points.size() < big.size() / 20);
    CHECK(coarse.feature_end[1] == coarse.feature_begin(1));  // the islet is under a pixel: gone
    CHECK(&layer.at_scale(world * 1.2) == &coarse);            // same level, same cached shapes
    CHECK(layer.levels_built() == 1);

    const Shapes& fine = layer.at_scale(1e6);  // a micrometre per pixel: nothing to drop, so `full` itself
    CHECK(&fine == &layer.full);
    const Shapes& mid = layer.at_scale(1.0 / 200);
    CHECK(mid.points.size() > coarse.points.size());
    CHECK(mid.feature_end[1] > mid.feature_begin(1));          // 3 pixels wide: drawn

    const FeatureTriangles& tris = layer.triangles_at_scale(world);
    CHECK(tris.feature_end.size() == 2);
    CHECK(tris.feature_end[0] > 0);
    CHECK(tris.feature_end[0] % 3 == 0);
}
