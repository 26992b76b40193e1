#include <algorithm>
#include <filesystem>

#include <imgui.h>

#include "app_state.hpp"
#include "placeline/geo/postgres_source.hpp"
#include "placeline/variants/list_names.hpp"
#include "placeline/render/theme.hpp"

namespace placeline::app {

void fit_view(AppState& s, const geo::Bounds& bounds, bool animate) {
    if (bounds.empty()) return;
    render::View target = render::View::fit(bounds, int(s.map_rect.w), int(s.map_rect.h), fit_margin(s));
    if (animate) s.flight.begin(s.view, target, s.now, 0.8);
    else s.view = target;
}

void apply_theme(AppState& s, const std::string& name) {
    s.settings.theme = name == "dark" ? "dark" : "light";
    s.theme = render::theme_named(s.settings.theme);
    if (s.settings.theme == "dark") ImGui::StyleColorsDark();
    else ImGui::StyleColorsLight();
}

void fit_to_data(AppState& s, bool animate) {
    if (s.data) fit_view(s, render::default_bounds(*s.data), animate);
}

void select_place(AppState& s, PlaceIndex place) {
    s.map.selected = place;
    s.map.highlighted.clear();
    s.variant_form.clear();  // the Variants panel sets it again after choosing its place
    s.selected_passage = UINT32_MAX;
}

void select_passage(AppState& s, uint32_t passage) {
    if (!s.data || !s.data->atlas) return;
    s.selected_passage = passage;
    s.map.highlighted = s.data->atlas->places_of_passage(passage);
    // Frame the passage's places (at least 60 km across, so one place is not a blur of zoom).
    geo::Bounds b;
    for (PlaceIndex p : s.map.highlighted) {
        auto it = s.data->places.find(p);
        if (it == s.data->places.end()) continue;
        b.add(it->second.point.x, it->second.point.y);
        for (const auto& xy : it->second.line) b.add(xy.x, xy.y);
    }
    if (b.empty()) return;
    double cx = (b.min_x + b.max_x) / 2, cy = (b.min_y + b.max_y) / 2;
    double half = std::max({b.width(), b.height(), 60000.0}) / 2;
    b.add(cx - half, cy - half);
    b.add(cx + half, cy + half);
    fit_view(s, b, true);
}

TimeSpan passage_focus(const AppState& s) {
    if (!s.data || !s.data->atlas) return zoom_limits(s.extent);
    const Corpus& corpus = s.data->atlas->corpus();
    std::vector<TimeSpan> times;
    times.reserve(corpus.passages.size());
    for (const Passage& p : corpus.passages) {
        // An article dated by its file's time (often years after the story) says nothing of when
        // its passages happened, nor when it was published.
        if (corpus.articles[p.article].published_from_file_time &&
            (s.map.axis == TimeAxis::publication || p.basis == TimeBasis::file || p.basis == TimeBasis::relative))
            continue;
        times.push_back(s.map.axis == TimeAxis::event ? p.time : p.published);
    }
    return focus_range(times, s.extent);
}

void adopt_data(AppState& s, std::shared_ptr<const render::MapData> data) {
    bool first = !s.data;
    bool new_atlas = first || s.data->atlas != data->atlas;
    s.data = std::move(data);
    std::string error;
    s.projection = geo::Projection::create(s.data->projection, error);
    if (new_atlas && s.data->atlas) {
        s.extent = s.data->atlas->extent(s.map.axis);
        s.map.window = s.extent.valid() ? s.extent : TimeSpan{INT32_MIN / 2, INT32_MAX / 2};
        s.timeline.range = passage_focus(s);  // the window stays all time: every place shows
        s.timeline.playback.playing = false;
        s.selected_passage = UINT32_MAX;
        s.map.highlighted.clear();
        if (s.map.selected != no_place && s.data->atlas->passages_of(s.map.selected).empty()) s.map.selected = no_place;
    }
    s.map.layer_visible.resize(s.data->layers.size(), true);
    s.map.layer_opacity.resize(s.data->layers.size(), 1.0f);
    if (first || !s.view_fitted || !new_atlas) {
        fit_to_data(s, false);
        s.view_fitted = true;
    }
}

void add_layer_source(AppState& s, const std::string& spec) {
    s.sources.layers.push_back(spec);
    std::error_code ec;
    auto abs = std::filesystem::absolute(spec, ec);
    remember(s.settings.recent_layers, ec || geo::is_postgres_source(spec) ? spec : abs.lexically_normal().string());
    s.loader.start(s.sources);
}

const std::vector<PlaceCount>& visible_places(AppState& s) {
    AppState::VisiblePlaces& v = s.visible;
    const auto& atlas = s.data ? s.data->atlas : nullptr;
    if (!atlas) {
        v = {};
        return v.places;
    }
    if (v.atlas != atlas || v.window != s.map.window || v.axis != s.map.axis) {
        v.atlas = atlas, v.window = s.map.window, v.axis = s.map.axis;
        atlas->places_in(v.window, v.axis, v.places);
        v.names = list_names(atlas->gazetteer(), v.places, s.data->most_written, s.data->division);
    }
    return v.places;
}

const std::vector<std::string>& visible_place_names(AppState& s) {
    visible_places(s);
    return s.visible.names;
}

}  // namespace placeline::app
