#include "placeline/render/theme.hpp"

#include <algorithm>
#include <cmath>

namespace placeline::render {

Theme light_theme() { return Theme{}; }

Theme dark_theme() {
    Theme t;
    t.water = {24, 34, 48};
    t.place_marker = {239, 108, 76};
    t.place_marker_outline = {18, 20, 26};
    t.selected = {92, 164, 255};
    t.corridor = {245, 166, 60};
    t.label = {232, 234, 238};
    t.label_halo = {10, 12, 18, 210};
    t.hover = {255, 214, 0};
    t.invert_layers = true;
    return t;
}

Theme theme_named(const std::string& name) { return name == "dark" ? dark_theme() : light_theme(); }

Color invert_lightness(Color c) {
    // In HSL, lightness is the mean of the largest and smallest channel; mirroring it around
    // one half moves every channel by the same amount, which keeps hue and saturation.
    const int hi = std::max({c.r, c.g, c.b}), lo = std::min({c.r, c.g, c.b});
    const int shift = 255 - (hi + lo);
    // Lightness mirrored, then pulled a little towards the middle: pure black and white are
    // harsh on a dark map, and a near-white land fill should become a dark grey, not black.
    auto channel = [&](int v) {
        int mirrored = std::clamp(v + shift, 0, 255);
        return static_cast<uint8_t>(std::lround(24 + mirrored * 0.82));
    };
    return {channel(c.r), channel(c.g), channel(c.b), c.a};
}

}  // namespace placeline::render
