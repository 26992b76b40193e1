// Outlines stroke every border of a layer once, in chains as long as the rings allow, and set
// apart what a covering layer strokes itself.
#include <doctest/doctest.h>

#include <vector>

#include "placeline/geo/outlines.hpp"

using namespace placeline::geo;

namespace {

// A closed ring (first point repeated last), as layers store them.
void add_square(Shapes& s, double x, double y, double side = 10) {
    const XY ring[] = {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}};
    s.add_part(Shapes::Part::outer, ring, 5);
    s.end_feature();
}

size_t segments(const Shapes& s) {
    size_t n = 0;
    for (uint32_t i = 0; i < s.part_kind.size(); ++i)
        n += s.part_size(i) - 1;  // rings keep their closing point
    return n;
}

}  // namespace

TEST_CASE("a ring no other ring touches stays one closed ring") {
    Shapes layer;
    add_square(layer, 0, 0);
    Outlines o = build_outlines(layer, nullptr);
    REQUIRE(o.own.part_kind.size() == 1);
    CHECK(o.own.part_kind[0] == Shapes::Part::outer);
    CHECK(segments(o.own) == 4);
    CHECK(o.covered.points.empty());
    CHECK(o.covered.feature_count() == 1);
}

TEST_CASE("two neighbours share their border once, and the second's chain is not cut by where its ring starts") {
    Shapes layer;
    add_square(layer, 0, 0);
    // The right-hand square starts in the middle of its own outline, at its top-right corner.
    const XY ring[] = {{20, 10}, {10, 10}, {10, 0}, {20, 0}, {20, 10}};
    layer.add_part(Shapes::Part::outer, ring, 5);
    layer.end_feature();
    Outlines o = build_outlines(layer, nullptr);
    REQUIRE(o.own.feature_count() == 2);
    CHECK(segments(o.own) == 7);  // 4 + 4, less the shared one
    // The first square keeps its whole ring; the second one chain of three segments.
    CHECK(o.own.feature_end[0] == 1);
    REQUIRE(o.own.feature_end[1] == 2);
    CHECK(o.own.part_kind[1] == Shapes::Part::line);
    CHECK(o.own.part_size(1) == 4);
}

TEST_CASE("segments the cover has go apart, and the cover is found by what it shares") {
    Shapes regions, country, elsewhere;
    add_square(regions, 0, 0);
    add_square(regions, 10, 0);
    const XY outline[] = {{0, 0}, {20, 0}, {20, 10}, {0, 10}, {0, 0}};
    country.add_part(Shapes::Part::outer, outline, 5);
    country.end_feature();
    add_square(elsewhere, 100, 100);
    const SegmentKeys keys = segment_keys(country);
    CHECK(shared_segments(regions, keys) == 2);  // the ends: its long edges are no region's
    // With the country's corners where the regions meet, it shares their outer edges.
    const XY cut[] = {{0, 0}, {10, 0}, {20, 0}, {20, 10}, {10, 10}, {0, 10}, {0, 0}};
    Shapes country_cut;
    country_cut.add_part(Shapes::Part::outer, cut, 7);
    country_cut.end_feature();
    const SegmentKeys cut_keys = segment_keys(country_cut);
    CHECK(shared_segments(regions, cut_keys) == 6);
    CHECK(shared_segments(regions, segment_keys(elsewhere)) == 0);
    Outlines o = build_outlines(regions, &cut_keys);
    CHECK(segments(o.own) == 1);      // the inner border only
    CHECK(segments(o.covered) == 6);  // the outer edges, each once
    CHECK(o.covered.feature_count() == 2);
}

TEST_CASE("simplified outlines keep short chains as their two ends") {
    // The neighbours of the test above: the first square keeps its ring, the second, sharing an
    // edge with it, becomes an open chain.
    Shapes layer;
    add_square(layer, 0, 0);
    const XY ring[] = {{20, 10}, {10, 10}, {10, 0}, {20, 0}, {20, 10}};
    layer.add_part(Shapes::Part::outer, ring, 5);
    layer.end_feature();
    Outlines o = build_outlines(layer, nullptr);
    REQUIRE(o.own.part_kind.size() == 2);
    REQUIRE(o.own.part_kind[1] == Shapes::Part::line);
    // At a tolerance bigger than the squares, the ring vanishes but the open chain keeps its ends.
    Outlines coarse = simplify_outlines(o, 50);
    CHECK(coarse.own.feature_count() == 2);
    REQUIRE(coarse.own.part_kind.size() == 1);
    CHECK(coarse.own.part_kind[0] == Shapes::Part::line);
    REQUIRE(coarse.own.part_size(0) == 2);
    const XY* ends = coarse.own.part_points(0);
    const XY* chain = o.own.part_points(1);
    const uint32_t n = o.own.part_size(1);
    CHECK(ends[0].x == chain[0].x);
    CHECK(ends[0].y == chain[0].y);
    CHECK(ends[1].x == chain[n - 1].x);
    CHECK(ends[1].y == chain[n - 1].y);
}
