// The time slider: a histogram of passages over the corpus's time extent with a range on top.
// Drag either edge to set the window, drag inside it to move it; the map follows every frame.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app_state.hpp"

namespace placeline::app {

namespace {

enum class Grab { none, start, end, band, brush };

float day_to_x(Day d, const TimeSpan& ext, float x0, float w) {
    return x0 + w * float(d - ext.first) / float(std::max(1, ext.last - ext.first + 1));
}
Day x_to_day(float x, const TimeSpan& ext, float x0, float w) {
    float t = std::clamp((x - x0) / w, 0.0f, 1.0f);
    return ext.first + Day(std::lround(t * float(ext.last - ext.first + 1)));
}

}  // namespace

void draw_timeline_panel(AppState& s, const Rect& area) {
    ImGui::SetNextWindowPos(ImVec2(area.x, area.y));
    ImGui::SetNextWindowSize(ImVec2(area.w, area.h));
    ImGui::Begin("Time", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoScrollbar);
    if (!s.data || !s.data->atlas || !s.extent.valid()) {
        ImGui::TextDisabled("The time slider appears once articles with dates are loaded.");
        ImGui::End();
        return;
    }
    const Atlas& atlas = *s.data->atlas;
    TimeSpan& win = s.map.window;
    const TimeSpan ext = s.extent;
    win.first = std::clamp(win.first, ext.first, ext.last);
    win.last = std::clamp(win.last, win.first, ext.last);

    ImGui::Text("%s  to  %s", format_iso(win.first).c_str(), format_iso(win.last).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("All time")) win = ext;
    ImGui::SameLine();
    bool publication = s.map.axis == TimeAxis::publication;
    if (ImGui::Checkbox("By publication date", &publication)) {
        s.map.axis = publication ? TimeAxis::publication : TimeAxis::event;
        s.extent = atlas.extent(s.map.axis);
        win = s.extent;
        ImGui::End();
        return;
    }

    ImVec2 p0 = ImGui::GetCursorScreenPos();
    float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetContentRegionAvail().y - 22;
    if (w < 20 || h < 20) {
        ImGui::End();
        return;
    }
    ImGui::InvisibleButton("timeline", ImVec2(w, h));
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p0, ImVec2(p0.x + w, p0.y + h), IM_COL32(248, 248, 248, 255));

    // Histogram: one bar per 4 pixels; passages inside the window in colour.
    int bins = std::max(1, int(w / 4));
    std::vector<uint32_t> hist = atlas.histogram(s.map.axis, ext, bins);
    uint32_t top = std::max<uint32_t>(1, *std::max_element(hist.begin(), hist.end()));
    float bw = w / float(bins);
    for (int i = 0; i < bins; ++i) {
        if (!hist[size_t(i)]) continue;
        float bh = (h - 4) * std::sqrt(float(hist[size_t(i)]) / float(top));  // sqrt: rare events stay visible
        Day mid = ext.first + Day((i + 0.5) * (ext.last - ext.first + 1) / bins);
        bool in = mid >= win.first && mid <= win.last;
        dl->AddRectFilled(ImVec2(p0.x + i * bw, p0.y + h - bh), ImVec2(p0.x + (i + 1) * bw - 1, p0.y + h),
                          in ? IM_COL32(210, 69, 47, 255) : IM_COL32(190, 190, 190, 255));
    }
    // Year ticks.
    CivilDate c0 = civil_from_day(ext.first), c1 = civil_from_day(ext.last);
    int step = std::max(1, (c1.year - c0.year) / std::max(1, int(w / 70)));
    for (int y = c0.year + 1; y <= c1.year; y += step) {
        float x = day_to_x(make_day(y, 1, 1), ext, p0.x, w);
        dl->AddLine(ImVec2(x, p0.y), ImVec2(x, p0.y + h), IM_COL32(0, 0, 0, 40));
        dl->AddText(ImVec2(x + 2, p0.y + h + 2), IM_COL32(90, 90, 90, 255), std::to_string(y).c_str());
    }

    // The window: a translucent band with two handles.
    float xa = day_to_x(win.first, ext, p0.x, w), xb = day_to_x(win.last + 1, ext, p0.x, w);
    dl->AddRectFilled(ImVec2(xa, p0.y), ImVec2(xb, p0.y + h), IM_COL32(31, 111, 209, 40));
    dl->AddRect(ImVec2(xa, p0.y), ImVec2(xb, p0.y + h), IM_COL32(31, 111, 209, 255), 0, 0, 2);
    dl->AddRectFilled(ImVec2(xa - 3, p0.y + h / 2 - 12), ImVec2(xa + 3, p0.y + h / 2 + 12), IM_COL32(31, 111, 209, 255), 2);
    dl->AddRectFilled(ImVec2(xb - 3, p0.y + h / 2 - 12), ImVec2(xb + 3, p0.y + h / 2 + 12), IM_COL32(31, 111, 209, 255), 2);

    static Grab grab = Grab::none;  // interaction state only lives across one drag
    static Day grab_day = 0;
    static TimeSpan grab_window;
    ImGuiIO& io = ImGui::GetIO();
    float mx = io.MousePos.x;
    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        if (std::abs(mx - xa) < 8) grab = Grab::start;
        else if (std::abs(mx - xb) < 8) grab = Grab::end;
        else if (mx > xa && mx < xb && (win.first > ext.first || win.last < ext.last)) grab = Grab::band;
        else {  // elsewhere (or when the window is all time): brush a new window from here
            Day d = x_to_day(mx, ext, p0.x, w);
            win = {d, d, Granularity::day};
            grab = Grab::brush;
        }
        grab_day = x_to_day(mx, ext, p0.x, w);
        grab_window = win;
    }
    if (grab != Grab::none) {
        if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            grab = Grab::none;
        } else {
            Day d = x_to_day(mx, ext, p0.x, w);
            if (grab == Grab::start) win.first = std::min(d, win.last);
            if (grab == Grab::end) win.last = std::max(d - 1, win.first);
            if (grab == Grab::brush) win = {std::min(grab_day, d), std::max(grab_day, d), Granularity::day};
            if (grab == Grab::band) {
                Day len = grab_window.last - grab_window.first;
                Day first = std::clamp(grab_window.first + (d - grab_day), ext.first, ext.last - len);
                win = {first, first + len, Granularity::day};
            }
        }
    }
    if (hovered && grab == Grab::none) {
        Day d = x_to_day(mx, ext, p0.x, w);
        ImGui::SetTooltip("%s", format_iso(d).c_str());
    }
    ImGui::End();
}

}  // namespace placeline::app
