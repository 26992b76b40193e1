// Regions leave the borders they share with their country to the country's wider line, but only
// while that line is drawn.
#include <doctest/doctest.h>

#include "placeline/render/map_data.hpp"
#include "placeline/render/outline_cover.hpp"
#include "placeline/render/scene.hpp"

using namespace placeline;
using namespace placeline::render;

namespace {

MapLayer polygon_layer(const std::string& name, std::vector<std::vector<geo::XY>> rings, float width, Color stroke) {
    MapLayer l;
    l.source.name = name;
    for (const auto& r : rings) {
        l.projected.full.add_part(geo::Shapes::Part::outer, r.data(), r.size());
        l.projected.full.end_feature();
        geo::Bounds b;
        for (const geo::XY& p : r) b.add(p.x, p.y);
        l.projected.feature_bounds.push_back(b);
        l.projected.bounds.add(b);
        l.source.features.emplace_back();
    }
    l.style.fill_enabled = false;
    l.style.stroke = stroke;
    l.style.stroke_width = width;
    l.style.legend = false;
    return l;
}

// Segments the draw list strokes in `color` (rings keep their closing point).
size_t stroked(const DrawList& list, Color color) {
    size_t n = 0;
    for (const DrawCommand& c : list.commands)
        if (c.kind == DrawKind::stroke && c.color == color) n += c.range.count - 1;
    return n;
}

}  // namespace

TEST_CASE("regions' borders with their country are drawn by the country while it shows, by themselves when not") {
    const Color grey{176, 168, 156}, dark{112, 104, 96};
    MapData data;
    data.layers.push_back(polygon_layer("countries", {{{0, 0}, {10, 0}, {20, 0}, {20, 10}, {10, 10}, {0, 10}, {0, 0}}}, 1.3f, dark));
    data.layers.push_back(polygon_layer("states_provinces",
                                        {{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, {{10, 0}, {20, 0}, {20, 10}, {10, 10}, {10, 0}}},
                                        0.6f, grey));
    build_layer_outlines(data.layers);
    CHECK(data.layers[1].outline_cover == 0);
    CHECK(data.layers[0].outline_cover == -1);  // a narrower line covers nothing

    MapState state;
    Scene scene{&data, &state, {}};
    View view;
    view.cx = 10, view.cy = 5, view.scale = 20;
    auto measure = [](std::string_view text, float size) { return float(text.size()) * size * 0.5f; };
    DrawList list;
    draw_map(scene, view, measure, list);
    CHECK(stroked(list, grey) == 1);  // the border between the two regions
    CHECK(stroked(list, dark) == 4);  // its outline, straight edges simplified to one segment each

    state.layer_visible = {false, true};
    list = {};
    draw_map(scene, view, measure, list);
    CHECK(stroked(list, grey) == 7);  // every border of the regions, the shared one once
    CHECK(stroked(list, dark) == 0);

    state.layer_visible = {true, true};
    state.layer_opacity = {0.5f, 1.0f};  // a translucent country line would let the gap show
    list = {};
    draw_map(scene, view, measure, list);
    CHECK(stroked(list, grey) == 7);
}
