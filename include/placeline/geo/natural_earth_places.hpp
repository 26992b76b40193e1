#pragma once
// Natural Earth countries and first-level regions (layers `countries` and `states_provinces` of a
// GeoPackage such as world_map.gpkg or the embedded region.gpkg) as gazetteer places.
#include <string>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/places/gazetteer.hpp"
#include "placeline/base/progress.hpp"

namespace placeline::geo {

// Ids: "ne:<ISO alpha-2>" for countries ("ne:AM"), "ne1:<adm0_a3>:<name slug>" for regions.
// Points: GEOS PointOnSurface of each polygon. Features without a name or an area are counted
// and reported once.
void read_natural_earth_places(const std::string& path, GazetteerBuilder& out, Diagnostics& diags,
                               Progress* progress = nullptr);

// The name of the first-level division (`states_provinces`) each point lies in, "" where none
// does or the file has no such layer: "Texas" for Paris, Texas. Found through the layer's spatial
// index, so a handful of points costs a handful of lookups.
std::vector<std::string> division_names(const std::string& path, const std::vector<LonLat>& points);

}  // namespace placeline::geo
