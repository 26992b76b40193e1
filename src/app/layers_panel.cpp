// The layers panel: every layer (the embedded base and historical layers, --layer, dropped and
// recent ones) with its visibility, drawing order, opacity and the swatch of its style; and a
// field to add any OGR source by path. It edits AppState::map only; the scene does the rest.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app_state.hpp"

namespace placeline::app {

namespace {

ImU32 im_color(render::Color c) { return IM_COL32(c.r, c.g, c.b, c.a); }

// The style's swatch, the same picture as the legend's: a filled box or a line sample.
void swatch(const render::LayerStyle& style, bool area) {
    const ImVec2 size(30, ImGui::GetTextLineHeight());
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    render::FeatureLook look = render::look_of(style, -1);
    if (area) {
        dl->AddRectFilled(ImVec2(p.x, p.y + 2), ImVec2(p.x + size.x, p.y + size.y - 2), im_color(look.fill));
        dl->AddRect(ImVec2(p.x, p.y + 2), ImVec2(p.x + size.x, p.y + size.y - 2), im_color(look.stroke), 0, 0,
                    std::min(look.width, 2.0f));
    } else {
        float y = p.y + size.y / 2, w = std::min(look.width, 4.0f);
        if (look.gap > 0) {
            float k = std::min(1.0f, size.x / (3 * (look.dash + look.gap)));
            for (float x = 0; x < size.x; x += (look.dash + look.gap) * k)
                dl->AddLine(ImVec2(p.x + x, y), ImVec2(p.x + std::min(size.x, x + look.dash * k), y), im_color(look.stroke), w);
        } else {
            dl->AddLine(ImVec2(p.x, y), ImVec2(p.x + size.x, y), im_color(look.stroke), w);
        }
    }
    ImGui::Dummy(size);
}

bool has_polygons(const geo::Layer& layer) {
    for (const geo::Feature& f : layer.features)
        if (f.type == geo::GeometryType::polygon) return true;
    return false;
}

}  // namespace

void draw_layers_panel(AppState& s) {
    if (!s.show_layers || !s.data) return;
    const auto& layers = s.data->layers;
    s.map.layer_visible.resize(layers.size(), true);
    s.map.layer_opacity.resize(layers.size(), 1.0f);
    s.map.layer_order = render::layers_in_order(s.map, layers.size());
    ImGui::SetNextWindowPos(ImVec2(s.map_rect.x + s.map_rect.w - 470, s.map_rect.y + 10), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(460, 0), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Layers", &s.show_layers)) {
        ImGui::End();
        return;
    }
    // Top of the list = drawn last (on top), as in every GIS.
    auto& order = s.map.layer_order;
    int move_from = -1, move_to = -1, remove = -1;
    for (int row = int(order.size()) - 1; row >= 0; --row) {
        size_t li = order[size_t(row)];
        const render::MapLayer& layer = layers[li];
        ImGui::PushID(int(li));
        bool visible = s.map.layer_visible[li];
        if (ImGui::Checkbox("##visible", &visible)) s.map.layer_visible[li] = visible;
        mark_item(s, "visible " + layer.source.name);
        ImGui::SameLine();
        swatch(layer.style, layer.style.fill_enabled && has_polygons(layer.source));
        ImGui::SameLine();
        const std::string& title = layer.style.title.empty() ? layer.source.name : layer.style.title;
        float right = ImGui::GetWindowContentRegionMax().x;
        // The title up to the opacity slider, cut short when it is longer (the tooltip has it all).
        ImVec2 at = ImGui::GetCursorScreenPos();
        float room = ImGui::GetWindowPos().x + right - 176 - 8 - at.x;
        ImGui::PushClipRect(at, ImVec2(at.x + room, at.y + ImGui::GetFrameHeight()), true);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopClipRect();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s\n%s\n%s: %zu features%s", title.c_str(), layer.source.name.c_str(), layer.source.source.c_str(),
                              layer.source.features.size(), layer.validity.empty() ? "" : "\nfollows the time window");
        ImGui::SameLine(right - 176);
        ImGui::SetNextItemWidth(90);
        float opacity = s.map.layer_opacity[li] * 100;
        if (ImGui::SliderFloat("##opacity", &opacity, 0, 100, "%.0f %%")) s.map.layer_opacity[li] = opacity / 100;
        ImGui::SameLine();
        if (ImGui::ArrowButton("##up", ImGuiDir_Up) && row + 1 < int(order.size())) move_from = row, move_to = row + 1;
        ImGui::SameLine();
        if (ImGui::ArrowButton("##down", ImGuiDir_Down) && row > 0) move_from = row, move_to = row - 1;
        if (layer_source_of(s, li) >= 0) {  // an added layer: it can go again
            ImGui::SameLine();
            if (ImGui::Button("x")) remove = int(li);
            mark_item(s, "remove " + layer.source.name);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this layer's source (Ctrl+Z brings it back)");
        }
        ImGui::PopID();
    }
    if (move_from >= 0) std::swap(order[size_t(move_from)], order[size_t(move_to)]);
    if (remove >= 0) remove_layer_source(s, size_t(remove));

    ImGui::Separator();
    // Any OGR source by path (PATH or PATH:LAYER); dropping a file on the window does the same.
    char buf[512];
    std::snprintf(buf, sizeof buf, "%s", s.layer_input.c_str());
    ImGui::SetNextItemWidth(-60);
    bool enter = ImGui::InputTextWithHint("##add", "PATH[:LAYER] of any OGR source", buf, sizeof buf,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    s.layer_input = buf;
    ImGui::SameLine();
    if ((ImGui::Button("Add") || enter) && !s.layer_input.empty()) {
        add_layer_source(s, s.layer_input);
        s.layer_input.clear();
    }
    if (ImGui::BeginCombo("##recent", "Recent layers", ImGuiComboFlags_HeightLarge)) {
        for (const std::string& path : s.settings.recent_layers)
            if (ImGui::Selectable(path.c_str())) add_layer_source(s, path);
        ImGui::EndCombo();
    }
    ImGui::End();
}

}  // namespace placeline::app
