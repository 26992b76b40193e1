// Layer changes as edits, and removing an added layer. Every way of changing the layers (the layers panel, View menu's
// checkboxes, a dropped style or layer file, the recent list, the whole-world switch) edits the
// map state or the sources directly; instead of a call at each of them, the setup is compared
// once a frame with the last one seen, and a difference is an edit with both setups in it.
#include <imgui.h>

#include <filesystem>

#include "app_state.hpp"
#include "placeline/geo/layer_read.hpp"

namespace placeline::app {

namespace {

LayerSetup current_setup(const AppState& s) {
    LayerSetup l;
    l.count = s.data ? s.data->layers.size() : 0;
    l.visible = s.map.layer_visible;
    l.visible.resize(l.count, true);
    l.opacity = s.map.layer_opacity;
    l.opacity.resize(l.count, 1.0f);
    l.order = render::layers_in_order(s.map, l.count);
    l.layers = s.sources.layers;
    l.styles = s.sources.styles;
    l.world = s.sources.world;
    return l;
}

bool same_sources(const LayerSetup& a, const LayerSetup& b) {
    return a.layers == b.layers && a.styles == b.styles && a.world == b.world;
}

std::string layer_title(const AppState& s, size_t i) {
    if (!s.data || i >= s.data->layers.size()) return "layer " + std::to_string(i + 1);
    const render::MapLayer& l = s.data->layers[i];
    return l.style.title.empty() ? l.source.name : l.style.title;
}

std::string file_name(const std::string& spec) {
    std::string name = std::filesystem::path(spec).filename().string();
    return name.empty() ? spec : name;
}

// The Edit menu's words for the change from `a` to `b`.
std::string describe(const AppState& s, const LayerSetup& a, const LayerSetup& b) {
    if (a.layers.size() < b.layers.size()) return "Add layer " + file_name(b.layers.back());
    if (a.layers.size() > b.layers.size()) {
        for (size_t i = 0; i < a.layers.size(); ++i)
            if (i >= b.layers.size() || a.layers[i] != b.layers[i]) return "Remove layer " + file_name(a.layers[i]);
    }
    if (a.styles != b.styles) return b.styles.size() > a.styles.size() ? "Apply style " + file_name(b.styles.back()) : "Style";
    if (a.world != b.world) return b.world ? "Whole world boundaries" : "No whole world boundaries";
    if (a.layers != b.layers) return "Change layers";
    std::vector<size_t> shown, hidden, faded;
    for (size_t i = 0; i < b.count && i < a.count; ++i) {
        if (a.visible[i] != b.visible[i]) (b.visible[i] ? shown : hidden).push_back(i);
        if (a.opacity[i] != b.opacity[i]) faded.push_back(i);
    }
    if (shown.size() + hidden.size() == 1) return (shown.empty() ? "Hide " : "Show ") + layer_title(s, shown.empty() ? hidden[0] : shown[0]);
    if (!shown.empty() || !hidden.empty()) return "Layer visibility";
    if (faded.size() == 1) return "Opacity of " + layer_title(s, faded[0]);
    if (!faded.empty()) return "Layer opacity";
    if (a.order != b.order) return "Layer order";
    return "Layers";
}

// Puts a setup back; the sources' changes load again.
std::string restore(AppState& s, const LayerSetup& setup) {
    const bool reload = s.sources.layers != setup.layers || s.sources.styles != setup.styles || s.sources.world != setup.world;
    s.map.layer_visible = setup.visible;
    s.map.layer_opacity = setup.opacity;
    s.map.layer_order = setup.order;
    s.sources.layers = setup.layers;
    s.sources.styles = setup.styles;
    s.sources.world = setup.world;
    if (reload) s.loader.start(s.sources);
    // What the history now stands on: not an edit of its own.
    s.editing.layers_seen = current_setup(s);
    s.editing.layers_known = true;
    return {};
}

}  // namespace

int layer_source_of(const AppState& s, size_t layer) {
    if (!s.data || layer >= s.data->layers.size()) return -1;
    const geo::Layer& l = s.data->layers[layer].source;
    for (size_t k = 0; k < s.sources.layers.size(); ++k) {
        const geo::LayerSpec spec = geo::parse_layer_spec(s.sources.layers[k]);
        if (spec.path == l.source && (spec.layer.empty() || spec.layer == l.name)) return int(k);
    }
    return -1;
}

void remove_layer_source(AppState& s, size_t layer) {
    const int k = layer_source_of(s, layer);
    if (k < 0) return;
    // The map state is per loaded layer: drop the entries of the source's layers and renumber the
    // rest, so every other layer keeps its look after the load.
    const size_t n = s.data->layers.size();
    std::vector<size_t> new_index(n, SIZE_MAX);
    size_t next = 0;
    for (size_t i = 0; i < n; ++i)
        if (layer_source_of(s, i) != k) new_index[i] = next++;
    std::vector<bool> visible;
    std::vector<float> opacity;
    std::vector<size_t> order;
    for (size_t i = 0; i < n; ++i) {
        if (new_index[i] == SIZE_MAX) continue;
        visible.push_back(i < s.map.layer_visible.size() ? bool(s.map.layer_visible[i]) : true);
        opacity.push_back(i < s.map.layer_opacity.size() ? s.map.layer_opacity[i] : 1.0f);
    }
    for (size_t i : render::layers_in_order(s.map, n))
        if (new_index[i] != SIZE_MAX) order.push_back(new_index[i]);
    s.map.layer_visible = std::move(visible);
    s.map.layer_opacity = std::move(opacity);
    s.map.layer_order = std::move(order);
    s.sources.layers.erase(s.sources.layers.begin() + k);
    s.loader.start(s.sources);
}

void track_layer_edits(AppState& s) {
    Editing& e = s.editing;
    // Corrections belong to one corpus's overrides file: another corpus starts a new history.
    if (s.sources.corpus != e.corpus_seen) {
        e.corpus_seen = s.sources.corpus;
        const std::string overrides = Overrides::path_for(s.sources.corpus);
        if (overrides != e.overrides_path) e.history.clear();
        e.overrides_path = overrides;
    }
    if (!s.data) return;
    LayerSetup now = current_setup(s);
    if (!e.layers_known) {
        e.layers_seen = std::move(now);
        e.layers_known = true;
        return;
    }
    if (now == e.layers_seen || ImGui::IsAnyMouseDown()) return;
    // A load that changed the layers (a new corpus's project file, an added layer arriving) is
    // not an edit: the edit was the source's change, recorded when it was made.
    if (now.count != e.layers_seen.count && same_sources(now, e.layers_seen)) {
        e.layers_seen = std::move(now);
        return;
    }
    LayerSetup before = e.layers_seen;
    e.history.push({describe(s, before, now), [before](AppState& st) { return restore(st, before); },
                    [now](AppState& st) { return restore(st, now); }});
    e.layers_seen = std::move(now);
}

}  // namespace placeline::app
