// The map scene, drawn back to front: polygon fills, outlines and lines of each layer, corridor
// routes, place markers (largest first so that small ones stay clickable), the selection, and
// finally the labels, placed so that none overlap.
#include "placeline/render/scene.hpp"

#include <algorithm>
#include <cmath>

#include "placeline/render/labels.hpp"
#include "placeline/render/layer_labels.hpp"
#include "placeline/render/time_rule.hpp"

namespace placeline::render {

using geo::XY;

float marker_radius(uint32_t passages) {
    return std::min(4.0f + 2.2f * std::sqrt(static_cast<float>(passages)), 24.0f);
}

PlaceIndex MapHits::at(float x, float y, float slack) const {
    // Of the markers under the point, the one whose centre is nearest relative to its size:
    // a small marker on a big one wins where it is drawn, and of two neighbours the one aimed at.
    PlaceIndex best = no_place;
    float best_score = 1.0f;
    for (const Marker& m : markers) {
        float r = m.radius + slack;
        float score = std::hypot(x - m.x, y - m.y) / r;
        if (score <= best_score) best = m.place, best_score = score;
    }
    return best;
}

std::vector<size_t> layers_in_order(const MapState& state, size_t count) {
    std::vector<size_t> order;
    std::vector<bool> seen(count, false);
    for (size_t li : state.layer_order)
        if (li < count && !seen[li]) order.push_back(li), seen[li] = true;
    // Layers the order does not name yet (just loaded) go on top, in their own order.
    for (size_t li = 0; li < count; ++li)
        if (!seen[li]) order.push_back(li);
    return order;
}

float layer_alpha(const Scene& scene, size_t li) {
    const MapState& st = *scene.state;
    if (li < st.layer_visible.size() && !st.layer_visible[li]) return 0;
    float a = scene.data->layers[li].style.opacity;
    if (li < st.layer_opacity.size()) a *= std::clamp(st.layer_opacity[li], 0.0f, 1.0f);
    return a;
}

float feature_alpha(const Scene& scene, size_t li, size_t fi) {
    const MapLayer& layer = scene.data->layers[li];
    if (layer.validity.empty()) return 1;
    if (const auto* fades = scene.state->feature_opacity)
        if (li < fades->size() && fi < (*fades)[li].size()) return (*fades)[li][fi];
    return validity_opacity(layer.validity, fi, scene.state->window);
}

namespace {

void to_screen(const View& v, const std::vector<XY>& in, std::vector<XY>& out) {
    out.resize(in.size());
    for (size_t i = 0; i < in.size(); ++i) out[i] = v.to_screen(in[i]);
}

void draw_layers(const Scene& scene, const View& view, DrawList& out) {
    const MapData& data = *scene.data;
    const geo::Bounds visible = view.world_bounds();
    std::vector<XY> screen;
    for (size_t li : layers_in_order(*scene.state, data.layers.size())) {
        const float alpha = layer_alpha(scene, li);
        if (alpha <= 0) continue;
        const MapLayer& layer = data.layers[li];
        const LayerStyle& st = layer.style;
        const auto& features = layer.projected.features;
        auto look = [&](size_t fi) { return look_of(st, layer.category.empty() ? -1 : layer.category[fi]); };
        if (st.fill_enabled) {
            for (size_t fi = 0; fi < features.size(); ++fi) {
                const auto& f = features[fi];
                if (f.rings.empty() || !f.bounds.intersects(visible)) continue;
                float a = alpha * feature_alpha(scene, li, fi);
                if (a <= 0) continue;
                out.begin_fill(look(fi).fill.with_alpha(a));
                for (const auto& ring : f.rings) {
                    to_screen(view, ring, screen);
                    out.add_ring(screen.data(), screen.size());
                }
                if (out.want_triangles) {
                    to_screen(view, f.triangles, screen);
                    out.add_fill_triangles(screen.data(), screen.size());
                }
                out.end_fill();
            }
        }
        // Outlines after all fills of the layer, so that neighbours do not cover each other's.
        for (size_t fi = 0; fi < features.size(); ++fi) {
            const auto& f = features[fi];
            if (!f.bounds.intersects(visible)) continue;
            float a = alpha * feature_alpha(scene, li, fi);
            if (a <= 0) continue;
            FeatureLook lk = look(fi);
            Color stroke = lk.stroke.with_alpha(a);
            for (const auto& ring : f.rings) {
                to_screen(view, ring, screen);
                out.add_stroke(screen.data(), screen.size(), true, stroke, lk.width, lk.dash, lk.gap);
            }
            for (const auto& line : f.lines) {
                to_screen(view, line, screen);
                out.add_stroke(screen.data(), screen.size(), false, stroke, lk.width, lk.dash, lk.gap);
            }
        }
    }
}

bool contains(const std::vector<PlaceIndex>& v, PlaceIndex p) { return std::find(v.begin(), v.end(), p) != v.end(); }

}  // namespace

void draw_map(const Scene& scene, const View& view, const TextMeasure& measure, DrawList& out, MapHits* hits) {
    const MapData& data = *scene.data;
    const MapState& state = *scene.state;
    const Theme& theme = scene.theme;
    if (hits) hits->markers.clear();
    draw_layers(scene, view, out);
    if (!data.atlas) {
        draw_layer_labels(scene, view, measure, out, {});
        return;
    }

    // Places with passages in the time window, biggest first.
    thread_local std::vector<PlaceCount> visible;
    data.atlas->places_in(state.window, state.axis, visible);
    const Gazetteer& gaz = data.atlas->gazetteer();

    std::vector<XY> screen;
    for (const PlaceCount& pc : visible) {
        auto it = data.places.find(pc.place);
        if (it == data.places.end() || it->second.line.size() < 2) continue;
        to_screen(view, it->second.line, screen);
        bool selected = pc.place == state.selected || contains(state.highlighted, pc.place);
        const Place& p = gaz.place(pc.place);
        out.add_stroke(screen.data(), screen.size(), false, theme.place_marker_outline, selected ? 7.0f : 5.5f);
        out.add_stroke(screen.data(), screen.size(), false, selected ? theme.selected : theme.corridor,
                       selected ? 4.0f : 3.0f, p.schematic ? 10.0f : 0.0f, p.schematic ? 5.0f : 0.0f);
    }

    struct Shown {
        PlaceIndex place;
        XY at;
        float radius;
        uint32_t passages;
    };
    std::vector<Shown> shown;
    const float w = float(view.width), h = float(view.height);
    for (const PlaceCount& pc : visible) {
        auto it = data.places.find(pc.place);
        if (it == data.places.end()) continue;
        XY s = view.to_screen(it->second.point);
        float r = marker_radius(pc.passages);
        if (s.x < -r || s.y < -r || s.x > w + r || s.y > h + r) continue;
        shown.push_back({pc.place, s, r, pc.passages});
    }
    // Pinned places (a slide's highlights) are shown even without passages in the window.
    for (const auto& [place, xy] : state.pinned) {
        bool already = false;
        for (const Shown& m : shown) already |= m.place == place;
        XY s = view.to_screen(xy);
        float r = marker_radius(0);
        if (already || s.x < -r || s.y < -r || s.x > w + r || s.y > h + r) continue;
        shown.push_back({place, s, r, 0});
    }
    // Biggest first, so that small markers are drawn over them and stay clickable; the selected
    // and highlighted places last of all, so they are never hidden.
    auto emphasis = [&](PlaceIndex p) { return p == state.selected ? 2 : contains(state.highlighted, p) ? 1 : 0; };
    std::stable_sort(shown.begin(), shown.end(), [&](const Shown& a, const Shown& b) {
        int ea = emphasis(a.place), eb = emphasis(b.place);
        if (ea != eb) return ea < eb;
        return a.radius > b.radius;
    });
    for (const Shown& m : shown) {
        bool selected = m.place == state.selected;
        bool highlighted = contains(state.highlighted, m.place);
        out.add_disc(m.at, m.radius + 1.5f, theme.place_marker_outline);
        out.add_disc(m.at, m.radius, selected || highlighted ? theme.selected : theme.place_marker);
        if (selected) out.add_circle(m.at, m.radius + 4.0f, theme.selected, 2.0f);
        if (m.place == state.hovered && !selected) out.add_circle(m.at, m.radius + 3.0f, theme.hover, 2.0f);
        if (hits) hits->markers.push_back({m.place, float(m.at.x), float(m.at.y), m.radius, m.passages});
    }

    // Labels: selection first, then by number of passages.
    std::vector<const Shown*> order;
    for (const Shown& m : shown) order.push_back(&m);
    std::stable_sort(order.begin(), order.end(), [&](const Shown* a, const Shown* b) {
        bool sa = a->place == state.selected || contains(state.highlighted, a->place);
        bool sb = b->place == state.selected || contains(state.highlighted, b->place);
        if (sa != sb) return sa;
        return a->passages > b->passages;
    });
    std::vector<LabelRequest> requests;
    std::vector<std::string> names;  // per label: the user's choice of name, in the time window
    const float size = 14.0f;
    for (size_t i = 0; i < order.size(); ++i) {
        const Shown& m = *order[i];
        auto written = data.most_written.find(m.place);
        names.push_back(label_for(gaz.place(m.place), state.labels, state.window, data.dated_names,
                                  written == data.most_written.end() ? std::string_view() : written->second));
        requests.push_back({float(m.at.x), float(m.at.y), m.radius, measure(names.back(), size), size, int(i)});
    }
    std::vector<PlacedLabel> placed = place_labels(requests, {}, w, h);
    for (const PlacedLabel& pl : placed) {
        const Shown& m = *order[static_cast<size_t>(pl.id)];
        bool selected = m.place == state.selected;
        out.add_text({pl.box.x0, pl.box.y0, size, names[static_cast<size_t>(pl.id)], selected ? theme.selected : theme.label,
                      theme.label_halo});
    }
    std::vector<Box> taken;
    for (const PlacedLabel& pl : placed) taken.push_back(pl.box);
    for (const Shown& m : shown)
        taken.push_back({float(m.at.x) - m.radius, float(m.at.y) - m.radius, float(m.at.x) + m.radius, float(m.at.y) + m.radius});
    draw_layer_labels(scene, view, measure, out, taken);
}

}  // namespace placeline::render
