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

// Where draw_legend puts the legend (empty when there is nothing to show): labels keep out of it.
Box legend_box(const Scene& scene, const View& view, const TextMeasure& measure);

// Top left of the view; returns the box it covers (empty when there is nothing to show).
Box draw_legend(const Scene& scene, const View& view, const TextMeasure& measure, DrawList& out);

// A swatch of `look` in the box (x0, y0)-(x1, y1): the same picture in the legend and the layers panel.
void draw_swatch(DrawList& out, const FeatureLook& look, bool area, float x0, float y0, float x1, float y1);

}  // namespace placeline::render
