// The passages panel: the selected place's passages in the time window, every form of its name
// highlighted, with the article's title and date. Without a selection: the places in the
// window, most mentioned first, to pick from.
#include <imgui.h>

#include <algorithm>

#include "app_state.hpp"
#include "rich_text.hpp"

namespace placeline::app {

namespace {

constexpr ImU32 selected_form = IM_COL32(255, 214, 102, 255);
constexpr ImU32 other_form = IM_COL32(200, 222, 255, 255);

void place_list(AppState& s) {
    const Atlas& atlas = *s.data->atlas;
    const std::vector<PlaceCount>& visible = visible_places(s);
    if (atlas.corpus().articles.empty()) {
        ImGui::TextWrapped("No articles loaded yet.");
        return;
    }
    ImGui::TextWrapped("Click a place on the map, or below, to read the passages that mention it.");
    ImGui::Separator();
    ImGui::Text("%zu places in the time window", visible.size());
    // The articles' spelling, told apart where two read alike; the gazetteer's name on hover.
    const std::vector<std::string>& names = visible_place_names(s);
    for (size_t i = 0; i < visible.size(); ++i) {
        const PlaceCount& pc = visible[i];
        const Place& p = atlas.gazetteer().place(pc.place);
        char label[256];
        std::snprintf(label, sizeof label, "%s##%u", names[i].c_str(), pc.place);
        if (ImGui::Selectable(label, false)) select_place(s, pc.place);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s · %s%s%s", p.name.c_str(), to_string(p.kind),
                                                      p.country.empty() ? "" : " · ", p.country.c_str());
        ImGui::SameLine(ImGui::GetContentRegionAvail().x - 40);
        ImGui::TextDisabled("%u", pc.passages);
    }
}

void place_header(AppState& s, PlaceIndex place) {
    const Atlas& atlas = *s.data->atlas;
    const Place& p = atlas.gazetteer().place(place);
    ImGui::TextUnformatted(p.name.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s%s%s", to_string(p.kind), p.country.empty() ? "" : " · ", p.country.c_str());
    std::string forms;
    for (const FormCount& f : atlas.forms_of(place)) {
        if (!forms.empty()) forms += ", ";
        forms += f.form + " ×" + std::to_string(f.count);
    }
    ImGui::TextWrapped("Written as: %s", forms.c_str());
    if (p.schematic) ImGui::TextDisabled("Route drawn schematically through known points.");
    if (ImGui::SmallButton("Show on map")) {
        auto it = s.data->places.find(place);
        if (it != s.data->places.end()) {
            geo::Bounds b;
            b.add(it->second.point.x - 40000, it->second.point.y - 40000);
            b.add(it->second.point.x + 40000, it->second.point.y + 40000);
            for (const auto& xy : it->second.line) b.add(xy.x, xy.y);
            fit_view(s, b, true);
        }
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Clear selection")) select_place(s, no_place);
    ImGui::SameLine();
    ImGui::Checkbox("Outside the window too", &s.show_all_passages);
    if (!s.variant_form.empty()) {
        ImGui::TextColored(ImVec4(0.9f, 0.47f, 0.08f, 1), "Marked: passages writing \"%s\"", s.variant_form.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Unmark")) s.variant_form.clear();
    }
}

}  // namespace

void draw_passages_panel(AppState& s, const Rect& area) {
    ImGui::SetNextWindowPos(ImVec2(area.x, area.y));
    ImGui::SetNextWindowSize(ImVec2(area.w, area.h));
    ImGui::Begin("Passages", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
    if (!s.data || !s.data->atlas) {
        ImGui::TextUnformatted(s.loader.progress().stage_text().c_str());
        ImGui::ProgressBar(s.loader.progress().fraction());
        ImGui::End();
        return;
    }
    const Atlas& atlas = *s.data->atlas;
    PlaceIndex place = s.map.selected;
    if (place == no_place) {
        place_list(s);
        ImGui::End();
        return;
    }
    place_header(s, place);
    ImGui::Separator();
    ImGui::BeginChild("list");
    const float wrap = ImGui::GetContentRegionAvail().x - 8;
    size_t shown = 0;
    for (uint32_t pi : atlas.passages_of(place)) {
        bool inside = atlas.passage_in(pi, s.map.window, s.map.axis);
        if (!inside && !s.show_all_passages) continue;
        ++shown;
        const Passage& p = atlas.corpus().passages[pi];
        const Article& a = atlas.corpus().articles[p.article];
        ImGui::PushID(static_cast<int>(pi));
        ImVec2 top = ImGui::GetCursorScreenPos();
        bool is_selected = s.selected_passage == pi;
        if (is_selected && s.scroll_to_passage) ImGui::SetScrollHereY(0.1f), s.scroll_to_passage = false;
        // A date the article does not state is marked as such.
        const char* dated = a.published_from_file_time ? " (file's time)" : a.published_inferred ? " (inferred)" : "";
        ImGui::TextDisabled("%s · %s%s", a.title.empty() ? a.path.c_str() : a.title.c_str(), format_iso(a.published).c_str(), dated);
        ImGui::TextDisabled("Time: %s to %s (%s)", format_iso(p.time.first).c_str(), format_iso(p.time.last).c_str(),
                            to_string(p.basis));
        std::vector<Highlight> hl;
        auto in_passage = atlas.mentions_in(pi);
        for (const Mention& m : in_passage)
            hl.push_back({m.span.start - p.span.start, m.span.end - p.span.start,
                          m.place == place ? selected_form : other_form});
        // The sentences that meet the window, when only some of them do (after the mentions, so
        // that a name keeps its own colour; hover indices past the mentions are these).
        size_t meeting = 0;
        for (const SentenceTime& st : p.sentences) meeting += s.map.axis == TimeAxis::event && st.time.meets(s.map.window);
        if (meeting > 0 && meeting < p.sentences.size())
            for (const SentenceTime& st : p.sentences)
                if (st.time.meets(s.map.window))
                    hl.push_back({st.span.start - p.span.start, st.span.end - p.span.start, IM_COL32(255, 243, 176, 255)});
        ImU32 ink = inside ? IM_COL32(20, 20, 20, 255) : IM_COL32(140, 140, 140, 255);
        int hovered = -1;
        std::vector<ImVec4> boxes;
        ImVec2 size = rich_text(atlas.corpus().text_of(p), hl, wrap, ink, &hovered, &boxes);
        if (shown == 1 && !in_passage.empty())  // where the window test right-clicks a name
            mark_rect(s, "first mention", {boxes[0].x, boxes[0].y, boxes[0].z - boxes[0].x, boxes[0].w - boxes[0].y});
        // Hover a highlighted name for the geoparser's evidence; right-click it to correct it.
        if (hovered >= 0 && size_t(hovered) < in_passage.size()) {
            ImGui::BeginTooltip();
            draw_mention_evidence(atlas, in_passage[size_t(hovered)]);
            ImGui::TextDisabled("Right-click to correct.");
            ImGui::EndTooltip();
            if (ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
                s.correcting = in_passage[size_t(hovered)];
                s.correction_error.clear();
                ImGui::OpenPopup("Correct mention");
            }
        }
        draw_mention_correction(s);
        ImVec2 bottom = ImGui::GetCursorScreenPos();
        // The whole passage is one button: click to frame its places on the map.
        ImGui::SetCursorScreenPos(top);
        if (ImGui::InvisibleButton("passage", ImVec2(std::max(wrap, size.x), bottom.y - top.y))) select_passage(s, pi);
        if (ImGui::IsItemHovered() || is_selected)
            ImGui::GetWindowDrawList()->AddRect(ImVec2(top.x - 3, top.y - 2), ImVec2(top.x + wrap + 3, bottom.y),
                                                is_selected ? IM_COL32(31, 111, 209, 255) : IM_COL32(160, 160, 160, 255), 3);
        if (!s.variant_form.empty()) {
            // The Variants panel's form: a bar beside each passage that writes the place so.
            bool writes_it = std::any_of(in_passage.begin(), in_passage.end(), [&](const Mention& m) {
                return m.place == place && atlas.surface(m) == s.variant_form;
            });
            if (writes_it)
                ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x - 7, top.y - 2), ImVec2(top.x - 4, bottom.y),
                                                          IM_COL32(230, 120, 20, 255));
        }
        ImGui::SetCursorScreenPos(bottom);
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::PopID();
    }
    if (!shown) ImGui::TextWrapped("No passage of this place falls in the time window.");
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace placeline::app
