#include "placeline/render/style.hpp"

namespace placeline::render {

LayerStyle default_layer_style(const std::string& name, int index) {
    LayerStyle s;
    if (name == "countries" || name == "world_countries") {
        s.fill = {238, 234, 222};
        s.stroke = {112, 104, 96};
        s.stroke_width = 1.3f;
    } else if (name == "states_provinces") {
        s.fill_enabled = false;
        s.stroke = {176, 168, 156};
        s.stroke_width = 0.6f;
    } else if (name == "disputed_borders") {
        s.fill_enabled = false;
        s.stroke = {192, 57, 43};
        s.stroke_width = 1.6f;
        s.dash = 6, s.gap = 4;
    } else {
        // Added layers: distinct hues so two of them can be told apart.
        static const Color hues[] = {{46, 134, 193}, {39, 174, 96}, {142, 68, 173}, {211, 84, 0}};
        Color c = hues[index % 4];
        s.fill = c.with_alpha(0.25f);
        s.stroke = c;
        s.stroke_width = 1.5f;
    }
    return s;
}

}  // namespace placeline::render

namespace placeline::render {

std::optional<Color> parse_color(std::string_view s) {
    if (!s.empty() && s[0] == '#') s.remove_prefix(1);
    if (s.size() != 3 && s.size() != 6 && s.size() != 8) return std::nullopt;
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (char c : s)
        if (hex(c) < 0) return std::nullopt;
    if (s.size() == 3) return Color{uint8_t(hex(s[0]) * 17), uint8_t(hex(s[1]) * 17), uint8_t(hex(s[2]) * 17)};
    auto byte = [&](size_t i) { return uint8_t(hex(s[i]) * 16 + hex(s[i + 1])); };
    return Color{byte(0), byte(2), byte(4), s.size() == 8 ? byte(6) : uint8_t(255)};
}

FeatureLook look_of(const LayerStyle& st, int category) {
    FeatureLook look{st.fill, st.stroke, st.stroke_width, st.dash, st.gap};
    if (category < 0 || size_t(category) >= st.categories.size()) return look;
    const CategoryStyle& c = st.categories[size_t(category)];
    if (c.stroke) look.stroke = *c.stroke;
    // A category given as one colour tints the fill too, at the layer's fill opacity.
    if (c.fill) look.fill = *c.fill;
    else if (c.stroke) look.fill = Color{c.stroke->r, c.stroke->g, c.stroke->b, st.fill.a};
    if (c.width) look.width = *c.width;
    if (c.dash) look.dash = *c.dash, look.gap = c.gap.value_or(0);
    return look;
}

}  // namespace placeline::render

namespace placeline::render {

int category_of(const LayerStyle& st, const std::string* value) {
    if (st.color_field.empty()) return -1;
    if (value)
        for (size_t i = 0; i < st.categories.size(); ++i)
            if (int(i) != st.color_default && st.categories[i].value == *value) return int(i);
    return st.color_default;
}

}  // namespace placeline::render
