#pragma once
// Areas drawn as areas: where a place's own shape is. A place whose source has a polygon (a
// country, a first-level division, a county, a sea) or a line (a river) refers to one feature of
// one layer of one file; the map reads only the features of the places a corpus mentions and
// draws them instead of a disc (render/map_data.hpp, MapData::areas). Any gazetteer source can
// give its places shapes: it adds its ids to a ShapeIndex (docs/ARCHITECTURE.md, "a shape source").
#include <string>
#include <unordered_map>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/geo/geometry.hpp"

namespace placeline::geo {

struct ShapeRef {
    std::string source;  // the file (any OGR source)
    std::string layer;   // the layer in it
    long long fid = -1;  // the feature
};

// Place id -> its shape. Built per load from the gazetteer's sources; ids are the gazetteer's.
using ShapeIndex = std::unordered_map<std::string, ShapeRef>;

// The shapes of the places read_natural_earth_places makes from this file: its `countries` and
// `states_provinces` features under the very ids the gazetteer gave them ("ne:AM",
// "ne1:usa:texas"). Reads attributes only; a file that does not open is reported and adds nothing.
void add_natural_earth_shapes(const std::string& path, ShapeIndex& out, Diagnostics& diags);

// The features `refs` name, one per ref and in the same order, in lon/lat; a feature that cannot
// be read stays in its place without geometry (GeometryType::none) and is reported once per file.
Layer read_shapes(const std::vector<ShapeRef>& refs, Diagnostics& diags);

}  // namespace placeline::geo
