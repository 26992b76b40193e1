#pragma once
// How layers and places look: built-in defaults per well-known layer name, overridden by style
// files (render/style_file.hpp; the format is in README.md, "Layer styles").
#include <optional>
#include <string>
#include <vector>

#include "placeline/time/date.hpp"
#include "placeline/render/draw_list.hpp"

namespace placeline::render {

// What one category of a `color_by` map changes; unset fields keep the layer's.
struct CategoryStyle {
    std::string value;               // the attribute's text
    std::optional<Color> stroke, fill;
    std::optional<float> width;
    std::optional<float> dash, gap;
};

// When a layer's features are valid. Each feature's interval comes from two date attributes
// (inclusive; a missing or empty one leaves that side open), else from the layer-wide
// interval, else it is always valid.
struct TimeRule {
    std::string from_field = "valid_from";
    std::string to_field = "valid_to";
    std::optional<TimeSpan> layer_interval;
};

struct LayerStyle {
    std::string title;          // legend text; empty: the layer's name
    bool fill_enabled = true;
    Color fill{230, 226, 214};
    Color stroke{120, 112, 100};
    float stroke_width = 1.0f;
    float dash = 0, gap = 0;    // pixels; gap 0 = solid
    float opacity = 1.0f;       // of the whole layer
    std::string label_field;    // empty: no labels
    float label_size = 12.0f;
    std::string color_field;    // empty: one look for every feature
    std::vector<CategoryStyle> categories;
    int color_default = -1;     // the category of values the map does not list; -1: the layer's look
    TimeRule time;
    bool from_file = false;     // set by a style file: such layers get a legend entry
    bool legend = true;
};

struct Theme {
    Color water{170, 205, 228};
    Color place_marker{210, 69, 47};
    Color place_marker_outline{255, 255, 255};
    Color selected{31, 111, 209};
    Color corridor{224, 128, 20};
    Color label{33, 33, 33};
    Color label_halo{255, 255, 255, 220};
    Color hover{255, 200, 0};
    // Dark themes draw layer styles with their lightness turned over (render/theme.hpp), so a
    // style written for a light map reads on a dark one.
    bool invert_layers = false;
};

// The default look of a layer, chosen by its name (countries, states_provinces,
// disputed_borders), else a neutral translucent style.
LayerStyle default_layer_style(const std::string& layer_name, int index);

// "#rgb", "#rrggbb" or "#rrggbbaa" (also without '#'); nothing for anything else.
std::optional<Color> parse_color(std::string_view text);

// The look of one feature: the layer's, with its category's changes.
struct FeatureLook {
    Color fill, stroke;
    float width, dash, gap;
};
FeatureLook look_of(const LayerStyle& style, int category);  // category -1: the layer's own
// The category of an attribute value under the style's `color_by` map.
int category_of(const LayerStyle& style, const std::string* value);

}  // namespace placeline::render
