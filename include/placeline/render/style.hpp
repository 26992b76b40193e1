#pragma once
// How layers and places look. Defaults per well-known layer name; later read from style files.
#include <string>

#include "placeline/render/draw_list.hpp"

namespace placeline::render {

struct LayerStyle {
    bool fill_enabled = true;
    Color fill{230, 226, 214};
    Color stroke{120, 112, 100};
    float stroke_width = 1.0f;
    float dash = 0, gap = 0;   // pixels; gap 0 = solid
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

}  // namespace placeline::render
