#pragma once
// The map's light and dark palettes. The window's View menu chooses one (kept in the settings),
// `placeline render --theme` too; panels follow with ImGui's matching style.
#include <string>

#include "placeline/render/style.hpp"

namespace placeline::render {

Theme light_theme();
Theme dark_theme();
// "dark" gives the dark theme; anything else the light one.
Theme theme_named(const std::string& name);

// A colour with its HSL lightness mirrored (light grey <-> dark grey), hue and alpha kept.
Color invert_lightness(Color c);
// A layer style's colour as the theme draws it.
inline Color themed(const Theme& theme, Color c) { return theme.invert_layers ? invert_lightness(c) : c; }

}  // namespace placeline::render
