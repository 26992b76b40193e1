#pragma once
// The map scene: MapData seen through a View, filtered by the time window, with the user's
// selection, turned into a DrawList. Pure function of its inputs; the window calls it every
// frame and `placeline render` once.
#include <functional>
#include <string_view>
#include <vector>

#include "placeline/atlas.hpp"
#include "placeline/render/draw_list.hpp"
#include "placeline/render/map_data.hpp"
#include "placeline/render/view.hpp"
#include "placeline/variants.hpp"

namespace placeline::render {

struct MapState {
    TimeSpan window{INT32_MIN / 2, INT32_MAX / 2};
    TimeAxis axis = TimeAxis::event;
    PlaceIndex selected = no_place;
    PlaceIndex hovered = no_place;
    std::vector<PlaceIndex> highlighted;    // e.g. the places of the clicked passage
    // Places drawn whatever the time window, at their projected point (a slide's highlights).
    std::vector<std::pair<PlaceIndex, geo::XY>> pinned;
    std::vector<bool> layer_visible;        // per MapData layer; missing entries are visible
    LabelChoice labels;                     // how places are named on the map (see label_for)
};

// Width in pixels of a text at a pixel size: the sink knows its fonts.
using TextMeasure = std::function<float(std::string_view text, float size)>;

// What is where on screen after drawing, for hover and click.
struct MapHits {
    struct Marker {
        PlaceIndex place;
        float x, y, radius;
        uint32_t passages;
    };
    std::vector<Marker> markers;  // in drawing order: the last is on top
    PlaceIndex at(float x, float y, float slack = 3) const;
};

struct Scene {
    const MapData* data = nullptr;
    const MapState* state = nullptr;
    Theme theme;
};

float marker_radius(uint32_t passages);

void draw_map(const Scene& scene, const View& view, const TextMeasure& measure, DrawList& out, MapHits* hits = nullptr);

}  // namespace placeline::render
