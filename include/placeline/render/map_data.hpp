#pragma once
// Everything the map draws, prepared off the UI thread: layers projected and tessellated, and
// the mentioned places projected. Immutable once built; a new projection builds a new one.
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "placeline/atlas/atlas.hpp"
#include "placeline/base/diagnostics.hpp"
#include "placeline/geo/geometry.hpp"
#include "placeline/geo/projected_layer.hpp"
#include "placeline/render/style.hpp"
#include "placeline/variants/variants.hpp"
#include "placeline/render/style_file.hpp"

namespace placeline::render {

struct MapLayer {
    geo::Layer source;             // lon/lat, as read
    geo::ProjectedLayer projected;
    LayerStyle style;
    std::vector<TimeSpan> validity;  // per feature (render/time_rule.hpp); empty: always valid
    std::vector<int16_t> category;   // per feature, its color_by category (-1: the layer's look)
    int outline_cover = -1;          // the layer drawing its covered outlines (render/outline_cover.hpp)
};

struct PlaceGeometry {
    geo::XY point;
    std::vector<geo::XY> line;     // corridors
};

struct MapData {
    std::shared_ptr<const Atlas> atlas;
    std::string projection;        // the definition the geometry was projected with
    std::vector<MapLayer> layers;
    StyleSheet styles;             // kept for a new projection, which rebuilds the layers
    std::unordered_map<PlaceIndex, PlaceGeometry> places;  // every place the atlas mentions
    geo::Bounds layer_bounds;      // projected
    geo::Bounds detail_bounds;     // projected: where the detail layers are (geo::LayerRole::detail)
    geo::Bounds regional_bounds;   // projected: where the regional pack's features are
    geo::Bounds place_bounds;      // projected: the places holding most passages (see build_map_data)
    // Areas drawn as areas: per mentioned country, its shape in a boundary layer (layer, feature),
    // matched by ISO code, in the world base and in the detail layers (whichever the view draws).
    std::unordered_map<PlaceIndex, std::pair<uint32_t, uint32_t>> area_world, area_detail;
    // For the labels (see label_for): the form most articles use, and names with dates.
    std::unordered_map<PlaceIndex, std::string> most_written;
    std::vector<DatedName> dated_names;
};

std::shared_ptr<const MapData> build_map_data(std::shared_ptr<const Atlas> atlas, std::vector<geo::Layer> layers,
                                              const std::string& projection, Diagnostics& diags,
                                              const StyleSheet& styles = {});

// The view a user expects first: the corpus's places (with some context), else the layers.
geo::Bounds default_bounds(const MapData& data);

// Builds every layer's level of detail for `scale` (shapes and outlines) ahead of the first
// frame that needs it: on a loading thread, so that frame does not stall the window.
void prepare_levels(const MapData& data, double scale);

}  // namespace placeline::render
