#pragma once
// Style files: human-edited TOML, one per project or beside a layer's source (README.md,
// "Layer styles"). A file is read into patches that change only the keys it names; an unknown
// key or a bad value is reported with the file and line and the rest of the file still applies.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/render/style.hpp"

namespace placeline::render {

struct StylePatch {
    std::optional<std::string> title;
    std::optional<bool> fill_enabled;
    std::optional<Color> fill, stroke;
    std::optional<float> width, opacity, label_size;
    std::optional<std::pair<float, float>> dash;  // dash, gap
    std::optional<std::string> label_field;
    std::optional<bool> legend;
    // color_by: all or nothing, so that two files never mix their maps.
    std::optional<std::string> color_field;
    std::vector<CategoryStyle> categories;
    int color_default = -1;
    std::optional<std::string> from_field, to_field;
    std::optional<TimeSpan> interval;
};

struct StyleSheet {
    std::vector<std::pair<std::string, StylePatch>> layers;  // layer name -> patch, in file order
    struct Origin {
        std::string file;
        int line = 0;
    };
    std::vector<Origin> origins;                              // where each patch was written
    void append(const StyleSheet& more) {
        layers.insert(layers.end(), more.layers.begin(), more.layers.end());
        origins.insert(origins.end(), more.origins.begin(), more.origins.end());
    }
};

StyleSheet parse_style(std::string_view toml_text, const std::string& source_name, Diagnostics& diags);
StyleSheet read_style_file(const std::string& path, Diagnostics& diags);

// The style file beside a layer source, if there is one: roads.gpkg -> roads.style.toml.
std::string sidecar_style_path(const std::string& source_path);

// A patch naming no layer of `layer_names` is most likely a typo: reported with its file and line.
void report_unmatched_styles(const StyleSheet& sheet, const std::vector<std::string>& layer_names, Diagnostics& diags);

// Every patch for this layer name, in order (later ones win), applied to `style`.
void apply_styles(const StyleSheet& sheet, const std::string& layer_name, LayerStyle& style);

}  // namespace placeline::render
