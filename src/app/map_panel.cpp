// The map: pan by dragging, zoom with the wheel around the cursor, hover for the forms found,
// click to select. Drawn through the same render::draw_map as `placeline render`.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app_state.hpp"
#include "placeline/sink/canvas.hpp"

namespace placeline::app {

void handle_map_input(AppState& s) {
    ImGuiIO& io = ImGui::GetIO();
    const Rect& r = s.map_rect;
    s.view.width = int(r.w);
    s.view.height = int(r.h);
    if (s.flight.active) s.view = s.flight.at(s.now);
    s.view.width = int(r.w);
    s.view.height = int(r.h);

    float mx = io.MousePos.x - r.x, my = io.MousePos.y - r.y;
    bool over_map = r.contains(io.MousePos.x, io.MousePos.y) && !io.WantCaptureMouse;
    s.cursor.reset();
    if (over_map && s.projection) {
        LonLat ll;
        if (s.projection->inverse(s.view.to_world(mx, my), ll)) s.cursor = ll;
    }
    s.map.hovered = over_map ? s.hits.at(mx, my) : no_place;
    const render::MapHits::ClusterMark* cluster = over_map ? s.hits.cluster_at(mx, my) : nullptr;
    if (cluster && cluster->leader != s.map.hovered) cluster = nullptr;  // a marker drawn over it wins

    if (over_map && io.MouseWheel != 0) {
        s.flight.active = false;
        s.view.zoom_at(mx, my, std::pow(1.25, io.MouseWheel));
    }
    // Dragging keeps the world point that was grabbed under the cursor: robust to pointer jumps
    // between frames, which a delta-based pan would turn into a sudden pan.
    if (over_map && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        s.dragging = true;
        s.drag_anchor = s.view.to_world(mx, my);
        s.press_place = s.map.hovered;
        s.press_cluster.reset();
        if (cluster) s.press_cluster = cluster->bounds;
    }
    if (s.dragging) {
        if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            geo::XY under = s.view.to_world(mx, my);
            if (under.x != s.drag_anchor.x || under.y != s.drag_anchor.y) {
                s.flight.active = false;
                s.view.cx += s.drag_anchor.x - under.x;
                s.view.cy += s.drag_anchor.y - under.y;
            }
        } else {
            s.dragging = false;
            // A click is a press and release that barely moved: select what was pressed.
            ImVec2 moved = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0);
            if (moved.x * moved.x + moved.y * moved.y < 9) {
                select_place(s, s.press_place);
                if (s.press_cluster) {
                    // A cluster opens by zooming onto its places (some context around them, so
                    // places in one town do not zoom to street level).
                    geo::Bounds b = *s.press_cluster;
                    double cx = (b.min_x + b.max_x) / 2, cy = (b.min_y + b.max_y) / 2;
                    double half = std::max({b.width(), b.height(), 30000.0}) * 0.6;
                    b.add(cx - half, cy - half);
                    b.add(cx + half, cy + half);
                    fit_view(s, b, true);
                }
            }
        }
    }
}

void draw_map(AppState& s, SDL_Renderer* renderer) {
    const Rect& r = s.map_rect;
    ImDrawList* bg = ImGui::GetBackgroundDrawList();
    if (!s.data) {
        const char* msg = "Loading…";
        ImVec2 size = ImGui::CalcTextSize(msg);
        bg->AddText(ImVec2(r.x + (r.w - size.x) / 2, r.y + (r.h - size.y) / 2), IM_COL32(40, 40, 40, 255), msg);
        return;
    }
    // Time-ruled features fade toward the current window; the loop keeps drawing while they do.
    s.fading = s.fader.update(*s.data, s.map.window, s.now);
    s.map.feature_opacity = &s.fader.opacity;
    render::Scene scene{s.data.get(), &s.map, s.theme, s.ui_scale};
    if (s.present.active) {
        // A slide is drawn as `placeline render --deck` draws it at this size: text, markers and
        // lines grow with the screen (times the user's --scale), labels keep off the overlay.
        scene.pixel_scale = render::output_scale(int(r.w), int(r.h)) * s.ui_scale;
        if (!s.present.blank) scene.keep_clear = s.present.covered;
    }
    s.draw_list.clear();
    s.draw_list.want_triangles = s.painter->wants_triangles();
    auto measure = sink::text_measure(s.fonts.label);
    render::draw_map(scene, s.view, measure, s.draw_list, &s.hits, &s.scratch);
    s.painter->paint(renderer, s.draw_list, SDL_Rect{int(r.x), int(r.y), int(r.w), int(r.h)}, scene.theme.water,
                     s.pixel_ratio);
    bg->PushClipRect(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h));
    sink::submit_texts(bg, s.draw_list, s.fonts.label, r.x, r.y);
    if (s.data->atlas && s.data->atlas->corpus().articles.empty()) {
        const char* hint = "No articles loaded. Drop .txt, .md or .html files (or folders) here,\n"
                           "or name them on the command line: placeline FOLDER";
        ImVec2 size = ImGui::CalcTextSize(hint);
        ImVec2 at(r.x + (r.w - size.x) / 2, r.y + r.h / 2 - size.y);
        bg->AddRectFilled(ImVec2(at.x - 12, at.y - 10), ImVec2(at.x + size.x + 12, at.y + size.y + 10),
                          IM_COL32(255, 255, 255, 225), 6);
        bg->AddText(at, IM_COL32(30, 30, 30, 255), hint);
    }
    bg->PopClipRect();

    // Hover: the place's name, its kind and every form the articles use for it.
    if (s.map.hovered != no_place && s.data->atlas && !s.dragging) {
        const Atlas& atlas = *s.data->atlas;
        const Place& p = atlas.gazetteer().place(s.map.hovered);
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(p.name.c_str());
        ImGui::TextDisabled("%s%s%s · %zu passages", to_string(p.kind), p.country.empty() ? "" : " · ",
                            p.country.c_str(), atlas.passages_of(s.map.hovered).size());
        ImVec2 mouse = ImGui::GetIO().MousePos;
        if (const auto* c = s.hits.cluster_at(mouse.x - r.x, mouse.y - r.y); c && c->leader == s.map.hovered)
            ImGui::TextDisabled("and %u more places here: click to zoom in", c->places - 1);
        ImGui::Separator();
        ImGui::TextUnformatted("Forms in the articles:");
        for (const FormCount& f : atlas.forms_of(s.map.hovered)) ImGui::BulletText("%s  ×%u", f.form.c_str(), f.count);
        // Why the geoparser chose this place: the evidence of its most confident mention.
        const Mention* surest = nullptr;
        for (uint32_t pi : atlas.passages_of(s.map.hovered))
            for (const Mention& m : atlas.mentions_in(pi))
                if (m.place == s.map.hovered && (!surest || m.score > surest->score)) surest = &m;
        if (surest) {
            ImGui::Separator();
            ImGui::TextDisabled("Why (its surest mention; hover a name in the passages for each one):");
            draw_mention_evidence(atlas, *surest);
        }
        ImGui::EndTooltip();
    }
}

}  // namespace placeline::app
