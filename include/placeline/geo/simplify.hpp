#pragma once
// Line simplification for drawing at a given scale: Douglas-Peucker in projected coordinates,
// after a radial pass that drops runs of points closer together than the tolerance (cheap, and
// at world scale it removes most points before the recursive part sees them).
#include <cstddef>
#include <vector>

#include "placeline/geo/geometry.hpp"

namespace placeline::geo {

// Appends to `out` the points of pts[0, n) kept at `tolerance` (projected units): every point
// dropped lies within `tolerance` of the kept polyline, and the first and last points are
// always kept (so a closed ring stays closed).
void simplify_into(const XY* pts, size_t n, double tolerance, std::vector<XY>& out);

// Distance from p to the segment a-b (to a when a == b).
double segment_distance(XY p, XY a, XY b);

}  // namespace placeline::geo
