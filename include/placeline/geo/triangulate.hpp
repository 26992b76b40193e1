#pragma once
// Polygon fill by triangulation (GEOS constrained Delaunay): concave outlines and holes are
// handled, and the triangles cover exactly the polygon.
#include <vector>

#include "placeline/geo/geometry.hpp"

namespace placeline::geo {

// Triangles of a polygon given in any planar coordinates; three XY per triangle. Invalid
// polygons are made valid first; an unrepairable one gives no triangles.
std::vector<XY> triangulate(const std::vector<std::vector<XY>>& rings);

double polygon_area(const std::vector<std::vector<XY>>& rings);   // outer minus holes
double triangles_area(const std::vector<XY>& triangles);

}  // namespace placeline::geo
