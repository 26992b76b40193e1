#include "placeline/render/style.hpp"

namespace placeline::render {

LayerStyle default_layer_style(const std::string& name, int index) {
    LayerStyle s;
    if (name == "countries") {
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
