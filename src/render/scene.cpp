// The map scene, drawn back to front: polygon fills, outlines and lines of each layer, corridor
// routes, place markers (largest first so that small ones stay clickable), the selection, and
// finally the labels, placed so that none overlap.
#include "placeline/render/scene.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

#include "placeline/geo/outlines.hpp"
#include "placeline/render/cluster.hpp"
#include "placeline/render/labels.hpp"
#include "placeline/render/layer_labels.hpp"
#include "placeline/render/legend.hpp"
#include "placeline/render/outline_cover.hpp"
#include "placeline/render/theme.hpp"
#include "placeline/render/time_rule.hpp"

namespace placeline::render {

using geo::XY;

float output_scale(int width, int height) {
    return std::max(1.0f, std::min(float(width) / 1066.0f, float(height) / 600.0f));
}

float marker_radius(uint32_t passages) {
    return std::min(4.0f + 2.2f * std::sqrt(static_cast<float>(passages)), 24.0f);
}

const MapHits::ClusterMark* MapHits::cluster_at(float x, float y, float slack) const {
    for (auto it = clusters.rbegin(); it != clusters.rend(); ++it)
        if (std::hypot(x - it->x, y - it->y) <= it->radius + slack) return &*it;
    return nullptr;
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
    return best != no_place ? best : area_at(x, y, slack);
}

PlaceIndex MapHits::area_at(float x, float y, float slack) const {
    // The last drawn area under the point: the smallest, drawn over the larger ones. Inside a
    // polygon by the even-odd rule over all its rings (holes and islands alike); on a line within
    // its half width and the slack.
    for (auto a = areas.rbegin(); a != areas.rend(); ++a) {
        bool inside = false;
        for (uint32_t pi = a->first_part; pi < a->end_part; ++pi) {
            const uint32_t b = pi ? area_parts[pi - 1].end : 0, e = area_parts[pi].end;
            if (e - b < 2) continue;
            if (area_parts[pi].line) {
                const float reach = a->half_width + slack;
                for (uint32_t k = b + 1; k < e; ++k) {
                    const geo::XY &p = area_points[k - 1], &q = area_points[k];
                    const double dx = q.x - p.x, dy = q.y - p.y, len2 = dx * dx + dy * dy;
                    const double t = len2 > 0 ? std::clamp(((x - p.x) * dx + (y - p.y) * dy) / len2, 0.0, 1.0) : 0.0;
                    if (std::hypot(x - (p.x + t * dx), y - (p.y + t * dy)) <= reach) return a->place;
                }
                continue;
            }
            for (uint32_t k = b, prev = e - 1; k < e; prev = k++) {
                const geo::XY &p = area_points[k], &q = area_points[prev];
                if ((p.y > y) != (q.y > y) && x < (q.x - p.x) * (y - p.y) / (q.y - p.y) + p.x) inside = !inside;
            }
        }
        if (inside) return a->place;
    }
    return no_place;
}

std::vector<size_t> layers_in_order(const MapState& state, size_t count) {
    std::vector<size_t> order;
    std::vector<bool> seen;
    layers_in_order(state, count, order, seen);
    return order;
}

void layers_in_order(const MapState& state, size_t count, std::vector<size_t>& order, std::vector<bool>& seen) {
    order.clear();
    seen.assign(count, false);
    for (size_t li : state.layer_order)
        if (li < count && !seen[li]) order.push_back(li), seen[li] = true;
    // Layers the order does not name yet (just loaded) go on top, in their own order.
    for (size_t li = 0; li < count; ++li)
        if (!seen[li]) order.push_back(li);
}

bool role_shown(const MapData& data, geo::LayerRole role, const View& view) {
    using geo::LayerRole;
    if (role == LayerRole::added) return true;
    const geo::Bounds v = view.world_bounds();
    if (role == LayerRole::regional) {
        // In view, and the view not much wider than the region: a whole-world or continent view
        // of a corpus about elsewhere does not carry the Caucasus's legend.
        const geo::Bounds& r = data.regional_bounds;
        const double extent = std::max({r.width(), r.height(), 100000.0});
        return !r.empty() && r.intersects(v) && v.width() <= 25 * extent;
    }
    // Detail layers (the regional extract, the 1:10m world) where the view lies inside them and is
    // close enough for their detail to show; the world base everywhere else.
    const geo::Bounds& d = data.detail_bounds;
    const bool detail = !d.empty() && v.min_x >= d.min_x && v.max_x <= d.max_x && v.min_y >= d.min_y &&
                        v.max_y <= d.max_y && v.width() <= 8.0e6;
    return role == LayerRole::detail ? detail : !detail;
}

float layer_alpha(const Scene& scene, size_t li) {
    const MapState& st = *scene.state;
    if (li < st.layer_visible.size() && !st.layer_visible[li]) return 0;
    if (scene.view && !role_shown(*scene.data, scene.data->layers[li].source.role, *scene.view)) return 0;
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

void to_screen(const View& v, const XY* in, size_t n, std::vector<XY>& out) {
    out.resize(n);
    for (size_t i = 0; i < n; ++i) out[i] = v.to_screen(in[i]);
}

struct Shown {
    PlaceIndex place;
    XY at;
    float radius;
    uint32_t passages;
};

struct Group {
    XY at;
    float radius;
    uint32_t places, passages;
    geo::Bounds bounds;
    PlaceIndex leader;
};

// A marker or a cluster while clusters are merged again (see draw_map).
struct Item {
    XY at;
    float radius;
    uint32_t passages;
    bool alone;
    std::vector<size_t> members;  // into `shown`, the leader first
};

}  // namespace

struct SceneScratch::Buffers {
    std::vector<size_t> layer_order;
    std::vector<bool> layer_seen;
    std::vector<XY> screen;
    std::vector<PlaceCount> visible;
    std::vector<Box> under_legend, taken;
    std::vector<Shown> shown, alone;
    std::vector<Group> groups;
    // Items are reused in place (their member lists keep their capacity): the first n are live.
    std::vector<Item> items, merged;
    std::vector<ClusterInput> cluster_in;
    ClusterBuffers clusters;
    std::vector<const Shown*> order;
    std::vector<LabelRequest> requests;
    std::vector<std::string> names;
    std::vector<std::pair<float, PlaceCount>> area_order;
};

SceneScratch::SceneScratch() : buffers(std::make_unique<Buffers>()) {}
SceneScratch::~SceneScratch() = default;
SceneScratch::SceneScratch(SceneScratch&&) noexcept = default;
SceneScratch& SceneScratch::operator=(SceneScratch&&) noexcept = default;

namespace {

// Layers at the view's level of detail (geo/projected_layer.hpp), culled by feature bounds: per
// frame only the view transform is applied to cached, simplified shapes.
void draw_layers(const Scene& scene, const View& view, DrawList& out, SceneScratch::Buffers& b) {
    const MapData& data = *scene.data;
    // A few pixels beyond the screen: an outline just outside a feature's box still shows, and a
    // pan that moves kept pixels (sink/canvas) must find every feature drawn at its edge.
    geo::Bounds visible = view.world_bounds();
    const double margin = 6.0 * scene.pixel_scale / view.scale;
    visible.add(visible.min_x - margin, visible.min_y - margin);
    visible.add(visible.max_x + margin, visible.max_y + margin);
    std::vector<XY>& screen = b.screen;
    auto project = [&view](const XY& p) { return view.to_screen(p); };
    using Part = geo::Shapes::Part;
    const float ps = scene.pixel_scale;
    layers_in_order(*scene.state, data.layers.size(), b.layer_order, b.layer_seen);
    for (size_t li : b.layer_order) {
        const float alpha = layer_alpha(scene, li);
        if (alpha <= 0) continue;
        const MapLayer& layer = data.layers[li];
        const LayerStyle& st = layer.style;
        const geo::ProjectedLayer& pl = layer.projected;
        const geo::Shapes& shapes = pl.at_scale(view.scale);
        const geo::FeatureTriangles* tris = out.want_triangles ? &pl.triangles_at_scale(view.scale) : nullptr;
        const size_t features = shapes.feature_count();
        auto look = [&](size_t fi) { return look_of(st, layer.category.empty() ? -1 : layer.category[fi]); };
        if (st.fill_enabled) {
            for (size_t fi = 0; fi < features; ++fi) {
                if (!pl.feature_bounds[fi].intersects(visible)) continue;
                float a = alpha * feature_alpha(scene, li, fi);
                if (a <= 0) continue;
                out.begin_fill(themed(scene.theme, look(fi).fill).with_alpha(a));
                for (uint32_t i = shapes.feature_begin(fi); i < shapes.feature_end[fi]; ++i) {
                    if (shapes.part_kind[i] != Part::outer && shapes.part_kind[i] != Part::hole) continue;
                    out.add_ring(shapes.part_points(i), shapes.part_size(i), project);
                }
                if (tris) {
                    uint32_t t0 = tris->feature_begin(fi);
                    to_screen(view, tris->points.data() + t0, tris->feature_end[fi] - t0, screen);
                    out.add_fill_triangles(screen.data(), screen.size());
                }
                out.end_fill();
            }
        }
        // Point features (a GeoPackage's or a PostGIS table's places): a small disc each in the
        // stroke colour, drawn with the layer, under the corpus's own markers.
        for (size_t fi = 0; fi < features; ++fi) {
            if (!pl.feature_bounds[fi].intersects(visible)) continue;
            bool has_points = false;
            for (uint32_t i = shapes.feature_begin(fi); i < shapes.feature_end[fi]; ++i)
                has_points |= shapes.part_kind[i] == Part::points;
            if (!has_points) continue;
            const float a = alpha * feature_alpha(scene, li, fi);
            if (a <= 0) continue;
            const FeatureLook lk = look(fi);
            const Color c = themed(scene.theme, lk.stroke).with_alpha(a);
            const float radius = std::max(2.5f, 1.5f * lk.width) * ps;
            for (uint32_t i = shapes.feature_begin(fi); i < shapes.feature_end[fi]; ++i) {
                if (shapes.part_kind[i] != Part::points) continue;
                const XY* p = shapes.part_points(i);
                for (uint32_t k = 0; k < shapes.part_size(i); ++k) out.add_disc(view.to_screen(p[k]), radius, c);
            }
        }
        // Outlines after all fills of the layer, so that neighbours do not cover each other's.
        // A layer drawn alike throughout strokes each shared border once (geo/outlines.hpp).
        const geo::Outlines* outlines =
            layer.category.empty() && layer.validity.empty() ? pl.outlines_at_scale(view.scale) : nullptr;
        if (outlines) {
            const FeatureLook lk = look_of(st, -1);
            const Color stroke = themed(scene.theme, lk.stroke).with_alpha(alpha);
            const bool covered_too = !cover_draws(scene, li);
            auto stroke_parts = [&](const geo::Shapes& parts, size_t fi) {
                for (uint32_t i = parts.feature_begin(fi); i < parts.feature_end[fi]; ++i) {
                    const bool closed = parts.part_kind[i] != Part::line;
                    if (lk.gap <= 0) {
                        out.add_solid_stroke(parts.part_points(i), parts.part_size(i), project, closed, stroke, lk.width * ps);
                        continue;
                    }
                    to_screen(view, parts.part_points(i), parts.part_size(i), screen);
                    out.add_stroke(screen.data(), screen.size(), closed, stroke, lk.width * ps, lk.dash * ps, lk.gap * ps);
                }
            };
            for (size_t fi = 0; fi < features; ++fi) {
                if (!pl.feature_bounds[fi].intersects(visible)) continue;
                stroke_parts(outlines->own, fi);
                if (covered_too) stroke_parts(outlines->covered, fi);
            }
            continue;
        }
        for (size_t fi = 0; fi < features; ++fi) {
            if (!pl.feature_bounds[fi].intersects(visible)) continue;
            float a = alpha * feature_alpha(scene, li, fi);
            if (a <= 0) continue;
            FeatureLook lk = look(fi);
            Color stroke = themed(scene.theme, lk.stroke).with_alpha(a);
            for (uint32_t i = shapes.feature_begin(fi); i < shapes.feature_end[fi]; ++i) {
                if (shapes.part_kind[i] == Part::points) continue;
                to_screen(view, shapes.part_points(i), shapes.part_size(i), screen);
                out.add_stroke(screen.data(), screen.size(), shapes.part_kind[i] != Part::line, stroke, lk.width * ps,
                               lk.dash * ps, lk.gap * ps);
            }
        }
    }
}

// Everything the layers' pixels depend on except the view's position: the data, the zoom (which
// also picks the level of detail), the screen size, the pixel scale, the palette, and each layer's
// order and opacity with, for time-ruled layers, every feature's (time window and fades).
uint64_t base_map_key(const Scene& scene, const View& view, SceneScratch::Buffers& b) {
    uint64_t h = 0x9e3779b97f4a7c15ull;
    auto mix = [&](uint64_t v) {
        h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
        h *= 0xff51afd7ed558ccdull;
    };
    auto real = [&](double d) {
        uint64_t v;
        std::memcpy(&v, &d, sizeof v);
        mix(v);
    };
    mix(reinterpret_cast<uintptr_t>(scene.data));
    real(view.scale), mix(uint64_t(view.width) << 32 | uint32_t(view.height)), real(scene.pixel_scale);
    mix(scene.theme.invert_layers);
    layers_in_order(*scene.state, scene.data->layers.size(), b.layer_order, b.layer_seen);
    for (size_t li : b.layer_order) {
        mix(li), real(layer_alpha(scene, li));
        const MapLayer& layer = scene.data->layers[li];
        if (!layer.validity.empty())
            for (size_t fi = 0; fi < layer.validity.size(); ++fi) real(feature_alpha(scene, li, fi));
    }
    return h | 1;  // never 0, which means "unknown"
}

// Countries and regions are drawn as symbols of an area, not as dense points: never clustered.
bool is_area(PlaceKind k) {
    return k == PlaceKind::country || k == PlaceKind::continent || k == PlaceKind::region || k == PlaceKind::admin1;
}

bool contains(const std::vector<PlaceIndex>& v, PlaceIndex p) { return std::find(v.begin(), v.end(), p) != v.end(); }

// Areas as areas: a mentioned place with its own shape (MapData::areas: a country, a division,
// a sea, a river) is drawn as it, at the view's level of detail like the layers, more opaque the
// more passages in the window name it; selected and hovered in the markers' colours. Larger
// shapes first, so a division stays visible over its country. The shapes go to `hits` in screen
// pixels, for hover and click inside them.
void draw_areas(const Scene& scene, const View& view, const std::vector<PlaceCount>& visible, DrawList& out,
                std::vector<XY>& screen, std::vector<std::pair<float, PlaceCount>>& order, MapHits* hits) {
    const MapData& data = *scene.data;
    const MapState& state = *scene.state;
    if (data.area_place.empty()) return;
    const float ps = scene.pixel_scale;
    geo::Bounds on_screen = view.world_bounds();
    const double margin = 6.0 * ps / view.scale;
    on_screen.add(on_screen.min_x - margin, on_screen.min_y - margin);
    on_screen.add(on_screen.max_x + margin, on_screen.max_y + margin);
    const geo::ProjectedLayer& pl = data.areas;
    order.clear();
    uint32_t most = 1;
    for (const PlaceCount& pc : visible) {
        auto it = data.area_of.find(pc.place);
        if (it == data.area_of.end()) continue;
        const geo::Bounds& fb = pl.feature_bounds[it->second];
        if (!fb.intersects(on_screen)) continue;
        most = std::max(most, pc.passages);
        order.push_back({float(fb.width() * fb.height()), pc});
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    const geo::Shapes& shapes = pl.at_scale(view.scale);
    auto project = [&view](const XY& p) { return view.to_screen(p); };
    using Part = geo::Shapes::Part;
    for (const auto& [size, pc] : order) {
        const uint32_t fi = data.area_of.at(pc.place);
        const bool selected = pc.place == state.selected || contains(state.highlighted, pc.place);
        const bool hovered = pc.place == state.hovered;
        const float share = std::sqrt(float(pc.passages) / float(most));
        const Color tint = selected  ? scene.theme.selected.with_alpha(0.45f)
                           : hovered ? scene.theme.hover.with_alpha(0.4f)
                                     : scene.theme.place_marker.with_alpha(0.10f + 0.25f * share);
        const uint32_t p0 = shapes.feature_begin(fi), p1 = shapes.feature_end[fi];
        bool has_rings = false;
        for (uint32_t i = p0; i < p1; ++i) has_rings |= shapes.part_kind[i] == Part::outer;
        if (has_rings) {
            out.begin_fill(tint);
            for (uint32_t i = p0; i < p1; ++i)
                if (shapes.part_kind[i] == Part::outer || shapes.part_kind[i] == Part::hole)
                    out.add_ring(shapes.part_points(i), shapes.part_size(i), project);
            if (out.want_triangles) {
                const geo::FeatureTriangles& tris = pl.triangles_at_scale(view.scale);
                uint32_t t0 = tris.feature_begin(fi);
                to_screen(view, tris.points.data() + t0, tris.feature_end[fi] - t0, screen);
                out.add_fill_triangles(screen.data(), screen.size());
            }
            out.end_fill();
        }
        // A river is its line, wider and more opaque the more it is named; the selected or hovered
        // area's edge is drawn in its colour, so it reads as chosen even where it is pale.
        const float line_width = (2.0f + 2.5f * share) * ps;
        const Color line = selected ? scene.theme.selected
                           : hovered ? scene.theme.hover
                                     : scene.theme.place_marker.with_alpha(0.55f + 0.4f * share);
        for (uint32_t i = p0; i < p1; ++i) {
            const Part k = shapes.part_kind[i];
            if (k == Part::line) out.add_solid_stroke(shapes.part_points(i), shapes.part_size(i), project, false, line, line_width);
            else if ((selected || hovered) && (k == Part::outer || k == Part::hole))
                out.add_solid_stroke(shapes.part_points(i), shapes.part_size(i), project, true, line, 2.0f * ps);
        }
        if (!hits) continue;
        hits->areas.push_back({pc.place, uint32_t(hits->area_parts.size()), 0, line_width / 2});
        for (uint32_t i = p0; i < p1; ++i) {
            const Part k = shapes.part_kind[i];
            if (k == Part::points) continue;
            for (uint32_t j = 0; j < shapes.part_size(i); ++j) hits->area_points.push_back(view.to_screen(shapes.part_points(i)[j]));
            hits->area_parts.push_back({uint32_t(hits->area_points.size()), k == Part::line});
        }
        hits->areas.back().end_part = uint32_t(hits->area_parts.size());
    }
}

}  // namespace

void draw_map(const Scene& scene_in, const View& view, const TextMeasure& measure, DrawList& out, MapHits* hits,
              SceneScratch* scratch) {
    Scene scene = scene_in;
    scene.view = &view;
    std::optional<SceneScratch> own;
    if (!scratch) scratch = &own.emplace();
    SceneScratch::Buffers& b = *scratch->buffers;
    const MapData& data = *scene.data;
    const MapState& state = *scene.state;
    const Theme& theme = scene.theme;
    const float ps = scene.pixel_scale;
    if (hits) {
        hits->markers.clear(), hits->clusters.clear();
        hits->areas.clear(), hits->area_parts.clear(), hits->area_points.clear();
    }
    const bool empty_before = out.commands.empty();
    draw_layers(scene, view, out, b);
    if (empty_before) {
        out.base_commands = static_cast<uint32_t>(out.commands.size());
        out.base_key = base_map_key(scene, view, b);
        out.base_origin = view.to_screen({0, 0});
    }
    // The legend goes over everything; labels keep out of its box.
    const Legend legend = layout_legend(scene, view, measure);
    std::vector<Box>& under_legend = b.under_legend;
    under_legend.assign(scene.keep_clear.begin(), scene.keep_clear.end());
    if (!legend.entries.empty()) under_legend.push_back(legend.box);
    if (!data.atlas) {
        draw_layer_labels(scene, view, measure, out, under_legend);
        draw_legend(scene, legend, out);
        return;
    }

    // Places with passages in the time window, biggest first.
    std::vector<PlaceCount>& visible = b.visible;
    data.atlas->places_in(state.window, state.axis, visible);
    const Gazetteer& gaz = data.atlas->gazetteer();

    std::vector<XY>& screen = b.screen;
    draw_areas(scene, view, visible, out, screen, b.area_order, hits);
    for (const PlaceCount& pc : visible) {
        auto it = data.places.find(pc.place);
        if (it == data.places.end() || it->second.line.size() < 2) continue;
        to_screen(view, it->second.line, screen);
        // A highlighted route keeps the corridor colour the legend shows, drawn wider; only the
        // place the user clicked turns to the selection colour.
        const bool selected = pc.place == state.selected;
        const bool wide = selected || contains(state.highlighted, pc.place);
        const Place& p = gaz.place(pc.place);
        out.add_stroke(screen.data(), screen.size(), false, theme.place_marker_outline, (wide ? 7.5f : 5.5f) * ps);
        out.add_stroke(screen.data(), screen.size(), false, selected ? theme.selected : theme.corridor,
                       (wide ? 4.5f : 3.0f) * ps, (p.schematic ? 10.0f : 0.0f) * ps, (p.schematic ? 5.0f : 0.0f) * ps);
    }

    std::vector<Shown>& shown = b.shown;
    shown.clear();
    const float w = float(view.width), h = float(view.height);
    for (const PlaceCount& pc : visible) {
        auto it = data.places.find(pc.place);
        if (it == data.places.end()) continue;
        XY s = view.to_screen(it->second.point);
        // An area drawn as its shape keeps only a small marker (where its label goes): the shape
        // and its tint show its weight, not a disc the size of its passages.
        float r = (data.is_drawn_area(pc.place) ? marker_radius(0) : marker_radius(pc.passages)) * ps;
        if (s.x < -r || s.y < -r || s.x > w + r || s.y > h + r) continue;
        shown.push_back({pc.place, s, r, pc.passages});
    }
    // Pinned places (a slide's highlights) are shown even without passages in the window.
    for (const auto& [place, xy] : state.pinned) {
        bool already = false;
        for (const Shown& m : shown) already |= m.place == place;
        XY s = view.to_screen(xy);
        float r = marker_radius(0) * ps;
        if (already || s.x < -r || s.y < -r || s.x > w + r || s.y > h + r) continue;
        shown.push_back({place, s, r, 0});
    }
    // Markers that would cover each other merge into clusters (render/cluster.hpp); the selected
    // and highlighted places are never merged, so the selection shows at every zoom.
    auto emphasis = [&](PlaceIndex p) { return p == state.selected ? 2 : contains(state.highlighted, p) ? 1 : 0; };
    std::vector<Group>& groups = b.groups;
    groups.clear();
    {
        // A cluster's disc is larger than its members', so it may now cover a neighbour: cluster
        // the clusters again until nothing merges (a few rounds at most). Items are reused in
        // place: the first n_items (n_merged) entries are live.
        auto slot = [](std::vector<Item>& v, size_t i) -> Item& {
            if (v.size() <= i) v.emplace_back();
            return v[i];
        };
        size_t n_items = 0;
        for (size_t i = 0; i < shown.size(); ++i) {
            Item& it = slot(b.items, n_items++);
            it.at = shown[i].at, it.radius = shown[i].radius, it.passages = shown[i].passages;
            it.alone = emphasis(shown[i].place) > 0 || is_area(gaz.place(shown[i].place).kind);
            it.members.clear();
            it.members.push_back(i);
        }
        for (int round = 0; round < 4; ++round) {
            b.cluster_in.clear();
            for (size_t i = 0; i < n_items; ++i) {
                const Item& it = b.items[i];
                b.cluster_in.push_back({float(it.at.x), float(it.at.y), it.radius, float(it.passages), it.alone});
            }
            cluster_markers(b.cluster_in, 0, b.clusters);
            if (b.clusters.count == n_items) break;
            size_t n_merged = 0;
            for (size_t ci = 0; ci < b.clusters.count; ++ci) {
                const Cluster& c = b.clusters.clusters[ci];
                const Item& lead = b.items[c.members[0]];
                Item& m = slot(b.merged, n_merged++);
                m.at = lead.at, m.radius = lead.radius, m.passages = lead.passages, m.alone = lead.alone;
                m.members.assign(lead.members.begin(), lead.members.end());
                for (size_t k = 1; k < c.members.size(); ++k) {
                    const Item& other = b.items[c.members[k]];
                    m.passages += other.passages;
                    m.members.insert(m.members.end(), other.members.begin(), other.members.end());
                }
                if (m.members.size() > 1) m.radius = std::max(marker_radius(m.passages) * ps, 11.0f * ps);
            }
            std::swap(b.items, b.merged);
            n_items = n_merged;
        }
        std::vector<Shown>& alone = b.alone;
        alone.clear();
        for (size_t ii = 0; ii < n_items; ++ii) {
            const Item& it = b.items[ii];
            if (it.members.size() == 1) {
                alone.push_back(shown[it.members[0]]);
                continue;
            }
            Group g{it.at, it.radius, uint32_t(it.members.size()), it.passages, {}, shown[it.members[0]].place};
            for (size_t i : it.members) {
                auto found = data.places.find(shown[i].place);
                geo::XY w = found != data.places.end() ? found->second.point : view.to_world(shown[i].at.x, shown[i].at.y);
                g.bounds.add(w.x, w.y);
            }
            groups.push_back(g);
        }
        std::swap(shown, alone);
    }
    const float count_size = 12.0f * ps;
    // A cluster's count is text, drawn over every disc: under a highlighted place's marker it
    // would read as that place's number, so it is left out there (the disc still shows).
    auto count_hidden = [&](const Group& g) {
        for (const Shown& m : shown)
            if (emphasis(m.place) > 0 && std::hypot(m.at.x - g.at.x, m.at.y - g.at.y) < m.radius + count_size * 0.6f)
                return true;
        return false;
    };
    auto draw_clusters = [&] {
        for (const Group& g : groups) {
            out.add_disc(g.at, g.radius + 2.0f * ps, theme.place_marker_outline);
            out.add_disc(g.at, g.radius, theme.place_marker);
            out.add_circle(g.at, g.radius - 2.5f * ps, theme.place_marker_outline.with_alpha(0.7f), 1.2f * ps);
            if (!count_hidden(g)) {
                std::string count = std::to_string(g.places);
                float tw = measure(count, count_size);
                out.add_text({float(g.at.x) - tw / 2, float(g.at.y) - count_size * 0.55f, count_size, count,
                              {255, 255, 255}, {0, 0, 0, 0}});
            }
            if (hits) {
                hits->clusters.push_back({float(g.at.x), float(g.at.y), g.radius, g.places, g.bounds, g.leader});
                // The leader answers hover and click like a marker of its own (the click also zooms in).
                hits->markers.push_back({g.leader, float(g.at.x), float(g.at.y), g.radius, g.passages});
            }
        }
    };
    // Drawing order: countries and regions (large symbols of areas) first, then clusters (their
    // counts must stay readable), then places biggest first, so that small markers are drawn over
    // big ones and stay clickable; the selected and highlighted places last, never hidden.
    auto rank = [&](const Shown& m) {
        int e = emphasis(m.place);
        return e ? 1 + e : is_area(gaz.place(m.place).kind) ? 0 : 1;
    };
    std::stable_sort(shown.begin(), shown.end(), [&](const Shown& a, const Shown& b) {
        int ra = rank(a), rb = rank(b);
        if (ra != rb) return ra < rb;
        return a.radius > b.radius;
    });
    bool clusters_drawn = false;
    for (const Shown& m : shown) {
        if (!clusters_drawn && rank(m) > 0) draw_clusters(), clusters_drawn = true;
        bool selected = m.place == state.selected;
        bool highlighted = contains(state.highlighted, m.place);
        out.add_disc(m.at, m.radius + 1.5f * ps, theme.place_marker_outline);
        out.add_disc(m.at, m.radius, selected || highlighted ? theme.selected : theme.place_marker);
        if (selected) out.add_circle(m.at, m.radius + 4.0f * ps, theme.selected, 2.0f * ps);
        if (m.place == state.hovered && !selected) out.add_circle(m.at, m.radius + 3.0f * ps, theme.hover, 2.0f * ps);
        if (hits) hits->markers.push_back({m.place, float(m.at.x), float(m.at.y), m.radius, m.passages});
    }
    if (!clusters_drawn) draw_clusters();
    // Clusters are labelled with their leading place, as a marker of their size would be.
    for (const Group& g : groups) shown.push_back({g.leader, g.at, g.radius, g.passages});

    // Labels: selection first, then by number of passages.
    std::vector<const Shown*>& order = b.order;
    order.clear();
    for (const Shown& m : shown) order.push_back(&m);
    std::stable_sort(order.begin(), order.end(), [&](const Shown* a, const Shown* b) {
        bool sa = a->place == state.selected || contains(state.highlighted, a->place);
        bool sb = b->place == state.selected || contains(state.highlighted, b->place);
        if (sa != sb) return sa;
        return a->passages > b->passages;
    });
    std::vector<LabelRequest>& requests = b.requests;
    requests.clear();
    // Per label: the user's choice of name, in the time window; strings reused in place.
    std::vector<std::string>& names = b.names;
    if (names.size() < order.size()) names.resize(order.size());
    const float size = 14.0f * ps;
    for (size_t i = 0; i < order.size(); ++i) {
        const Shown& m = *order[i];
        auto written = data.most_written.find(m.place);
        names[i] = label_for(gaz.place(m.place), state.labels, state.window, data.dated_names,
                             written == data.most_written.end() ? std::string_view() : written->second);
        requests.push_back({float(m.at.x), float(m.at.y), m.radius, measure(names[i], size), size, int(i)});
    }
    std::vector<PlacedLabel> placed = place_labels(requests, under_legend, w, h);
    for (const PlacedLabel& pl : placed) {
        const Shown& m = *order[static_cast<size_t>(pl.id)];
        bool selected = m.place == state.selected;
        out.add_text({pl.box.x0, pl.box.y0, size, names[static_cast<size_t>(pl.id)], selected ? theme.selected : theme.label,
                      theme.label_halo});
    }
    std::vector<Box>& taken = b.taken;
    taken.assign(under_legend.begin(), under_legend.end());
    for (const PlacedLabel& pl : placed) taken.push_back(pl.box);
    for (const Shown& m : shown)
        taken.push_back({float(m.at.x) - m.radius, float(m.at.y) - m.radius, float(m.at.x) + m.radius, float(m.at.y) + m.radius});
    draw_layer_labels(scene, view, measure, out, taken);
    draw_legend(scene, legend, out);
}

}  // namespace placeline::render
