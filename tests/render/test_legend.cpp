// The legend lists what the time window shows of the styled layers, and stays out of the way.
#include <doctest/doctest.h>

#include "placeline/render/legend.hpp"

using namespace placeline;
using namespace placeline::render;

namespace {

MapData styled_data(size_t layers) {
    MapData data;
    for (size_t i = 0; i < layers; ++i) {
        MapLayer l;
        l.source.name = "layer" + std::to_string(i);
        geo::Feature f;
        f.type = geo::GeometryType::line;
        f.lines.push_back({{46, 39}, {47, 40}});
        l.source.features.push_back(f);
        l.projected.full.end_feature();
        l.projected.feature_bounds.emplace_back();
        l.style.from_file = true;
        l.style.fill_enabled = false;
        l.style.title = "Layer " + std::to_string(i);
        l.validity = {TimeSpan{make_day(1990, 1, 1), make_day(1999, 12, 31)}};
        data.layers.push_back(std::move(l));
    }
    return data;
}

}  // namespace

TEST_CASE("the legend lists styled layers the window shows, top layer first, with their categories") {
    MapData data = styled_data(2);
    data.layers[1].validity = {TimeSpan{make_day(2000, 1, 1), make_day(2009, 12, 31)}};
    data.layers[0].style.color_field = "state";
    data.layers[0].style.categories = {CategoryStyle{"blockade", Color{255, 0, 0}, {}, {}, {}, {}}};
    data.layers[0].category = {0};
    MapState state;
    Scene scene{&data, &state, {}};
    state.window = span_of_day(make_day(1995, 1, 1));
    auto e = legend_entries(scene);
    REQUIRE(e.size() == 2);
    CHECK(e[0].text == "Layer 0");
    CHECK_FALSE(e[0].swatch);  // its only feature has the category's look
    CHECK(e[1].text == "blockade");
    CHECK(e[1].category);
    CHECK(e[1].look.stroke == Color{255, 0, 0});
    state.window = TimeSpan{make_day(1995, 1, 1), make_day(2005, 1, 1)};
    e = legend_entries(scene);
    REQUIRE(e.size() == 3);
    CHECK(e[0].text == "Layer 1");  // drawn last, listed first
    state.layer_visible = {false, true};
    CHECK(legend_entries(scene).size() == 1);
    state.window = span_of_day(make_day(2020, 1, 1));
    CHECK(legend_entries(scene).empty());
}

TEST_CASE("a legend of many layers stops at 60 % of the view's height") {
    MapData data = styled_data(40);
    MapState state;
    state.window = span_of_day(make_day(1995, 1, 1));
    Scene scene{&data, &state, {}};
    View view;
    view.width = 800, view.height = 500;
    DrawList out;
    Legend legend = layout_legend(scene, view, [](std::string_view t, float size) { return float(t.size()) * size * 0.5f; });
    draw_legend(scene, legend, out);
    const Box& box = legend.box;
    CHECK(box.y1 <= 500 * 0.6f + 10);
    CHECK(box.y1 > 200);
    CHECK(out.texts.back().text == "…");
}
