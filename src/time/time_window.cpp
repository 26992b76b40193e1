#include "placeline/time/time_window.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "placeline/time/calendar_words.hpp"

namespace placeline {

namespace {

Day length_of(const TimeSpan& s) { return s.last - s.first + 1; }

Day floor_mod(Day a, Day m) {
    Day r = a % m;
    return r < 0 ? r + m : r;
}

struct Candidate {
    TickScale scale;
    double days;  // average length of one step
};

// Finest first: the first that leaves room for its labels wins.
constexpr Candidate candidates[] = {
    {{TickUnit::day, 1}, 1},          {{TickUnit::day, 2}, 2},          {{TickUnit::day, 7}, 7},
    {{TickUnit::day, 14}, 14},        {{TickUnit::month, 1}, 30.44},    {{TickUnit::month, 3}, 91.31},
    {{TickUnit::month, 6}, 182.6},    {{TickUnit::year, 1}, 365.25},    {{TickUnit::year, 2}, 730.5},
    {{TickUnit::year, 5}, 1826.25},   {{TickUnit::decade, 1}, 3652.5},  {{TickUnit::decade, 2}, 7305},
    {{TickUnit::decade, 5}, 18262.5}, {{TickUnit::decade, 10}, 36525},
};

std::string_view month_abbreviation(int month) { return english_abbreviation(english_months[month - 1]); }

}  // namespace

TickScale choose_ticks(const TimeSpan& range, float width_px, float min_spacing_px) {
    if (!range.valid() || width_px <= 0) return candidates[std::size(candidates) - 1].scale;
    double px_per_day = double(width_px) / double(length_of(range));
    for (const Candidate& c : candidates)
        if (c.days * px_per_day >= min_spacing_px) return c.scale;
    return candidates[std::size(candidates) - 1].scale;
}

void tick_days(const TimeSpan& range, TickScale scale, std::vector<Day>& out) {
    out.clear();
    if (!range.valid() || scale.step < 1) return;
    // A scale far too fine for the range would make millions of ticks: nobody can see them.
    constexpr size_t most = 4000;
    const CivilDate c0 = civil_from_day(range.first), c1 = civil_from_day(range.last);
    switch (scale.unit) {
        case TickUnit::day: {
            // Weeks start on Mondays: day 4 of the epoch (1970-01-05) was one.
            Day offset = scale.step % 7 == 0 ? 3 : 0;
            Day d = range.first + floor_mod(-(range.first + offset), scale.step);
            for (; d <= range.last && out.size() < most; d += scale.step) out.push_back(d);
            break;
        }
        case TickUnit::month: {
            int index = c0.year * 12 + (c0.month - 1);
            int end = c1.year * 12 + (c1.month - 1);
            index += floor_mod(-index, scale.step);
            for (; index <= end && out.size() < most; index += scale.step) {
                int y = index >= 0 ? index / 12 : (index - 11) / 12;
                Day d = make_day(y, index - y * 12 + 1, 1);
                if (d >= range.first) out.push_back(d);
            }
            break;
        }
        case TickUnit::year:
        case TickUnit::decade: {
            int years = scale.unit == TickUnit::decade ? 10 * scale.step : scale.step;
            int y = c0.year + floor_mod(-c0.year, years);
            for (; y <= c1.year && out.size() < most; y += years) {
                Day d = make_day(y, 1, 1);
                if (d >= range.first) out.push_back(d);
            }
            break;
        }
    }
}

std::string tick_label(Day d, TickScale scale) {
    CivilDate c = civil_from_day(d);
    char buf[32];
    if (c.year <= 0 && scale.unit != TickUnit::day) {
        // Years before 1 AD as people write them (the astronomical year 0 is 1 BC, -499 is 500 BC);
        // a decade's tick falls on its first year, so it is named by that year.
        if (scale.unit == TickUnit::month)
            std::snprintf(buf, sizeof buf, "%.3s %d BC", month_abbreviation(c.month).data(), 1 - c.year);
        else std::snprintf(buf, sizeof buf, "%d BC", 1 - c.year);
        return buf;
    }
    switch (scale.unit) {
        case TickUnit::decade: std::snprintf(buf, sizeof buf, "%ds", c.year - floor_mod(c.year, 10)); break;
        case TickUnit::year: std::snprintf(buf, sizeof buf, "%d", c.year); break;
        case TickUnit::month: std::snprintf(buf, sizeof buf, "%.3s %d", month_abbreviation(c.month).data(), c.year); break;
        case TickUnit::day: std::snprintf(buf, sizeof buf, "%d %.3s", c.day, month_abbreviation(c.month).data()); break;
    }
    return buf;
}

TimeSpan zoom_limits(const TimeSpan& extent) {
    if (!extent.valid()) return extent;
    Day pad = std::max<Day>(7, length_of(extent) / 40);
    return {extent.first - pad, extent.last + pad, Granularity::day};
}

TimeSpan focus_range(std::span<const TimeSpan> times, const TimeSpan& extent, double trim) {
    const TimeSpan limits = zoom_limits(extent);
    std::vector<Day> firsts, lasts;
    for (const TimeSpan& t : times) {
        if (!t.valid() || t.granularity == Granularity::decade || t.granularity == Granularity::century) continue;
        firsts.push_back(t.first);
        lasts.push_back(t.last);
    }
    if (firsts.empty() || !limits.valid()) return limits;
    const size_t n = firsts.size();
    const size_t cut = std::min(n - 1, size_t(double(n) * std::clamp(trim, 0.0, 0.5)));
    std::nth_element(firsts.begin(), firsts.begin() + long(cut), firsts.end());
    std::nth_element(lasts.begin(), lasts.begin() + long(n - 1 - cut), lasts.end());
    Day first = firsts[cut], last = lasts[n - 1 - cut];
    if (last < first) std::swap(first, last);
    const Day margin = std::max<Day>(30, (last - first + 1) / 20);
    TimeSpan focus{std::max(limits.first, first - margin), std::min(limits.last, last + margin), Granularity::day};
    return focus.valid() ? focus : limits;
}

TimeSpan zoom_range(const TimeSpan& range, double anchor, double factor, const TimeSpan& limits, Day min_days) {
    if (!range.valid() || !limits.valid() || !(factor > 0)) return range;
    const double len = double(length_of(range));
    const Day most = length_of(limits);
    Day new_len = Day(std::clamp(std::lround(len / factor), long(std::min(min_days, most)), long(most)));
    double t = std::clamp((anchor - double(range.first)) / len, 0.0, 1.0);
    Day first = Day(std::lround(anchor - t * double(new_len)));
    first = std::clamp(first, limits.first, limits.last - new_len + 1);
    return {first, first + new_len - 1, Granularity::day};
}

TimeSpan pan_range(const TimeSpan& range, Day days, const TimeSpan& limits) {
    if (!range.valid() || !limits.valid()) return range;
    Day len = length_of(range);
    Day first = range.first + days;
    first = len >= length_of(limits) ? limits.first : std::clamp(first, limits.first, limits.last - len + 1);
    return {first, first + len - 1, Granularity::day};
}

TimeSpan follow_window(const TimeSpan& range, const TimeSpan& window, const TimeSpan& limits) {
    if (!range.valid() || !window.valid()) return range;
    if (window.first >= range.first && window.last <= range.last) return range;
    Day len = length_of(range);
    Day first = range.first;
    if (length_of(window) > len || window.last > range.last) first = window.last - len + 1;
    else first = window.first;
    return pan_range({first, first + len - 1, Granularity::day}, 0, limits);
}

TimeSpan apply_mode(const TimeSpan& window, WindowMode mode, const TimeSpan& extent) {
    if (mode != WindowMode::cumulative || !extent.valid()) return window;
    return {extent.first, std::max(window.last, extent.first), Granularity::day};
}

TimeSpan drag_window(WindowGrab grab, const TimeSpan& pressed, Day from, Day to, WindowMode mode, const TimeSpan& extent) {
    if (!extent.valid()) return pressed;
    from = std::clamp(from, extent.first, extent.last);
    to = std::clamp(to, extent.first, extent.last);
    TimeSpan w{std::max(pressed.first, extent.first), std::min(pressed.last, extent.last), Granularity::day};
    if (mode == WindowMode::cumulative && grab != WindowGrab::end) {
        // Only the end moves: to where the pointer is (brush, or grabbing the start), or by the
        // distance dragged (the band).
        w.last = grab == WindowGrab::band ? std::clamp(w.last + (to - from), extent.first, extent.last) : to;
        return apply_mode(w, mode, extent);
    }
    switch (grab) {
        case WindowGrab::start: w.first = std::min(to, w.last); break;
        case WindowGrab::end: w.last = std::max(to, w.first); break;
        case WindowGrab::brush: w = {std::min(from, to), std::max(from, to), Granularity::day}; break;
        case WindowGrab::band: {
            Day len = w.last - w.first;
            Day first = std::clamp(w.first + (to - from), extent.first, extent.last - len);
            w = {first, first + len, Granularity::day};
            break;
        }
    }
    return apply_mode(w, mode, extent);
}

TimeSpan playback_start(const TimeSpan& window, WindowMode mode, const TimeSpan& extent) {
    if (!extent.valid() || window.last < extent.last) return apply_mode(window, mode, extent);
    if (mode == WindowMode::cumulative) return {extent.first, extent.first, Granularity::day};
    Day len = std::min(length_of(window), length_of(extent));
    if (len >= length_of(extent)) len = std::max<Day>(1, length_of(extent) / 12);
    return {extent.first, extent.first + len - 1, Granularity::day};
}

TimeSpan playback_start(const TimeSpan& window, WindowMode mode, const TimeSpan& extent, const TimeSpan& focus) {
    TimeSpan start = playback_start(window, mode, extent);
    if (!extent.valid() || window.last < extent.last || !focus.valid() || focus.first <= extent.first)
        return start;
    const Day first = std::min(focus.first, extent.last);
    if (mode == WindowMode::cumulative) return {extent.first, first, Granularity::day};
    Day len = length_of(start);
    if (length_of(window) >= length_of(extent)) len = std::max<Day>(1, length_of(focus) / 12);
    return {first, std::min(extent.last, first + len - 1), Granularity::day};
}

TimeSpan step_playback(const TimeSpan& window, WindowMode mode, Playback& playback, double seconds,
                       const TimeSpan& extent) {
    if (!playback.playing || !extent.valid()) return window;
    playback.carry += std::max(0.0, playback.days_per_second) * std::max(0.0, seconds);
    // However long the frame was, the window cannot go further than the extent is long.
    // (The epsilon: sixty frames of 1/60 s at 10 days per second are ten days, not 9.999.)
    double whole = std::floor(playback.carry + 1e-9);
    playback.carry = std::max(0.0, playback.carry - whole);
    whole = std::min(whole, double(length_of(extent)) + 1);
    Day days = Day(whole);
    TimeSpan w = apply_mode(window, mode, extent);
    w.last += days;
    if (mode == WindowMode::moving) w.first += days;
    if (w.last >= extent.last) {
        Day over = w.last - extent.last;
        w.last = extent.last;
        if (mode == WindowMode::moving) w.first = std::max(extent.first, w.first - over);
        playback.playing = false;
        playback.carry = 0;
    }
    return w;
}

}  // namespace placeline
