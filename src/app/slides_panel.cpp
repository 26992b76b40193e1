// The slide sorter: build a deck from the live map ("Add current view as slide"), reorder,
// retitle, delete, fly to a slide, present from one; the deck is saved atomically.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app_state.hpp"

namespace placeline::app {

render::Slide slide_from_current_view(const AppState& s) {
    render::Slide slide;
    slide.title = "Slide " + std::to_string(s.present.deck.slides.size() + 1);
    // The view as a lon/lat box: it adapts to any screen shape when presented.
    if (s.projection) {
        geo::Bounds ll;
        for (int i = 0; i <= 8; ++i) {
            double t = i / 8.0;
            for (geo::XY px : {geo::XY{t * s.view.width, 0}, geo::XY{t * s.view.width, double(s.view.height)},
                               geo::XY{0, t * s.view.height}, geo::XY{double(s.view.width), t * s.view.height}}) {
                LonLat p;
                if (s.projection->inverse(s.view.to_world(px.x, px.y), p)) ll.add(p.lon, p.lat);
            }
        }
        if (!ll.empty()) {
            slide.view.kind = render::SlideView::Kind::bbox;
            slide.view.bbox = {std::max(-180.0, ll.min_x), std::max(-90.0, ll.min_y), std::min(180.0, ll.max_x),
                               std::min(90.0, ll.max_y)};
        }
    }
    if (s.extent.valid() && !(s.map.window.first <= s.extent.first && s.map.window.last >= s.extent.last))
        slide.window = s.map.window;
    if (s.data) {
        bool all = true;
        std::vector<std::string> names;
        for (size_t i = 0; i < s.data->layers.size(); ++i) {
            bool visible = i >= s.map.layer_visible.size() || s.map.layer_visible[i];
            all = all && visible;
            if (visible) names.push_back(s.data->layers[i].source.name);
        }
        if (!all) slide.layers = names;
        if (s.data->atlas) {
            const Gazetteer& g = s.data->atlas->gazetteer();
            if (s.map.selected != no_place) slide.highlight.push_back(g.place(s.map.selected).id);
            for (PlaceIndex p : s.map.highlighted)
                if (p != s.map.selected) slide.highlight.push_back(g.place(p).id);
        }
    }
    return slide;
}

void draw_slides_panel(AppState& s) {
    if (!s.show_slides) return;
    Presentation& p = s.present;
    ImGui::SetNextWindowSize(ImVec2(460, 520), ImGuiCond_Appearing);
    if (!ImGui::Begin("Slides", &s.show_slides)) {
        ImGui::End();
        return;
    }
    if (ImGui::Button("Add current view as slide")) {
        p.deck.slides.push_back(slide_from_current_view(s));
        p.index = p.deck.slides.size() - 1;
        p.frames.clear();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(p.deck.slides.empty());
    if (ImGui::Button("Present from here")) start_presentation(s, p.index);
    ImGui::EndDisabled();

    ImGui::SetNextItemWidth(-80);
    ImGui::InputText("##deckpath", &p.deck_path);
    ImGui::SameLine();
    if (ImGui::Button("Save")) {
        if (p.deck_path.empty()) p.deck_path = "slides.toml";
        std::string error = render::save_deck(p.deck_path, p.deck);
        if (error.empty()) s.messages.info(p.deck_path, "deck saved");
        else s.messages.error(p.deck_path, "cannot save the deck: " + error);
        s.show_messages = !error.empty();
    }
    ImGui::Separator();

    ImGui::BeginChild("sorter", ImVec2(0, 200), true);
    for (size_t i = 0; i < p.deck.slides.size(); ++i) {
        std::string label = std::to_string(i + 1) + ". " + p.deck.slides[i].title + "##" + std::to_string(i);
        if (ImGui::Selectable(label.c_str(), p.index == i)) p.index = i;
    }
    ImGui::EndChild();

    if (p.index < p.deck.slides.size()) {
        render::Slide& slide = p.deck.slides[p.index];
        ImGui::InputText("Title", &slide.title);
        ImGui::InputTextMultiline("Caption", &slide.caption, ImVec2(-70, 70));
        float transition = float(slide.transition);
        if (ImGui::SliderFloat("Flight (s)", &transition, 0, 6, "%.1f")) slide.transition = transition;
        if (ImGui::Button("Up") && p.index > 0) {
            std::swap(p.deck.slides[p.index], p.deck.slides[p.index - 1]);
            --p.index;
            p.frames.clear();
        }
        ImGui::SameLine();
        if (ImGui::Button("Down") && p.index + 1 < p.deck.slides.size()) {
            std::swap(p.deck.slides[p.index], p.deck.slides[p.index + 1]);
            ++p.index;
            p.frames.clear();
        }
        ImGui::SameLine();
        if (ImGui::Button("Replace with current view")) {
            render::Slide fresh = slide_from_current_view(s);
            fresh.title = slide.title, fresh.caption = slide.caption, fresh.quotes = slide.quotes;
            fresh.transition = slide.transition, fresh.hold = slide.hold;
            slide = fresh;
            p.frames.clear();
        }
        ImGui::SameLine();
        if (ImGui::Button("Go to") && s.data && s.projection) {
            render::SlideFrame f = render::resolve_slide(slide, *s.data, *s.projection, int(s.map_rect.w),
                                                         int(s.map_rect.h), &s.messages, p.deck_path);
            s.flight.begin(s.view, f.view, s.now, 1.0);
            s.map.window = f.state.window;
            s.map.highlighted = f.state.highlighted;
            if (!f.state.layer_visible.empty()) s.map.layer_visible = f.state.layer_visible;
        }
        ImGui::SameLine();
        if (ImGui::Button("Delete")) {
            p.deck.slides.erase(p.deck.slides.begin() + long(p.index));
            if (p.index > 0 && p.index >= p.deck.slides.size()) --p.index;
            p.frames.clear();
        }
    }
    ImGui::End();
}

}  // namespace placeline::app
