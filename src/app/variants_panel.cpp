// The Variants panel: every form of every place, and every suspect, in one sortable table.
// Filter by article; click a row to select the place on the map and mark the passages that
// write it that way (passages_panel.cpp reads AppState::variant_form).
// The report is built on a worker thread (std::async) for each new atlas while the panel is open; the rows are rebuilt
// only when the report, the filter or the sort changes, so a frame only draws.
#include <imgui.h>

#include <algorithm>
#include <chrono>

#include "app_state.hpp"

namespace placeline::app {

namespace {

enum Column { col_place, col_form, col_count, col_articles, col_flags };

void start_or_take_report(AppState& s) {
    const Atlas* atlas = s.data && s.data->atlas ? s.data->atlas.get() : nullptr;
    if (s.variants_job.valid() && s.variants_job.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        s.variants = s.variants_job.get();
        s.variant_rows_dirty = true;
    }
    if (!atlas || atlas == s.variants_atlas.get() || s.variants_job.valid()) return;
    s.variants_atlas = s.data->atlas;
    s.variants_article = -1;
    s.variant_form.clear();
    std::shared_ptr<const Atlas> keep = s.data->atlas;
    s.variants_job = std::async(std::launch::async, [keep] {
        Diagnostics diags;  // the lists' problems are shown by the CLI; the panel goes on without them
        return std::make_shared<const VariantReport>(build_variant_report(*keep, load_variant_data(diags)));
    });
}

void build_rows(AppState& s) {
    s.variant_rows.clear();
    if (!s.variants || !s.data || s.data->atlas != s.variants_atlas) return;
    const Gazetteer& g = s.data->atlas->gazetteer();
    const int only = s.variants_article;
    for (const PlaceVariants& v : s.variants->places) {
        std::string flags;
        for (const std::string& f : flag_names(v.flags)) flags += (flags.empty() ? "" : ", ") + f;
        std::string contested;
        for (const ContestedUse& c : v.contested)
            contested += (contested.empty() ? "" : "; ") + c.pair.side_a.front() + " / " + c.pair.side_b.front();
        for (const FormUse& f : v.forms) {
            uint32_t count = 0;
            for (auto [a, n] : f.articles)
                if (only < 0 || a == uint32_t(only)) count += n;
            if (!count) continue;
            s.variant_rows.push_back({v.place, std::string(g.name(v.place)), f.form, flags, count,
                                      uint32_t(f.articles.size()), -1, contested});
        }
        for (const Suspect& x : v.suspects) {
            if (only >= 0 && x.article != uint32_t(only)) continue;
            s.variant_rows.push_back({v.place, std::string(g.name(v.place)), x.form, "suspect", 1, 1, x.confidence,
                                      x.evidence});
        }
    }
}

void sort_rows(AppState& s, const ImGuiTableSortSpecs& specs) {
    auto less = [&](const AppState::VariantRow& a, const AppState::VariantRow& b) {
        for (int i = 0; i < specs.SpecsCount; ++i) {
            const ImGuiTableColumnSortSpecs& c = specs.Specs[i];
            int d = 0;
            switch (c.ColumnUserID) {
                case col_place: d = a.place_name.compare(b.place_name); break;
                case col_form: d = a.form.compare(b.form); break;
                case col_count: d = int(a.count) - int(b.count); break;
                case col_articles: d = int(a.articles) - int(b.articles); break;
                case col_flags: d = a.flags.compare(b.flags); break;
            }
            if (d != 0) return c.SortDirection == ImGuiSortDirection_Ascending ? d < 0 : d > 0;
        }
        return false;
    };
    std::stable_sort(s.variant_rows.begin(), s.variant_rows.end(), less);
}

// Frames the place (and its route) when it is off the map or far too small to find.
void show_on_map(AppState& s, PlaceIndex place) {
    auto it = s.data->places.find(place);
    if (it == s.data->places.end()) return;
    geo::Bounds b;
    b.add(it->second.point.x - 60000, it->second.point.y - 60000);
    b.add(it->second.point.x + 60000, it->second.point.y + 60000);
    for (const auto& xy : it->second.line) b.add(xy.x, xy.y);
    geo::XY at = s.view.to_screen(it->second.point);
    bool visible = at.x >= 0 && at.y >= 0 && at.x < s.map_rect.w && at.y < s.map_rect.h;
    if (!visible) fit_view(s, b, true);
}

}  // namespace

void draw_variants_panel(AppState& s) {
    if (!s.show_variants) return;  // the report is only made for a user who looks at it
    start_or_take_report(s);
    // First shown low on the map, clear of the legend in its top-left corner.
    ImGui::SetNextWindowPos(ImVec2(s.map_rect.x + 16, s.map_rect.y + std::max(40.0f, s.map_rect.h - 436)),
                            ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(720, 420), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Variants", &s.show_variants)) {
        ImGui::End();
        return;
    }
    if (!s.variants || s.variants_job.valid()) {
        ImGui::TextUnformatted(s.data ? "Checking the names of the corpus..." : "No articles loaded yet.");
        ImGui::End();
        return;
    }
    const Atlas& atlas = *s.data->atlas;
    const auto& articles = atlas.corpus().articles;
    auto title = [&](int a) -> std::string {
        if (a < 0) return "All articles";
        const Article& art = articles[size_t(a)];
        return art.title.empty() ? art.path : art.title;
    };
    ImGui::SetNextItemWidth(360);
    if (ImGui::BeginCombo("Article", title(s.variants_article).c_str())) {
        for (int a = -1; a < int(articles.size()); ++a) {
            ImGui::PushID(a);
            if (ImGui::Selectable(title(a).c_str(), a == s.variants_article)) {
                s.variants_article = a;
                s.variant_rows_dirty = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%zu places, %zu suspect%s", s.variants->places.size(), s.variants->suspect_count,
                        s.variants->suspect_count == 1 ? "" : "s");
    if (s.variant_rows_dirty) {
        build_rows(s);
        s.variant_rows_dirty = false;
        s.variant_rows_sorted = false;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY;
    if (ImGui::BeginTable("variants", 5, flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Place", ImGuiTableColumnFlags_DefaultSort, 0, col_place);
        ImGui::TableSetupColumn("Form", 0, 0, col_form);
        ImGui::TableSetupColumn("Count", ImGuiTableColumnFlags_PreferSortDescending, 0, col_count);
        ImGui::TableSetupColumn("Articles", ImGuiTableColumnFlags_PreferSortDescending, 0, col_articles);
        ImGui::TableSetupColumn("Flags", 0, 0, col_flags);
        ImGui::TableHeadersRow();
        // Rows rebuilt for a new filter come unsorted: sort them then too, never every frame.
        if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && (specs->SpecsDirty || !s.variant_rows_sorted)) {
            sort_rows(s, *specs);
            specs->SpecsDirty = false;
            s.variant_rows_sorted = true;
        }
        ImGuiListClipper clipper;
        clipper.Begin(int(s.variant_rows.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const AppState::VariantRow& r = s.variant_rows[size_t(i)];
                ImGui::PushID(i);
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                bool chosen = r.place == s.map.selected && r.form == s.variant_form;
                if (ImGui::Selectable(r.place_name.c_str(), chosen, ImGuiSelectableFlags_SpanAllColumns)) {
                    select_place(s, r.place);
                    s.variant_form = r.form;
                    show_on_map(s, r.place);
                }
                if (ImGui::IsItemHovered() && !r.note.empty()) ImGui::SetTooltip("%s", r.note.c_str());
                ImGui::TableNextColumn();
                if (r.confidence >= 0) ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.1f, 1), "%s?", r.form.c_str());
                else ImGui::TextUnformatted(r.form.c_str());
                ImGui::TableNextColumn();
                ImGui::Text("%u", r.count);
                ImGui::TableNextColumn();
                ImGui::Text("%u", r.articles);
                ImGui::TableNextColumn();
                if (r.confidence >= 0) ImGui::Text("suspect, %.0f%% sure", double(r.confidence) * 100);
                else ImGui::TextUnformatted(r.flags.c_str());
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

}  // namespace placeline::app
