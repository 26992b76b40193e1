// The time panel: a histogram of passages over the stretch of time it shows, the time window on
// top, and playback. The logic lives in placeline/time_window.hpp (tested headless); this file
// draws AppState::timeline and turns input into changes of it.
//
//  - advance_timeline, toggle_playback, timeline_key: playback and keys
//  - draw_controls: play/pause, speed, window mode, time axis, all time
//  - draw_timeline_panel: histogram, ticks, window band; wheel zooms around the cursor,
//    Shift+wheel or right-drag pans, left-drag on an edge resizes the window, inside moves it,
//    elsewhere (outside it, or anywhere while it holds all time) draws a new one from the press
//    to the release; a click alone changes nothing; double-click puts all of the corpus's time in the window and the range
//    on where the passages are; a second one shows the whole range.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app_state.hpp"

namespace placeline::app {

namespace {

using Grab = TimelineDrag::Grab;

// Days <-> pixels over the shown range.
struct DayAxis {
    TimeSpan range;
    float x0 = 0, w = 1;
    double days() const { return double(range.last - range.first + 1); }
    float x(Day d) const { return x0 + w * float(double(d - range.first) / days()); }
    double day_at(float px) const { return double(range.first) + double((px - x0) / w) * days(); }
    Day day(float px) const { return Day(std::floor(day_at(px))); }
};

TimeSpan limits_of(const AppState& s) { return zoom_limits(s.extent); }

// All of the corpus's time in the window, the range on where the passages are (as at the start);
// asked again when already so, the range shows all of the time too, outliers and all.
void show_all_time(AppState& s) {
    const TimeSpan focus = passage_focus(s);
    const bool at_home = s.map.window == s.extent && s.timeline.range == focus;
    s.map.window = s.extent;
    s.timeline.range = at_home ? limits_of(s) : focus;
    s.timeline.playback.playing = false;
}

// Switching between event and publication time keeps the window where it can (what was
// published during these weeks?), clipped to the new extent; all time when it falls outside.
void set_axis(AppState& s, TimeAxis axis) {
    const TimeSpan old = s.map.window;
    s.map.axis = axis;
    s.extent = s.data->atlas->extent(axis);
    if (!s.extent.valid() || !old.meets(s.extent)) {
        show_all_time(s);
        return;
    }
    s.map.window = apply_mode({std::max(old.first, s.extent.first), std::min(old.last, s.extent.last), Granularity::day},
                              s.timeline.mode, s.extent);
    const TimeSpan limits = limits_of(s);
    TimeSpan range = pan_range(s.timeline.range, 0, limits);
    if (range.first < limits.first || range.last > limits.last) range = limits;
    s.timeline.range = follow_window(range, s.map.window, limits);
}

void set_mode(AppState& s, WindowMode mode) {
    s.timeline.mode = mode;
    s.map.window = apply_mode(s.map.window, mode, s.extent);
}

void change_speed(AppState& s, int direction) {
    double& dps = s.timeline.playback.days_per_second;
    const size_t n = std::size(playback_speeds);
    if (direction > 0) {
        for (size_t i = 0; i < n; ++i)
            if (playback_speeds[i] > dps + 1e-9) {
                dps = playback_speeds[i];
                return;
            }
    } else {
        for (size_t i = n; i-- > 0;)
            if (playback_speeds[i] < dps - 1e-9) {
                dps = playback_speeds[i];
                return;
            }
    }
}

const char* speed_name(double dps) {
    static char buf[48];
    if (std::abs(dps - 1) < 1e-9) return "1 day/s";
    if (std::abs(dps - 7) < 1e-9) return "1 week/s";
    if (std::abs(dps - 30) < 1e-9) return "1 month/s";
    if (std::abs(dps - 91) < 1e-9) return "3 months/s";
    if (std::abs(dps - 365) < 1e-9) return "1 year/s";
    if (std::abs(dps - 3652) < 1e-9) return "10 years/s";
    std::snprintf(buf, sizeof buf, "%.3g days/s", dps);
    return buf;
}

bool have_time(const AppState& s) { return s.data && s.data->atlas && s.extent.valid(); }

// The top row: playback, speed, window mode, time axis, the window's dates.
void draw_controls(AppState& s) {
    Playback& pb = s.timeline.playback;
    if (ImGui::Button(pb.playing ? "Pause" : "Play", ImVec2(56, 0))) toggle_playback(s);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Space: play or pause");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(110);
    if (ImGui::BeginCombo("##speed", speed_name(pb.days_per_second))) {
        for (double v : playback_speeds)
            if (ImGui::Selectable(speed_name(v), std::abs(v - pb.days_per_second) < 1e-9)) pb.days_per_second = v;
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Playback speed ([ slower, ] faster)");
    ImGui::SameLine();
    int mode = int(s.timeline.mode);
    if (ImGui::RadioButton("Moving", &mode, int(WindowMode::moving))) set_mode(s, WindowMode::moving);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The window keeps its length as it moves (M)");
    ImGui::SameLine();
    if (ImGui::RadioButton("Cumulative", &mode, int(WindowMode::cumulative))) set_mode(s, WindowMode::cumulative);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The window always starts at the beginning (M)");
    ImGui::SameLine();
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    int axis = int(s.map.axis);
    if (ImGui::RadioButton("Event", &axis, int(TimeAxis::event))) set_axis(s, TimeAxis::event);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Event time: when what a passage tells happened (P switches)");
    ImGui::SameLine();
    if (ImGui::RadioButton("Published", &axis, int(TimeAxis::publication))) set_axis(s, TimeAxis::publication);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Publication time: when the article was published (P switches)");
    ImGui::SameLine();
    if (ImGui::SmallButton("All time")) show_all_time(s);
    ImGui::SameLine();
    const TimeSpan& win = s.map.window;
    int days = int(win.last - win.first + 1);
    if (days <= 366) ImGui::Text("%s to %s (%d day%s)", format_iso(win.first).c_str(), format_iso(win.last).c_str(), days, days == 1 ? "" : "s");
    else ImGui::Text("%s to %s", format_iso(win.first).c_str(), format_iso(win.last).c_str());
}

const std::vector<uint32_t>& histogram_for(AppState& s, const TimeSpan& range, int bins) {
    TimelineHistogram& h = s.timeline_histogram;
    const AtlasKey& atlas = s.data->atlas;
    if (h.atlas != atlas || h.axis != s.map.axis || h.range != range || h.bins != bins) {
        h.counts = atlas->histogram(s.map.axis, range, bins);
        h.atlas = atlas;
        h.axis = s.map.axis;
        h.range = range;
        h.bins = bins;
    }
    return h.counts;
}

void handle_input(AppState& s, const DayAxis& ax, bool hovered, float xa, float xb) {
    ImGuiIO& io = ImGui::GetIO();
    TimeSpan& win = s.map.window;
    const TimeSpan ext = s.extent;
    const TimeSpan limits = limits_of(s);
    const bool cumulative = s.timeline.mode == WindowMode::cumulative;
    TimelineDrag& drag = s.timeline_drag;
    const float mx = io.MousePos.x;

    if (hovered) {
        float pan = io.MouseWheelH + (io.KeyShift ? io.MouseWheel : 0.0f);
        if (pan != 0) {
            s.timeline.range = pan_range(s.timeline.range, Day(std::lround(-pan * ax.days() / 10)), limits);
        } else if (io.MouseWheel != 0) {
            s.timeline.range = zoom_range(s.timeline.range, ax.day_at(mx), std::pow(1.25, io.MouseWheel), limits);
        }
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
            // (Its first click changed nothing: a click alone draws no window.)
            show_all_time(s);
            drag.grab = Grab::none;
            return;
        }
    }
    if (hovered && (ImGui::IsMouseClicked(ImGuiMouseButton_Right) || ImGui::IsMouseClicked(ImGuiMouseButton_Middle))) {
        drag = {Grab::pan, ax.day(mx), win, s.timeline.range};
    } else if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        // The nearer handle within reach (a narrow window's two handles overlap: left of them
        // takes the start, right the end); inside the band moves it; anywhere else draws anew.
        Grab g = Grab::brush;
        const float da = cumulative ? 1e9f : std::abs(mx - xa), db = std::abs(mx - xb);
        if (std::min(da, db) < 8) g = da < db || (da == db && mx < xa) ? Grab::start : Grab::end;
        else if (mx > xa && mx < xb && (win.first > ext.first || win.last < ext.last)) g = Grab::band;
        drag = {g, ax.day(mx), win, s.timeline.range};
        s.timeline.playback.playing = false;  // the user takes the window over
    }
    if (drag.grab == Grab::none) return;
    bool down = drag.grab == Grab::pan
                    ? ImGui::IsMouseDown(ImGuiMouseButton_Right) || ImGui::IsMouseDown(ImGuiMouseButton_Middle)
                    : ImGui::IsMouseDown(ImGuiMouseButton_Left);
    if (!down) {
        drag.grab = Grab::none;
        return;
    }
    if (drag.grab == Grab::pan) {
        // The day grabbed stays under the pointer.
        DayAxis at_press{drag.range, ax.x0, ax.w};
        Day moved = Day(std::lround(at_press.day_at(mx) - double(drag.day)));
        s.timeline.range = pan_range(drag.range, -moved, limits);
        return;
    }
    // A click is no brush: the new window starts once the pointer has moved from the press.
    if (drag.grab == Grab::brush && !ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3)) return;
    WindowGrab what = drag.grab == Grab::start ? WindowGrab::start
                      : drag.grab == Grab::end  ? WindowGrab::end
                      : drag.grab == Grab::band ? WindowGrab::band
                                                : WindowGrab::brush;
    win = drag_window(what, drag.window, drag.day, ax.day(mx), s.timeline.mode, ext);
}

}  // namespace

void toggle_playback(AppState& s) {
    if (!have_time(s)) return;
    Playback& pb = s.timeline.playback;
    pb.playing = !pb.playing;
    if (!pb.playing) return;
    s.map.window = playback_start(s.map.window, s.timeline.mode, s.extent, passage_focus(s));
    pb.carry = 0;
    pb.clock = s.now;
    s.timeline.range = follow_window(s.timeline.range, s.map.window, limits_of(s));
}

void advance_timeline(AppState& s) {
    Playback& pb = s.timeline.playback;
    // A frame that took long (the window was hidden, a presentation ran in between) plays at
    // most a tenth of a second: playback slows down rather than jumps.
    double seconds = std::clamp(s.now - pb.clock, 0.0, 0.1);
    pb.clock = s.now;
    if (!pb.playing) return;
    if (!have_time(s) || s.present.active) {
        pb.playing = false;
        return;
    }
    s.map.window = step_playback(s.map.window, s.timeline.mode, pb, seconds, s.extent);
    s.timeline.range = follow_window(s.timeline.range, s.map.window, limits_of(s));
}

void timeline_key(AppState& s, SDL_Scancode key) {
    if (!have_time(s)) return;
    switch (key) {
        case SDL_SCANCODE_SPACE: toggle_playback(s); break;
        case SDL_SCANCODE_LEFTBRACKET: change_speed(s, -1); break;
        case SDL_SCANCODE_RIGHTBRACKET: change_speed(s, +1); break;
        case SDL_SCANCODE_M:
            set_mode(s, s.timeline.mode == WindowMode::moving ? WindowMode::cumulative : WindowMode::moving);
            break;
        case SDL_SCANCODE_P: set_axis(s, s.map.axis == TimeAxis::event ? TimeAxis::publication : TimeAxis::event); break;
        default: break;
    }
}

void draw_timeline_panel(AppState& s, const Rect& area) {
    ImGui::SetNextWindowPos(ImVec2(area.x, area.y));
    ImGui::SetNextWindowSize(ImVec2(area.w, area.h));
    ImGui::Begin("Time", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (!have_time(s)) {
        ImGui::TextDisabled("The time slider appears once articles with dates are loaded.");
        ImGui::End();
        return;
    }
    const TimeSpan ext = s.extent;
    const TimeSpan limits = limits_of(s);
    TimeSpan& win = s.map.window;
    win.first = std::clamp(win.first, ext.first, ext.last);
    win.last = std::clamp(win.last, win.first, ext.last);
    if (!s.timeline.range.valid() || s.timeline.range.first < limits.first || s.timeline.range.last > limits.last)
        s.timeline.range = limits;

    draw_controls(s);

    const float label_h = ImGui::GetTextLineHeight() + 4;
    ImVec2 p0 = ImGui::GetCursorScreenPos();
    float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetContentRegionAvail().y - label_h;
    if (w < 20 || h < 20) {
        ImGui::End();
        return;
    }
    ImGui::InvisibleButton("timeline", ImVec2(w, h + label_h),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered();
    const DayAxis ax{s.timeline.range, p0.x, w};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(p0, ImVec2(p0.x + w, p0.y + h + label_h), true);
    const bool dark = s.settings.theme == "dark";
    dl->AddRectFilled(p0, ImVec2(p0.x + w, p0.y + h), dark ? IM_COL32(30, 32, 38, 255) : IM_COL32(236, 236, 236, 255));
    // The corpus's own time, lighter than the margin around it.
    dl->AddRectFilled(ImVec2(ax.x(ext.first), p0.y), ImVec2(ax.x(ext.last + 1), p0.y + h),
                      dark ? IM_COL32(46, 49, 58, 255) : IM_COL32(250, 250, 250, 255));

    // Ticks: the finest calendar unit whose labels fit (decades, years, months, days).
    TickScale scale = choose_ticks(ax.range, w, 72);
    thread_local std::vector<Day> ticks;
    tick_days(ax.range, scale, ticks);
    for (size_t i = 0; i < ticks.size(); ++i) {
        float x = ax.x(ticks[i]);
        std::string label = tick_label(ticks[i], scale);
        // Day labels say "19 Sep": the first one also says which year it is.
        if (scale.unit == TickUnit::day && i == 0) label.append(" ").append(std::to_string(civil_from_day(ticks[i]).year));
        dl->AddLine(ImVec2(x, p0.y), ImVec2(x, p0.y + h + 3), IM_COL32(0, 0, 0, 45));
        // A label the panel's edge would cut reads as another date ("20" for 2025): leave it out.
        if (x + 3 + ImGui::CalcTextSize(label.c_str()).x > p0.x + w) continue;
        dl->AddText(ImVec2(x + 3, p0.y + h + 2), IM_COL32(80, 80, 80, 255), label.c_str());
    }

    // Histogram in bins of whole days, about 4 px wide; bins meeting the window in colour.
    const Day range_days = ax.range.last - ax.range.first + 1;
    const Day per_bin = std::max<Day>(1, Day(std::ceil(double(range_days) / std::max(1.0, double(w) / 4))));
    const int bins = int((range_days + per_bin - 1) / per_bin);
    const TimeSpan hist_range{ax.range.first, ax.range.first + bins * per_bin - 1, Granularity::day};
    const std::vector<uint32_t>& hist = histogram_for(s, hist_range, bins);
    uint32_t top = 1;
    for (uint32_t c : hist) top = std::max(top, c);
    for (int i = 0; i < bins; ++i) {
        uint32_t n = hist[size_t(i)];
        if (!n) continue;
        Day b0 = hist_range.first + i * per_bin, b1 = b0 + per_bin - 1;
        float bh = (h - 6) * std::sqrt(float(n) / float(top));  // sqrt: rare events stay visible
        bool in = b0 <= win.last && win.first <= b1;
        float xa = ax.x(b0), xb = std::max(ax.x(b1 + 1) - 1, xa + 1);
        dl->AddRectFilled(ImVec2(xa, p0.y + h - bh), ImVec2(xb, p0.y + h),
                          in ? IM_COL32(210, 69, 47, 255) : IM_COL32(175, 175, 175, 255));
    }

    // The selected place's passages as ticks in the selection colour along the bottom: the
    // selection shows in every view, the time panel included.
    if (s.map.selected != no_place && s.data && s.data->atlas) {
        const Atlas& atlas = *s.data->atlas;
        const render::Color c = s.theme.selected;
        for (uint32_t pi : atlas.passages_of(s.map.selected)) {
            const Passage& p = atlas.corpus().passages[pi];
            const TimeSpan& t = s.map.axis == TimeAxis::event ? p.time : p.published;
            if (!t.valid() || t.last < ax.range.first || t.first > ax.range.last) continue;
            float x = ax.x(std::max(t.first, ax.range.first));
            dl->AddLine(ImVec2(x, p0.y + h - 9), ImVec2(x, p0.y + h), IM_COL32(c.r, c.g, c.b, 255), 2);
        }
    }

    // The window: a translucent band with handles (a cumulative window has no start handle).
    const bool cumulative = s.timeline.mode == WindowMode::cumulative;
    float xa = ax.x(win.first), xb = ax.x(win.last + 1);
    // Handles stay on the bar: an edge off the shown range has its handle (drawn and grabbed) at
    // the bar's end, so a window zoomed past can always be taken back.
    const float ha = std::clamp(xa, p0.x + 3, p0.x + w - 3), hb = std::clamp(xb, p0.x + 3, p0.x + w - 3);
    s.time_bar = {p0.x, p0.y, w, h};
    const ImU32 blue = IM_COL32(31, 111, 209, 255);
    dl->AddRectFilled(ImVec2(xa, p0.y), ImVec2(xb, p0.y + h), IM_COL32(31, 111, 209, 40));
    dl->AddRect(ImVec2(xa, p0.y), ImVec2(xb, p0.y + h), blue, 0, 0, 2);
    if (!cumulative) dl->AddRectFilled(ImVec2(ha - 3, p0.y + h / 2 - 12), ImVec2(ha + 3, p0.y + h / 2 + 12), blue, 2);
    dl->AddRectFilled(ImVec2(hb - 3, p0.y + h / 2 - 12), ImVec2(hb + 3, p0.y + h / 2 + 12), blue, 2);
    if (s.timeline.playback.playing) {
        // A small triangle on the moving edge says that playback runs.
        dl->AddTriangleFilled(ImVec2(xb + 4, p0.y + 4), ImVec2(xb + 4, p0.y + 16), ImVec2(xb + 13, p0.y + 10), blue);
    }
    if (hovered) {  // where a click would land
        float mx = ImGui::GetIO().MousePos.x;
        dl->AddLine(ImVec2(mx, p0.y), ImVec2(mx, p0.y + h), IM_COL32(0, 0, 0, 110));
    }
    dl->PopClipRect();

    handle_input(s, ax, hovered, ha, hb);

    if (hovered && s.timeline_drag.grab == Grab::none) {
        Day d = ax.day(ImGui::GetIO().MousePos.x);
        int bin = int((d - hist_range.first) / per_bin);
        uint32_t n = bin >= 0 && bin < bins ? hist[size_t(bin)] : 0;
        if (per_bin == 1) {
            ImGui::SetTooltip("%s: %u passage%s", format_iso(d).c_str(), n, n == 1 ? "" : "s");
        } else {
            Day b0 = hist_range.first + bin * per_bin;
            ImGui::SetTooltip("%s to %s: %u passage%s", format_iso(b0).c_str(), format_iso(b0 + per_bin - 1).c_str(), n,
                              n == 1 ? "" : "s");
        }
    }
    ImGui::End();
}

}  // namespace placeline::app
