#pragma once
// Geometry in geographic coordinates (longitude, latitude in degrees, WGS 84) as read from a
// layer, and in projected coordinates (metres of the map's projection) as drawn.
#include <algorithm>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "placeline/places/place.hpp"

namespace placeline::geo {

struct XY {
    double x = 0, y = 0;
};

struct Bounds {
    double min_x = std::numeric_limits<double>::infinity(), min_y = std::numeric_limits<double>::infinity();
    double max_x = -std::numeric_limits<double>::infinity(), max_y = -std::numeric_limits<double>::infinity();

    bool empty() const { return min_x > max_x || min_y > max_y; }
    void add(double x, double y) {
        min_x = std::min(min_x, x), max_x = std::max(max_x, x);
        min_y = std::min(min_y, y), max_y = std::max(max_y, y);
    }
    void add(const Bounds& b) {
        if (b.empty()) return;
        add(b.min_x, b.min_y), add(b.max_x, b.max_y);
    }
    bool intersects(const Bounds& b) const {
        return !(b.min_x > max_x || b.max_x < min_x || b.min_y > max_y || b.max_y < min_y);
    }
    double width() const { return max_x - min_x; }
    double height() const { return max_y - min_y; }
};

using Ring = std::vector<LonLat>;

struct Polygon {
    std::vector<Ring> rings;  // the first is the outer ring, the others are holes
};

enum class GeometryType { none, point, line, polygon };

struct Feature {
    GeometryType type = GeometryType::none;
    std::vector<Polygon> polygons;
    std::vector<std::vector<LonLat>> lines;
    std::vector<LonLat> points;
    std::vector<std::pair<std::string, std::string>> attributes;  // field -> value as text
    long long fid = 0;

    const std::string* attribute(const std::string& field) const {
        for (const auto& [k, v] : attributes)
            if (k == field) return &v;
        return nullptr;
    }
};

// What the map does with a layer as the view changes (render/scene.cpp, layer_alpha).
enum class LayerRole : uint8_t {
    added,       // the user's: always drawn
    world_base,  // the embedded world (geodata/world.gpkg): drawn where no detail layer is
    detail,      // the regional extract or the 1:10m world: drawn where the view is close and inside them
    regional,    // a regional pack (the Caucasus history): drawn and listed only while its region is in view
};

struct Layer {
    std::string name;     // the layer's name in its source
    std::string source;   // the file it came from
    LayerRole role = LayerRole::added;
    std::vector<Feature> features;
    Bounds bounds;        // lon/lat
};

}  // namespace placeline::geo
