#pragma once
// The map scene: MapData seen through a View, filtered by the time window, with the user's
// selection, turned into a DrawList. Pure function of its inputs; the window calls it every
// frame and `placeline render` once.
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "placeline/atlas/atlas.hpp"
#include "placeline/render/draw_list.hpp"
#include "placeline/render/labels.hpp"
#include "placeline/render/map_data.hpp"
#include "placeline/render/view.hpp"
#include "placeline/variants/variants.hpp"

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
    std::vector<float> layer_opacity;       // per MapData layer, 0..1; missing entries are 1
    std::vector<size_t> layer_order;        // MapData layer indices, bottom first; empty: as loaded
    // Per layer, per feature opacity of time-ruled layers while they fade (the app's
    // FeatureFader); null: each feature fully in or out of the window (a still render).
    const std::vector<std::vector<float>>* feature_opacity = nullptr;
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
    // The marker under the point, else the area (area_at).
    PlaceIndex at(float x, float y, float slack = 3) const;
    // Places drawn as their shapes (MapData::areas), in drawing order, in screen pixels: the point
    // inside one of its polygons, or on its line, finds it; the last drawn (smallest) wins.
    struct AreaMark {
        PlaceIndex place;
        uint32_t first_part, end_part;  // into area_parts
        float half_width;               // of its lines
    };
    struct AreaPart {
        uint32_t end;  // into area_points; the part starts where the previous one ends
        bool line;     // a line (a river), else a ring
    };
    std::vector<AreaMark> areas;
    std::vector<AreaPart> area_parts;
    std::vector<geo::XY> area_points;
    PlaceIndex area_at(float x, float y, float slack = 3) const;
    // Markers merged because they would cover each other (render/cluster.hpp): clicking one
    // frames `bounds`, the projected extent of its places.
    struct ClusterMark {
        float x, y, radius;
        uint32_t places;
        geo::Bounds bounds;
        PlaceIndex leader;
    };
    std::vector<ClusterMark> clusters;
    const ClusterMark* cluster_at(float x, float y, float slack = 2) const;
};

struct Scene {
    const MapData* data = nullptr;
    const MapState* state = nullptr;
    Theme theme;
    // Device pixels per layout pixel (high-DPI screens, --scale): line widths, marker sizes and
    // label sizes are multiplied by it, so the map looks the same size at any density.
    float pixel_scale = 1;
    // Screen boxes drawn over the map by someone else (a slide's caption and quotes): labels and
    // the legend keep out of them.
    std::vector<Box> keep_clear{};
    // The view being drawn: layers whose role depends on it (geo::LayerRole) follow it. Set by
    // draw_map; null elsewhere (the layers panel): every layer as if in view.
    const View* view = nullptr;
};

// Whether a layer of this role is drawn in this view: the world base where no detail layer
// covers the view, detail layers only there, a regional pack while its region is in view.
bool role_shown(const MapData& data, geo::LayerRole role, const View& view);


// The pixel scale an output of this size is drawn at when none is asked for: 1 up to 1066x600,
// then growing with the smaller of the two ratios, so a 1920x1080 slide is drawn at 1.8: place
// labels 25 px from ascent to descent, their letters over 20 px from the top of a capital to the
// bottom of a descender, which reads from the back of a room.
float output_scale(int width, int height);

float marker_radius(uint32_t passages);

// A layer's drawing order and opacity under the state (layers panel), and each feature's.
std::vector<size_t> layers_in_order(const MapState& state, size_t layer_count);
void layers_in_order(const MapState& state, size_t layer_count, std::vector<size_t>& order, std::vector<bool>& seen);
float layer_alpha(const Scene& scene, size_t layer);
float feature_alpha(const Scene& scene, size_t layer, size_t feature);

// draw_map's working buffers, kept by a caller that draws every frame (the window): they keep
// their capacity, so a warm frame allocates no vectors of its own.
struct SceneScratch {
    struct Buffers;
    SceneScratch();
    ~SceneScratch();
    SceneScratch(SceneScratch&&) noexcept;
    SceneScratch& operator=(SceneScratch&&) noexcept;
    std::unique_ptr<Buffers> buffers;
};

void draw_map(const Scene& scene, const View& view, const TextMeasure& measure, DrawList& out, MapHits* hits = nullptr,
              SceneScratch* scratch = nullptr);

}  // namespace placeline::render
