// The style-file reader on arbitrary bytes: every input yields patches (possibly none) and
// messages, never a crash; applying them keeps a style drawable (widths and opacity in range).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "placeline/render/style_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace placeline;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Diagnostics diags;
    render::StyleSheet sheet = render::parse_style(text, "fuzz.style.toml", diags);
    for (const auto& [name, patch] : sheet.layers) {
        render::LayerStyle s = render::default_layer_style(name, 0);
        render::apply_styles(sheet, name, s);
        if (!(s.stroke_width >= 0 && s.stroke_width <= 50) || !(s.opacity >= 0 && s.opacity <= 1)) std::abort();
        for (int c = -1; c < int(s.categories.size()); ++c) {
            render::FeatureLook look = render::look_of(s, c);
            if (!(look.width >= 0 && look.dash >= 0 && look.gap >= 0)) std::abort();
        }
    }
    return 0;
}
