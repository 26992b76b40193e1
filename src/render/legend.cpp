#include "placeline/render/legend.hpp"

#include <algorithm>

#include "placeline/render/labels.hpp"
#include "placeline/render/theme.hpp"

namespace placeline::render {

std::vector<LegendEntry> legend_entries(const Scene& scene) {
    std::vector<LegendEntry> out;
    const MapData& data = *scene.data;
    std::vector<size_t> order = layers_in_order(*scene.state, data.layers.size());
    // Top layer first, as a reader scans the map.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        size_t li = *it;
        const MapLayer& layer = data.layers[li];
        const LayerStyle& st = layer.style;
        if (!st.from_file || !st.legend || layer_alpha(scene, li) <= 0) continue;
        bool area = st.fill_enabled;
        bool any = false;
        std::vector<bool> shown(st.categories.size() + 1, false);  // the last: the layer's own look
        for (size_t fi = 0; fi < layer.source.features.size(); ++fi) {
            if (feature_alpha(scene, li, fi) <= 0) continue;
            any = true;
            int c = layer.category.empty() ? -1 : layer.category[fi];
            shown[c < 0 ? st.categories.size() : size_t(c)] = true;
            area = area && layer.source.features[fi].type == geo::GeometryType::polygon;
        }
        if (!any) continue;
        bool own_look_shown = shown[st.categories.size()];
        out.push_back({st.title.empty() ? layer.source.name : st.title, look_of(st, -1), area, false,
                       st.categories.empty() || own_look_shown});
        if (st.categories.empty()) continue;
        for (size_t c = 0; c < st.categories.size(); ++c)
            if (shown[c])
                out.push_back({st.categories[c].value.empty() ? "other" : st.categories[c].value, look_of(st, int(c)),
                               area, true});
    }
    return out;
}

void draw_swatch(DrawList& out, const FeatureLook& look, bool area, float x0, float y0, float x1, float y1) {
    if (area) {
        out.add_rect(x0, y0, x1, y1, look.fill);
        geo::XY box[] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
        out.add_stroke(box, 4, true, look.stroke, std::min(look.width, 2.0f));
        return;
    }
    float y = (y0 + y1) / 2;
    geo::XY line[] = {{x0, y}, {x1, y}};
    // Dashes scaled down to fit a few in the sample.
    float k = look.dash + look.gap > 0 ? std::min(1.0f, (x1 - x0) / (3 * (look.dash + look.gap))) : 1.0f;
    out.add_stroke(line, 2, false, look.stroke, std::min(look.width, 5.0f), look.dash * k, look.gap * k);
}

namespace {

// Layout pixels, times the scene's pixel scale.
constexpr float base_text_size = 13, base_row = 19, base_swatch = 28, base_pad = 8, base_indent = 14;

}  // namespace

Legend layout_legend(const Scene& scene, const View& view, const TextMeasure& measure) {
    Legend l;
    std::vector<LegendEntry>& entries = l.entries = legend_entries(scene);
    if (entries.empty() || view.width < 200 || view.height < 120) {
        entries.clear();
        return l;
    }
    const float ps = scene.pixel_scale;
    const float text_size = base_text_size * ps, row = base_row * ps, swatch = base_swatch * ps, pad = base_pad * ps,
                indent = base_indent * ps;
    // At most the top 60 % of the view: many styled layers must not hide the map.
    size_t fits = size_t(std::max(1.0f, (view.height * 0.6f - 2 * pad) / row));
    if (entries.size() > fits) {
        entries.resize(fits);
        entries.back() = {"…", {}, false, false, false};
    }
    float width = 0;
    for (const LegendEntry& e : entries) width = std::max(width, (e.category ? indent : 0) + swatch + 6 * ps + measure(e.text, text_size));
    const float x0 = 10 * ps, y0 = 10 * ps;
    l.box = {x0, y0, x0 + width + 2 * pad, y0 + row * float(entries.size()) + 2 * pad - 4};
    return l;
}

void draw_legend(const Scene& scene, const Legend& l, DrawList& out) {
    if (l.entries.empty()) return;
    const Box& box = l.box;
    const float x0 = box.x0, y0 = box.y0;
    const bool dark = scene.theme.invert_layers;
    const float ps = scene.pixel_scale;
    const float text_size = base_text_size * ps, row = base_row * ps, swatch = base_swatch * ps, pad = base_pad * ps,
                indent = base_indent * ps;
    out.add_rect(box.x0, box.y0, box.x1, box.y1, dark ? Color{16, 20, 28, 215} : Color{255, 255, 255, 215});
    float y = y0 + pad;
    for (const LegendEntry& e : l.entries) {
        float x = x0 + pad + (e.category ? indent : 0);
        if (e.swatch) {
            FeatureLook look = e.look;  // as the map draws it (render/theme.hpp)
            look.fill = themed(scene.theme, look.fill), look.stroke = themed(scene.theme, look.stroke);
            look.width *= ps, look.dash *= ps, look.gap *= ps;
            draw_swatch(out, look, e.area, x, y + 3 * ps, x + swatch, y + row - 6 * ps);
        }
        Color ink = dark ? (e.category ? Color{175, 178, 185} : Color{225, 227, 232})
                         : (e.category ? Color{80, 80, 80} : Color{33, 33, 33});
        out.add_text({x + swatch + 6 * ps, y, text_size, e.text, ink, {255, 255, 255, 0}});
        y += row;
    }
}

}  // namespace placeline::render
