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
#include "placeline/geo/shape_ref.hpp"
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

// What the map knows of the mentioned places beyond their points, from the gazetteer's source
// files (place_shapes_for).
struct PlaceShapes {
    geo::Layer areas;  // their own shapes (geo/shape_ref.hpp), each naming its place's id in "place"
    std::unordered_map<std::string, std::string> division;  // place id -> the first-level division it lies in
    std::vector<std::string> credits;  // attributions the drawn shapes' sources ask for (water: ODbL)
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
    // Areas drawn as areas (geo/shape_ref.hpp): the own shape of each mentioned place that has
    // one (countries, first-level divisions, any source's areas and rivers), projected once with
    // levels of detail like a layer. Feature i is the shape of area_place[i].
    PlaceShapes place_shapes;                          // as given (lon/lat): a new projection reuses it
    geo::ProjectedLayer areas;
    std::vector<PlaceIndex> area_place;                // per feature
    std::unordered_map<PlaceIndex, uint32_t> area_of;  // place -> its feature
    bool is_drawn_area(PlaceIndex p) const { return area_of.count(p) != 0; }
    // For the labels (see label_for): the form most articles use, and names with dates.
    std::unordered_map<PlaceIndex, std::string> most_written;
    // The first-level division of each mentioned town whose name another mentioned place bears
    // ("Paris" in Texas): the place list tells them apart by it (variants/list_names.hpp).
    std::unordered_map<PlaceIndex, std::string> division;
    std::vector<DatedName> dated_names;
};

// `shapes`: the places' own shapes and divisions (place_shapes_for); those of places the atlas
// does not mention are left out.
std::shared_ptr<const MapData> build_map_data(std::shared_ptr<const Atlas> atlas, std::vector<geo::Layer> layers,
                                              const std::string& projection, Diagnostics& diags,
                                              const StyleSheet& styles = {}, PlaceShapes shapes = {});

// The own shapes of the atlas's mentioned places that `index` knows, read from their sources;
// and for each mentioned town whose name another mentioned place bears, the first-level division
// of `boundaries` (a Natural Earth GeoPackage) it lies in.
PlaceShapes place_shapes_for(const Atlas& atlas, const geo::ShapeIndex& index, const std::string& boundaries,
                             Diagnostics& diags);

// The view a user expects first: the corpus's places (with some context), else the layers.
geo::Bounds default_bounds(const MapData& data);

// Builds every layer's level of detail for `scale` (shapes and outlines) ahead of the first
// frame that needs it: on a loading thread, so that frame does not stall the window.
void prepare_levels(const MapData& data, double scale);

}  // namespace placeline::render
