#pragma once
// Reading vector layers through GDAL/OGR, reprojected to WGS 84 longitude/latitude.
#include <string>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/geo/geometry.hpp"

namespace placeline::geo {

// "PATH" or "PATH:LAYER" as given to --layer. A path that itself exists wins over a split at
// the last colon, so names with colons still work.
struct LayerSpec {
    std::string path;
    std::string layer;  // empty: every vector layer of the source
};
LayerSpec parse_layer_spec(const std::string& spec);

// Layers that fail to open are reported (file and GDAL's reason) and skipped; features with
// broken geometry are reported by feature id and skipped.
std::vector<Layer> read_layers(const LayerSpec& spec, Diagnostics& diags);

// The embedded layers: the world base (geodata/world.gpkg's world_countries), the regional
// extract as detail (geodata/region.gpkg's countries, states_provinces and disputed_borders), then
// the regional pack geodata/history.gpkg's nkao_boundary, ceasefire_1994 and lachin_corridor.
// `boundaries`: another GeoPackage with those three layers instead of region.gpkg (the whole
// world's, for --world). `regional_pack` false leaves the history layers out (a project file's
// `regional_layers = false`).
std::vector<Layer> read_default_layers(Diagnostics& diags, const std::string& boundaries = {},
                                       bool regional_pack = true);

}  // namespace placeline::geo
