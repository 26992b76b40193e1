#include "placeline/render/layer_labels.hpp"

#include <cmath>
#include <map>

namespace placeline::render {

namespace {

struct Anchor {
    geo::XY at;
    double extent = -1;  // screen size of what it labels: the biggest wins
};

double path_length(const geo::XY* pts, size_t n, double scale) {
    double len = 0;
    for (size_t i = 1; i < n; ++i) len += std::hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
    return len * scale;
}

// A world point to write the feature's name at: a line's middle vertex, a polygon's box centre
// (cheap; good enough for the compact shapes labels are asked for), a point itself.
Anchor anchor_of(const geo::ProjectedLayer& layer, size_t fi, double scale) {
    const geo::Shapes& s = layer.at_scale(scale);
    const geo::Bounds& b = layer.feature_bounds[fi];
    Anchor a;
    bool rings = false;
    const geo::XY* point = nullptr;
    for (uint32_t i = s.feature_begin(fi); i < s.feature_end[fi]; ++i) {
        const geo::XY* p = s.part_points(i);
        const size_t n = s.part_size(i);
        switch (s.part_kind[i]) {
            case geo::Shapes::Part::line:
                if (double len = path_length(p, n, scale); n >= 2 && len > a.extent) a = {p[n / 2], len};
                break;
            case geo::Shapes::Part::points:
                if (!point && n) point = p;
                break;
            default:
                rings = true;
        }
    }
    if (a.extent < 0 && rings)
        a = {{(b.min_x + b.max_x) / 2, (b.min_y + b.max_y) / 2}, std::max(b.width(), b.height()) * scale};
    if (a.extent < 0 && point) a = {*point, 0};
    return a;
}

}  // namespace

void draw_layer_labels(const Scene& scene, const View& view, const TextMeasure& measure, DrawList& out,
                       const std::vector<Box>& obstacles) {
    const MapData& data = *scene.data;
    const geo::Bounds visible = view.world_bounds();
    struct Pending {
        std::string text;
        float size;
        Color color;
    };
    std::vector<LabelRequest> requests;
    std::vector<Pending> pending;
    // The top layer's labels first: it is the one drawn over the others.
    std::vector<size_t> order = layers_in_order(*scene.state, data.layers.size());
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        size_t li = *it;
        const MapLayer& layer = data.layers[li];
        const LayerStyle& st = layer.style;
        if (st.label_field.empty() || layer_alpha(scene, li) <= 0) continue;
        std::map<std::string, Anchor> best;
        std::map<std::string, size_t> best_feature;
        for (size_t fi = 0; fi < layer.projected.feature_bounds.size(); ++fi) {
            // Labels do not fade: a feature's label shows once it is more than half in.
            if (!layer.projected.feature_bounds[fi].intersects(visible) || feature_alpha(scene, li, fi) < 0.5f) continue;
            const std::string* text = layer.source.features[fi].attribute(st.label_field);
            if (!text || text->empty()) continue;
            Anchor a = anchor_of(layer.projected, fi, view.scale);
            if (a.extent > best[*text].extent) best[*text] = a, best_feature[*text] = fi;
        }
        for (const auto& [text, a] : best) {
            if (a.extent < 0) continue;
            geo::XY s = view.to_screen(a.at);
            size_t fi = best_feature[text];
            FeatureLook look = look_of(st, layer.category.empty() ? -1 : layer.category[fi]);
            const float size = st.label_size * scene.pixel_scale;
            requests.push_back({float(s.x), float(s.y), 3.0f * scene.pixel_scale, measure(text, size), size,
                                int(pending.size())});
            pending.push_back({text, size, look.stroke});
        }
    }
    for (const PlacedLabel& pl : place_labels(requests, obstacles, float(view.width), float(view.height))) {
        const Pending& p = pending[size_t(pl.id)];
        // The layer's colour, darkened so that text stays legible on its halo.
        Color ink{uint8_t(p.color.r * 0.7), uint8_t(p.color.g * 0.7), uint8_t(p.color.b * 0.7), 255};
        out.add_text({pl.box.x0, pl.box.y0, p.size, p.text, ink, scene.theme.label_halo});
    }
}

}  // namespace placeline::render
