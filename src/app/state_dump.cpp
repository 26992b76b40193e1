// A machine-readable dump of what the window shows, for tests that drive the real window with
// real input events (tests/window): selection, listed passages, time window, view and where the
// markers are on screen. Written atomically whenever it changes; off unless
// PLACELINE_STATE_DUMP names a file.
#include <nlohmann/json.hpp>

#include <imgui.h>

#include <cmath>
#include <cstdlib>

#include "app_state.hpp"
#include "placeline/base/atomic_write.hpp"
#include "placeline/render/legend.hpp"
#include "placeline/sink/canvas.hpp"

namespace placeline::app {

namespace {

// Undo and redo (the edits' names, oldest first) and Find: its text, the results when they are
// the text's, and the one stepped to.
void write_editing_state(const AppState& s, nlohmann::ordered_json& j) {
    nlohmann::ordered_json undo = nlohmann::ordered_json::array(), redo = nlohmann::ordered_json::array();
    for (const Edit& e : s.editing.history.done()) undo.push_back(e.name);
    for (const Edit& e : s.editing.history.undone()) redo.push_back(e.name);
    j["history"] = {{"undo", undo}, {"redo", redo}};
    const FindState& f = s.editing.find;
    const bool ready = s.data && f.results.atlas == s.data->atlas && f.results.query == f.query;
    nlohmann::ordered_json places = nlohmann::ordered_json::array(), passages = nlohmann::ordered_json::array();
    if (ready && f.results.atlas) {
        for (PlaceIndex p : f.results.places) places.push_back(f.results.atlas->gazetteer().place(p).id);
        for (const PassageHit& h : f.results.passages) passages.push_back(h.passage);
    }
    j["find"] = {{"open", f.open}, {"field_active", f.field_active}, {"query", f.query}, {"ready", ready}, {"places", places},
                 {"passages", passages}, {"current", f.current}};
    j["selected_passage"] = s.selected_passage == UINT32_MAX ? nlohmann::ordered_json() : nlohmann::ordered_json(s.selected_passage);
}

}  // namespace

void mark_rect(AppState& s, const std::string& name, const Rect& box) {
    if (!std::getenv("PLACELINE_STATE_DUMP")) return;  // only a dump reads them
    const int frame = ImGui::GetFrameCount();
    if (s.marks_frame != frame) s.marks.clear(), s.marks_frame = frame;
    s.marks[name] = box;
}

void mark_item(AppState& s, const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    mark_rect(s, name, {a.x, a.y, b.x - a.x, b.y - a.y});
}

void write_state_dump(AppState& s, const std::string& path) {
    nlohmann::ordered_json j;
    j["loaded"] = s.data != nullptr && !s.loader.busy();
    j["version"] = app_version();
    j["shortcuts_open"] = s.show_shortcuts;
    write_editing_state(s, j);
    j["marks"] = nlohmann::ordered_json::object();
    if (s.marks_frame == ImGui::GetFrameCount())
        for (const auto& [name, r] : s.marks) j["marks"][name] = {r.x, r.y, r.w, r.h};
    j["map_rect"] = {s.map_rect.x, s.map_rect.y, s.map_rect.w, s.map_rect.h};
    j["timeline_rect"] = {s.timeline_rect.x, s.timeline_rect.y, s.timeline_rect.w, s.timeline_rect.h};
    j["time_bar"] = {s.time_bar.x, s.time_bar.y, s.time_bar.w, s.time_bar.h};
    j["view"] = {{"cx", s.view.cx}, {"cy", s.view.cy}, {"scale", s.view.scale}};
    j["window"] = {format_iso(s.map.window.first), format_iso(s.map.window.last)};
    j["timeline"] = {{"range", {format_iso(s.timeline.range.first), format_iso(s.timeline.range.last)}},
                     {"mode", s.timeline.mode == WindowMode::moving ? "moving" : "cumulative"},
                     {"axis", s.map.axis == TimeAxis::event ? "event" : "publication"},
                     {"playing", s.timeline.playback.playing},
                     {"days_per_second", s.timeline.playback.days_per_second}};
    j["presentation"] = {{"active", s.present.active},
                         {"index", s.present.index},
                         {"slides", s.present.deck.slides.size()},
                         {"live", s.present.live},
                         {"blank", s.present.blank},
                         {"pixel_scale", s.present.active ? render::output_scale(int(s.map_rect.w), int(s.map_rect.h)) * s.ui_scale
                                                          : s.ui_scale},
                         {"covered", nlohmann::json::array()}};
    // The boxes the slide's overlay covers, in window pixels (the map's labels keep out of them).
    if (s.present.active)
        for (const render::Box& b : s.present.covered)
            j["presentation"]["covered"].push_back({b.x0 + s.map_rect.x, b.y0 + s.map_rect.y, b.x1 + s.map_rect.x, b.y1 + s.map_rect.y});
    // Per layer: how much of it shows, the sum of its features' opacities (time rules and fades).
    j["layers"] = nlohmann::json::array();
    if (s.data) {
        render::Scene scene{s.data.get(), &s.map, {}};
        for (size_t li = 0; li < s.data->layers.size(); ++li) {
            double shown = 0;
            for (size_t fi = 0; fi < s.data->layers[li].source.features.size(); ++fi)
                shown += render::feature_alpha(scene, li, fi);
            j["layers"].push_back({{"name", s.data->layers[li].source.name},
                                   {"alpha", render::layer_alpha(scene, li)},
                                   {"shown", std::round(shown * 1000) / 1000}});
        }
    }
    // What the view shows of the layers' legend and of the places (the world-map test).
    j["legend_entries"] = 0;
    j["places_total"] = 0;
    j["places_in_view"] = 0;
    if (s.data) {
        render::Scene scene{s.data.get(), &s.map, {}};
        scene.view = &s.view;
        j["legend_entries"] = render::legend_entries(scene).size();
        size_t in_view = 0;
        for (const auto& [place, geom] : s.data->places) {
            geo::XY xy = s.view.to_screen(geom.point);
            in_view += xy.x >= 0 && xy.y >= 0 && xy.x <= s.view.width && xy.y <= s.view.height;
        }
        j["places_total"] = s.data->places.size();
        j["places_in_view"] = in_view;
    }
    // The place list beside the map, as it reads.
    j["place_list"] = nlohmann::json::array();
    if (s.data && s.data->atlas)
        for (const std::string& name : visible_place_names(s)) j["place_list"].push_back(name);
    j["selected"] = nullptr;
    j["hovered"] = nullptr;
    j["passages_listed"] = nlohmann::json::array();
    j["markers"] = nlohmann::json::array();
    if (s.data && s.data->atlas) {
        const Atlas& atlas = *s.data->atlas;
        const Gazetteer& g = atlas.gazetteer();
        if (s.map.selected != no_place) {
            j["selected"] = {{"id", g.place(s.map.selected).id}, {"name", g.place(s.map.selected).name}};
            for (uint32_t p : atlas.passages_of(s.map.selected))
                if (atlas.passage_in(p, s.map.window, s.map.axis) || s.show_all_passages) j["passages_listed"].push_back(p);
        }
        if (s.map.hovered != no_place) j["hovered"] = g.place(s.map.hovered).id;
        for (const auto& m : s.hits.markers)
            j["markers"].push_back({{"id", g.place(m.place).id},
                                    {"name", g.place(m.place).name},
                                    {"x", s.map_rect.x + m.x},
                                    {"y", s.map_rect.y + m.y},
                                    {"radius", m.radius}});
    }
    // The map's texts (labels, legend, scale) as drawn, with their boxes in window pixels.
    j["labels"] = nlohmann::json::array();
    if (s.fonts.label) {
        const render::TextMeasure measure = sink::text_measure(s.fonts.label);
        for (const render::TextItem& t : s.draw_list.texts) {
            const float x = s.map_rect.x + t.x, y = s.map_rect.y + t.y;
            j["labels"].push_back({{"text", t.text}, {"size", t.size}, {"box", {x, y, x + measure(t.text, t.size), y + t.size}}});
        }
    }
    j["files"] = file_dialogs_state(s);
    std::string text = j.dump(1);
    if (text == s.last_state_dump) return;
    s.last_state_dump = text;
    write_file_atomically(path, text);
}

}  // namespace placeline::app
