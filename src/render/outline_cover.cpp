#include "placeline/render/outline_cover.hpp"

#include <atomic>
#include <optional>

#include "placeline/geo/outlines.hpp"
#include "placeline/base/on_cores.hpp"
#include "placeline/render/map_data.hpp"
#include "placeline/render/scene.hpp"

namespace placeline::render {

namespace {

bool has_rings(const geo::Shapes& s) {
    for (geo::Shapes::Part k : s.part_kind)
        if (k == geo::Shapes::Part::outer) return true;
    return false;
}

// One stroke for every feature, always there: what covering and being covered both need.
bool drawn_alike(const MapLayer& l) { return l.category.empty() && l.validity.empty(); }

bool may_cover(const MapLayer& cover, const MapLayer& layer) {
    const LayerStyle &c = cover.style, &s = layer.style;
    return drawn_alike(cover) && c.stroke.a == 255 && c.gap <= 0 && c.stroke_width > s.stroke_width;
}

}  // namespace

void build_layer_outlines(std::vector<MapLayer>& layers) {
    std::vector<bool> outlined(layers.size());
    for (size_t li = 0; li < layers.size(); ++li)
        outlined[li] = drawn_alike(layers[li]) && has_rings(layers[li].projected.full);
    // The segments of every layer that may cover another, once.
    std::vector<std::optional<geo::SegmentKeys>> keys(layers.size());
    for (size_t ci = 0; ci < layers.size(); ++ci) {
        bool wanted = false;
        for (size_t li = 0; li < layers.size(); ++li)
            wanted = wanted || (li != ci && outlined[li] && outlined[ci] && may_cover(layers[ci], layers[li]));
        if (wanted) keys[ci] = geo::segment_keys(layers[ci].projected.full);
    }
    std::vector<int> cover(layers.size(), -1);
    for (size_t li = 0; li < layers.size(); ++li) {
        if (!outlined[li]) continue;
        const geo::Shapes& full = layers[li].projected.full;
        size_t best = full.points.size() / 10;
        for (size_t ci = 0; ci < layers.size(); ++ci) {
            if (ci == li || !keys[ci] || !may_cover(layers[ci], layers[li])) continue;
            const size_t shared = geo::shared_segments(full, *keys[ci]);
            if (shared > best) best = shared, cover[li] = int(ci);
        }
    }
    // Layers are independent here too: one thread each, as many as there are cores.
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t li; (li = next.fetch_add(1)) < layers.size();) {
            if (!outlined[li]) continue;
            const geo::SegmentKeys* c = cover[li] >= 0 ? &*keys[size_t(cover[li])] : nullptr;
            layers[li].projected.set_outlines(geo::build_outlines(layers[li].projected.full, c));
            layers[li].outline_cover = cover[li];
        }
    };
    run_on_cores(layers.size(), worker);
}

bool cover_draws(const Scene& scene, size_t li) {
    const MapLayer& layer = scene.data->layers[li];
    if (layer.outline_cover < 0) return false;
    const auto ci = size_t(layer.outline_cover);
    return layer_alpha(scene, ci) >= 0.999f && may_cover(scene.data->layers[ci], layer);
}

}  // namespace placeline::render
