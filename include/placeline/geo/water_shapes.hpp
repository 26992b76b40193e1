#pragma once
// Seas and lakes drawn as areas. The data cache's water file (water.gpkg, made by
// scripts/fetch-data.sh from unnamed sea and lake polygons) names no feature, so a water place
// of the gazetteer finds its shape by where it is: the polygon that contains its point, else the
// nearest one within a small distance. Only the places a corpus mentions are looked up.
#include <string>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/geo/shape_ref.hpp"
#include "placeline/places/place.hpp"

namespace placeline::geo {

struct WaterPlace {
    std::string id;  // the gazetteer's id, the key it gets in the ShapeIndex
    LonLat point;    // its representative point
};

// How far (degrees) a point may lie from its water's polygon: a curated point on a small lake or
// a bay the 10 km polygons leave out still finds it; a point on land far from water finds none.
inline constexpr double water_snap_degrees = 0.2;

// The file's name in the data cache.
inline constexpr const char* water_file_name = "water.gpkg";

// Adds `id -> {path, layer, fid}` for each place whose point lies in (or within
// water_snap_degrees of) a polygon of the file's `seas` or `lakes` layer. A polygon that spans the
// world (the one world ocean, wider than half the globe) is no sea's own shape: a place inside it
// keeps its marker. A missing file adds nothing and says nothing (markers as before); a file that
// does not open is reported.
void add_water_shapes(const std::string& path, const std::vector<WaterPlace>& places, ShapeIndex& out,
                      Diagnostics& diags);

}  // namespace placeline::geo
