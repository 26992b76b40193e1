#pragma once
// The legend of styled layers, drawn into the draw list over the map (so PNG renders have it
// too): one row per layer a style file names, with its swatch, and one per colour category;
// only what the time window shows.
#include <string>
#include <vector>

#include "placeline/render/labels.hpp"
#include "placeline/render/scene.hpp"

namespace placeline::render {

struct LegendEntry {
    std::string text;
    FeatureLook look;
    bool area = false;   // a filled box; else a line sample
    bool category = false;  // indented under its layer
    bool swatch = true;     // a layer whose categories follow has none of its own
};

std::vector<LegendEntry> legend_entries(const Scene& scene);

// The legend's rows and where it goes: top left of the view, at most 60 % of its height (the box
// is empty when there is nothing to show). draw_map lays it out once per frame, keeps the labels
// out of its box, and draws it last.
struct Legend {
    std::vector<LegendEntry> entries;
    Box box{0, 0, 0, 0};
};
Legend layout_legend(const Scene& scene, const View& view, const TextMeasure& measure);
void draw_legend(const Scene& scene, const Legend& legend, DrawList& out);

// A swatch of `look` in the box (x0, y0)-(x1, y1): the same picture in the legend and the layers panel.
void draw_swatch(DrawList& out, const FeatureLook& look, bool area, float x0, float y0, float x1, float y1);

}  // namespace placeline::render
