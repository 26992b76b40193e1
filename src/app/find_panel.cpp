// Find (Ctrl+F): a field, the places and passages it finds, and stepping through them (Enter or
// F3 forward, Shift+F3 back, or Up and Down in the field). The search runs on a worker thread
// (placeline/atlas/search.hpp) for every change of the text; a newer text stops an older search. Stepping onto a
// place selects it and frames it; onto a passage selects the place it names (the one selected,
// if it names that) and the passage, frames its places and scrolls the passages list to it.
#include <imgui.h>

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "app_state.hpp"
#include "rich_text.hpp"

namespace placeline::app {

namespace {

constexpr ImU32 hit_colour = IM_COL32(255, 214, 102, 255);

size_t result_count(const FindState& f) { return f.results.places.size() + f.results.passages.size(); }

std::string counts(const FindState& f) {
    const size_t places = f.results.places.size(), passages = f.results.passages.size();
    return std::to_string(places) + (places == 1 ? " place, " : " places, ") + std::to_string(passages) +
           (passages == 1 ? " passage" : " passages");
}

// Wakes the event loop when a search ends, so its results show without waiting for input.
void wake_window() {
    static const Uint32 type = SDL_RegisterEvents(1);
    if (type == Uint32(-1)) return;
    SDL_Event e{};
    e.type = type;
    SDL_PushEvent(&e);
}

void frame_place(AppState& s, PlaceIndex place) {
    geo::Bounds b;
    // A place drawn as an area: its shape; else its point with some context, and its line.
    if (auto it = s.data->area_of.find(place); it != s.data->area_of.end())
        if (it->second < s.data->areas.feature_bounds.size()) b = s.data->areas.feature_bounds[it->second];
    if (b.empty())
        if (auto it = s.data->places.find(place); it != s.data->places.end()) {
            b.add(it->second.point.x - 40000, it->second.point.y - 40000);
            b.add(it->second.point.x + 40000, it->second.point.y + 40000);
            for (const auto& xy : it->second.line) b.add(xy.x, xy.y);
        }
    fit_view(s, b, true);
}

void show_result(AppState& s, size_t index) {
    FindState& f = s.editing.find;
    if (!s.data || !s.data->atlas || f.results.atlas != s.data->atlas) return;
    const Atlas& atlas = *s.data->atlas;
    f.scroll = true;
    if (index < f.results.places.size()) {
        const PlaceIndex place = f.results.places[index];
        select_place(s, place);
        frame_place(s, place);
        return;
    }
    const uint32_t passage = f.results.passages[index - f.results.places.size()].passage;
    const std::vector<PlaceIndex> places = atlas.places_of_passage(passage);
    PlaceIndex place = places.empty() ? no_place : places.front();
    if (std::find(places.begin(), places.end(), s.map.selected) != places.end()) place = s.map.selected;
    select_place(s, place);
    if (place == no_place) {
        s.selected_passage = passage;  // no place to list it under: the Find list shows it
        return;
    }
    if (!atlas.passage_in(passage, s.map.window, s.map.axis)) s.show_all_passages = true;
    select_passage(s, passage);
    s.scroll_to_passage = true;
}

// Keeps the results those of the field's text and the loaded atlas.
void keep_searching(AppState& s) {
    FindState& f = s.editing.find;
    const std::shared_ptr<const Atlas> atlas = s.data ? s.data->atlas : nullptr;
    if (f.job.valid()) {
        if (f.job.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
            if (f.job_query != f.query && f.cancel) f.cancel->store(true);
            return;
        }
        SearchResults r = f.job.get();
        if (!r.cancelled) {
            if (r.query != f.results.query) f.current = -1;
            f.results = std::move(r);
            if (f.current >= int(result_count(f))) f.current = int(result_count(f)) - 1;
        }
    }
    if (f.results.query == f.query && f.results.atlas == atlas) {
        if (f.pending_step) {
            find_step(s, f.pending_step);
            f.pending_step = 0;
        }
        return;
    }
    if (!atlas || f.query.empty()) {
        f.results = {};
        f.results.query = f.query;
        f.results.atlas = atlas;
        f.current = -1;
        return;
    }
    f.cancel = std::make_shared<std::atomic<bool>>(false);
    f.job_query = f.query;
    f.job = std::async(std::launch::async, [data = s.data, query = f.query, cancel = f.cancel] {
        SearchResults r = search_atlas(data->atlas, &data->most_written, query, cancel.get());
        wake_window();
        return r;
    });
}

// One line of the passage around its first hit, the hits marked.
void passage_line(const Atlas& atlas, const PassageHit& hit) {
    const std::string_view text = atlas.corpus().text_of(atlas.corpus().passages[hit.passage]);
    // The hit a quarter of the way in: as much of the text before it as fits there.
    const size_t hit_at = hit.spans.empty() ? 0 : hit.spans.front().first;
    const float room = ImGui::GetContentRegionAvail().x * 0.25f;
    size_t from = hit_at;
    while (from > 0) {
        size_t back = from - 1;
        while (back > 0 && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;  // a whole character
        if (ImGui::CalcTextSize(text.data() + back, text.data() + hit_at).x > room) break;
        from = back;
    }
    size_t to = std::min(text.size(), from + 240);
    while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
    std::string line = from > 0 ? "…" : "";
    const size_t shift = line.size();
    line.append(text.substr(from, to - from));
    std::vector<Highlight> hl;
    for (const auto& [a, b] : hit.spans)
        if (a >= from && b <= to) hl.push_back({a - from + shift, b - from + shift, hit_colour});
    // One line: no wrap, the child window clips it.
    rich_text(line, hl, 1e9f, ImGui::GetColorU32(ImGuiCol_Text));
}

void draw_results(AppState& s) {
    FindState& f = s.editing.find;
    const Atlas& atlas = *f.results.atlas;
    const Gazetteer& g = atlas.gazetteer();
    const float row_h = ImGui::GetTextLineHeightWithSpacing();
    const float child_h = ImGui::GetContentRegionAvail().y;
    int clicked = -1;
    auto scroll_to = [&](float y) {
        if (f.scroll) ImGui::SetScrollY(std::max(0.0f, y - child_h * 0.3f));
    };
    const int n_places = int(f.results.places.size());
    if (n_places) {
        ImGui::TextDisabled("Places");
        const float top = ImGui::GetCursorPosY();
        if (f.current >= 0 && f.current < n_places) scroll_to(top + row_h * float(f.current));
        ImGuiListClipper clip;
        clip.Begin(n_places, row_h);
        while (clip.Step())
            for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
                const PlaceIndex p = f.results.places[size_t(i)];
                auto mw = s.data->most_written.find(p);
                const std::string name = mw != s.data->most_written.end() ? mw->second : std::string(g.name(p));
                const Place& place = g.place(p);
                char label[320];
                std::snprintf(label, sizeof label, "%s  (%s%s%s) · %zu passages##place%d", name.c_str(), to_string(place.kind),
                              place.country.empty() ? "" : ", ", place.country.c_str(), atlas.passages_of(p).size(), i);
                if (ImGui::Selectable(label, f.current == i)) clicked = i;
            }
    }
    const int n_passages = int(f.results.passages.size());
    if (n_passages) {
        ImGui::TextDisabled("Passages");
        const float item_h = row_h * 2 + ImGui::GetStyle().ItemSpacing.y;
        const float top = ImGui::GetCursorPosY();
        if (f.current >= n_places) scroll_to(top + item_h * float(f.current - n_places));
        ImGuiListClipper clip;
        clip.Begin(n_passages, item_h);
        while (clip.Step())
            for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
                const PassageHit& hit = f.results.passages[size_t(i)];
                const Passage& p = atlas.corpus().passages[hit.passage];
                const Article& a = atlas.corpus().articles[p.article];
                ImGui::PushID(i);
                const ImVec2 at = ImGui::GetCursorScreenPos();
                const bool current = f.current == n_places + i;
                if (ImGui::Selectable("##passage", current, 0, ImVec2(0, row_h * 2))) clicked = n_places + i;
                ImGui::SetCursorScreenPos(at);
                ImGui::TextDisabled("%s · %s · %zu hit%s", a.title.empty() ? a.path.c_str() : a.title.c_str(),
                                    format_iso(a.published).c_str(), hit.spans.size(), hit.spans.size() == 1 ? "" : "s");
                passage_line(atlas, hit);
                ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + item_h));
                ImGui::PopID();
            }
    }
    f.scroll = false;
    if (clicked >= 0) {
        f.current = clicked;
        show_result(s, size_t(clicked));
    }
}

}  // namespace

void find_step(AppState& s, int direction) {
    FindState& f = s.editing.find;
    if (!f.open) return;
    const std::shared_ptr<const Atlas> atlas = s.data ? s.data->atlas : nullptr;
    if (f.results.query != f.query || f.results.atlas != atlas) {
        f.pending_step = direction;  // taken when the results arrive
        return;
    }
    const int n = int(result_count(f));
    if (n == 0) return;
    if (f.current < 0) f.current = direction > 0 ? 0 : n - 1;
    else f.current = ((f.current + direction) % n + n) % n;
    show_result(s, size_t(f.current));
}

void draw_find_panel(AppState& s) {
    FindState& f = s.editing.find;
    f.field_active = false;
    if (!f.open || s.present.active) return;
    keep_searching(s);
    ImGui::SetNextWindowPos(ImVec2(s.map_rect.x + 10, s.map_rect.y + 10), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(460 * s.ui_scale, 340 * s.ui_scale), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Find", &f.open, ImGuiWindowFlags_NoCollapse)) {
        ImGui::End();
        return;
    }
    if (f.focus) {
        ImGui::SetKeyboardFocusHere();
        f.focus = false;
    }
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s", f.query.c_str());
    ImGui::SetNextItemWidth(-1);
    // Taking the keyboard (Ctrl+F again, a click) selects the text: typing replaces it.
    ImGui::InputTextWithHint("##find", "a place, or words of the passages", buf, sizeof buf, ImGuiInputTextFlags_AutoSelectAll);
    f.field_active = ImGui::IsItemActive();
    f.awaiting_field = f.field_active ? 0 : std::max(0, f.awaiting_field - 1);
    f.query = buf;
    const bool ready = f.results.query == f.query && s.data && f.results.atlas == s.data->atlas;
    if (f.query.empty()) {
        ImGui::TextDisabled("Names in any spelling the articles use, or words of the passages.");
    } else if (!ready) {
        ImGui::TextDisabled("Searching…");
    } else {
        const size_t n = result_count(f);
        if (n == 0) ImGui::TextUnformatted("Nothing found.");
        else if (f.current >= 0) ImGui::Text("%d of %zu · %s", f.current + 1, n, counts(f).c_str());
        else ImGui::TextUnformatted(counts(f).c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("  Enter/F3 next, Shift+F3 back");
    }
    ImGui::Separator();
    ImGui::BeginChild("results");
    if (ready && f.results.atlas) draw_results(s);
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace placeline::app
