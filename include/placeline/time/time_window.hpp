#pragma once
// The timeline's model, without a window: which stretch of time the panel shows (zoom from
// decades to days), where its tick marks go, how the time window behaves (moving or cumulative)
// and how playback slides it. The panel in src/app draws this state and feeds it input; the
// tests drive the same functions headless.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "placeline/time/date.hpp"

namespace placeline {

// Moving: the window keeps its length and slides. Cumulative: it always starts at the
// beginning of the corpus and only its end moves, so what has happened so far stays on the map.
enum class WindowMode : uint8_t { moving, cumulative };

enum class TickUnit : uint8_t { day, month, year, decade };

// Ticks every `step` units: every 2 days, every 3 months, every 5 years, every decade...
struct TickScale {
    TickUnit unit = TickUnit::year;
    int step = 1;
    bool operator==(const TickScale&) const = default;
};

struct Playback {
    bool playing = false;
    double days_per_second = 30;
    double carry = 0;  // the part of a day played but not yet applied
    double clock = 0;  // the caller's time (seconds) at the last step, to measure frame time
};

struct Timeline {
    TimeSpan range;    // what the panel shows; invalid until data arrives
    WindowMode mode = WindowMode::moving;
    Playback playback;
};

// The finest tick scale whose ticks are at least `min_spacing_px` apart over `width_px`.
TickScale choose_ticks(const TimeSpan& range, float width_px, float min_spacing_px);
// The days in `range` where a tick of this scale falls: first days of periods aligned to the
// calendar (Mondays for weeks, January for years, years ending in 0 for decades).
void tick_days(const TimeSpan& range, TickScale scale, std::vector<Day>& out);
// "1990s", "2023", "Sep 2023", "19 Sep"; before 1 AD "500 BC", "Mar 44 BC".
std::string tick_label(Day d, TickScale scale);

// The stretch of time the timeline may show: the extent with a little room on either side.
TimeSpan zoom_limits(const TimeSpan& extent);
// The range to show first: where the passages are, not where their outliers are. The hull of the
// times of year or finer granularity (decades and centuries, "200 years of...", would stretch it),
// less the `trim` share of earliest starts and of latest ends, with a twentieth of its length (at
// least a month) on either side, inside zoom_limits(extent). zoom_limits(extent) when no time
// qualifies. The caller leaves out times it does not trust (a file's time standing in for a
// publication date).
TimeSpan focus_range(std::span<const TimeSpan> times, const TimeSpan& extent, double trim = 0.02);
// Zooms `range` by `factor` (above 1 zooms in) keeping `anchor` (a fractional day) where it is
// on screen. Never shorter than `min_days`, never outside `limits`.
TimeSpan zoom_range(const TimeSpan& range, double anchor, double factor, const TimeSpan& limits, Day min_days = 14);
// Moves `range` by `days`, kept inside `limits`.
TimeSpan pan_range(const TimeSpan& range, Day days, const TimeSpan& limits);
// The least move of `range` that shows all of `window` (or its end, when the window is longer).
TimeSpan follow_window(const TimeSpan& range, const TimeSpan& window, const TimeSpan& limits);

// What a drag on the timeline takes hold of: an edge of the window, the whole window, or nothing
// (a new window is brushed from the day pressed).
enum class WindowGrab : uint8_t { start, end, band, brush };
// The window during a drag: `pressed` was the window when the drag began on day `from`; the
// pointer is now over day `to`. The window stays inside the extent and obeys the mode (a
// cumulative window has no start to move: moving it, or brushing, moves its end).
TimeSpan drag_window(WindowGrab grab, const TimeSpan& pressed, Day from, Day to, WindowMode mode, const TimeSpan& extent);

// The window as the mode wants it: cumulative windows start at the extent's first day.
TimeSpan apply_mode(const TimeSpan& window, WindowMode mode, const TimeSpan& extent);

// Where playback starts: the window as it is, unless it already touches the extent's end, in
// which case it goes back to the start (moving: same length; cumulative: one day). A moving
// window as long as the extent has nowhere to go: it becomes a twelfth of it.
TimeSpan playback_start(const TimeSpan& window, WindowMode mode, const TimeSpan& extent);
// The same, but playback that starts over begins where the passages are (`focus`, from
// focus_range) rather than at the extent's first day: a moving window becomes the first twelfth of
// the focus, a cumulative one ends at its first day. Lone early outliers are not played through.
TimeSpan playback_start(const TimeSpan& window, WindowMode mode, const TimeSpan& extent, const TimeSpan& focus);

// Advances playback by `seconds` of frame time: whole days move the window, the rest is kept for
// the next frame. Stops (playing = false) when the window's end reaches the extent's end.
TimeSpan step_playback(const TimeSpan& window, WindowMode mode, Playback& playback, double seconds,
                       const TimeSpan& extent);

// The speeds the panel offers, in days per second.
inline constexpr double playback_speeds[] = {1, 7, 30, 91, 365, 3652};

}  // namespace placeline
