// The timeline's model: ticks, zoom, window modes and playback, without a window.
#include <doctest/doctest.h>

#include "placeline/time/time_window.hpp"

using namespace placeline;

static Day day(const char* iso) { return *parse_iso_date(iso); }
static TimeSpan span(const char* a, const char* b) { return {day(a), day(b), Granularity::day}; }

TEST_CASE("tick scale follows the zoom from decades to days") {
    // Labels need 70 px; the panel is 1000 px wide.
    CHECK(choose_ticks(span("1900-01-01", "2023-12-31"), 1000, 70) == TickScale{TickUnit::decade, 1});
    CHECK(choose_ticks(span("1700-01-01", "2023-12-31"), 1000, 70) == TickScale{TickUnit::decade, 5});
    CHECK(choose_ticks(span("1988-01-01", "2023-12-31"), 1000, 70) == TickScale{TickUnit::year, 5});
    CHECK(choose_ticks(span("2020-01-01", "2023-12-31"), 1000, 70) == TickScale{TickUnit::month, 6});
    CHECK(choose_ticks(span("2023-01-01", "2023-12-31"), 1000, 70) == TickScale{TickUnit::month, 1});
    CHECK(choose_ticks(span("2023-09-01", "2023-09-30"), 1000, 70) == TickScale{TickUnit::day, 7});
    CHECK(choose_ticks(span("2023-09-01", "2023-09-30"), 1800, 70) == TickScale{TickUnit::day, 2});
    CHECK(choose_ticks(span("2023-09-15", "2023-09-28"), 1000, 70) == TickScale{TickUnit::day, 1});
}

TEST_CASE("ticks fall on calendar boundaries inside the range") {
    std::vector<Day> ticks;
    tick_days(span("1987-06-01", "2023-03-01"), {TickUnit::decade, 1}, ticks);
    REQUIRE(ticks.size() == 4);
    CHECK(format_iso(ticks[0]) == "1990-01-01");
    CHECK(format_iso(ticks[3]) == "2020-01-01");
    CHECK(tick_label(ticks[0], {TickUnit::decade, 1}) == "1990s");

    tick_days(span("2023-02-15", "2023-12-31"), {TickUnit::month, 3}, ticks);
    REQUIRE(ticks.size() == 3);  // April, July, October
    CHECK(format_iso(ticks[0]) == "2023-04-01");
    CHECK(tick_label(ticks[0], {TickUnit::month, 3}) == "Apr 2023");

    tick_days(span("2023-09-01", "2023-09-30"), {TickUnit::day, 7}, ticks);
    REQUIRE(ticks.size() == 4);
    CHECK(format_iso(ticks[0]) == "2023-09-04");  // a Monday
    CHECK(tick_label(ticks[0], {TickUnit::day, 7}) == "4 Sep");

    tick_days(span("2023-09-19", "2023-09-21"), {TickUnit::day, 1}, ticks);
    CHECK(ticks.size() == 3);
    tick_days(span("2019-12-31", "2021-01-01"), {TickUnit::year, 1}, ticks);
    CHECK(ticks.size() == 2);

    // Before 1 AD: astronomical years on the axis, written as BC years.
    tick_days(span("-0509-06-01", "-0470-01-01"), {TickUnit::decade, 1}, ticks);
    REQUIRE(ticks.size() == 4);
    CHECK(format_iso(ticks[0]) == "-0500-01-01");
    CHECK(tick_label(ticks[0], {TickUnit::decade, 1}) == "501 BC");
    CHECK(tick_label(make_day(-43, 3, 1), {TickUnit::month, 1}) == "Mar 44 BC");
    CHECK(tick_label(make_day(0, 1, 1), {TickUnit::year, 1}) == "1 BC");
}

TEST_CASE("a scale far too fine for its range stops at a bounded number of ticks") {
    std::vector<Day> ticks;
    tick_days(span("0001-01-01", "9999-12-31"), {TickUnit::day, 1}, ticks);
    CHECK(ticks.size() == 4000);
}

TEST_CASE("zooming keeps the day under the cursor in place and respects the limits") {
    TimeSpan limits = zoom_limits(span("1988-01-01", "2023-12-31"));
    CHECK(limits.first < day("1988-01-01"));
    TimeSpan all = limits;
    double anchor = day("2020-01-01");
    double t_before = (anchor - all.first) / double(all.last - all.first + 1);
    TimeSpan in = zoom_range(all, anchor, 4, limits);
    CHECK(in.last - in.first + 1 == doctest::Approx((all.last - all.first + 1) / 4.0).epsilon(0.01));
    double t_after = (anchor - in.first) / double(in.last - in.first + 1);
    CHECK(t_after == doctest::Approx(t_before).epsilon(0.01));
    // All the way in: two weeks, never fewer days.
    TimeSpan deep = in;
    for (int i = 0; i < 40; ++i) deep = zoom_range(deep, anchor, 2, limits);
    CHECK(deep.last - deep.first + 1 == 14);
    CHECK(deep.first <= day("2020-01-01"));
    CHECK(deep.last >= day("2020-01-01"));
    // All the way out: the limits, never more.
    for (int i = 0; i < 40; ++i) deep = zoom_range(deep, anchor, 0.5, limits);
    CHECK(deep == limits);
}

TEST_CASE("panning stops at the limits, the range follows a window leaving it") {
    TimeSpan limits = span("2000-01-01", "2010-12-31");
    TimeSpan r = span("2005-01-01", "2005-12-31");
    CHECK(pan_range(r, 100000, limits).last == limits.last);
    CHECK(pan_range(r, -100000, limits).first == limits.first);
    CHECK(follow_window(r, span("2005-03-01", "2005-04-01"), limits) == r);
    TimeSpan moved = follow_window(r, span("2006-02-01", "2006-02-10"), limits);
    CHECK(moved.last == day("2006-02-10"));
    CHECK(moved.last - moved.first == r.last - r.first);
    moved = follow_window(r, span("2003-02-01", "2003-02-10"), limits);
    CHECK(moved.first == day("2003-02-01"));
}

TEST_CASE("playback slides a moving window by days per second of frame time") {
    TimeSpan extent = span("2023-01-01", "2023-12-31");
    Playback pb{true, 10, 0};
    TimeSpan w = span("2023-01-01", "2023-01-31");
    // 60 frames of 1/60 s: exactly ten days, whatever the frame split.
    for (int i = 0; i < 60; ++i) w = step_playback(w, WindowMode::moving, pb, 1.0 / 60, extent);
    CHECK(w == span("2023-01-11", "2023-02-10"));
    CHECK(pb.playing);
    // Stopped: nothing moves.
    pb.playing = false;
    CHECK(step_playback(w, WindowMode::moving, pb, 5, extent) == w);
}

TEST_CASE("playback stops at the end of the extent, keeping the window's length") {
    TimeSpan extent = span("2023-01-01", "2023-12-31");
    Playback pb{true, 30, 0};
    TimeSpan w = span("2023-12-01", "2023-12-20");
    w = step_playback(w, WindowMode::moving, pb, 1, extent);
    CHECK(w == span("2023-12-12", "2023-12-31"));
    CHECK_FALSE(pb.playing);
    // Play again: it starts over from the beginning, same length.
    CHECK(playback_start(w, WindowMode::moving, extent) == span("2023-01-01", "2023-01-20"));
}

TEST_CASE("a cumulative window starts at the beginning and only its end moves") {
    TimeSpan extent = span("2020-01-01", "2023-12-31");
    CHECK(apply_mode(span("2021-05-01", "2021-06-01"), WindowMode::cumulative, extent) == span("2020-01-01", "2021-06-01"));
    CHECK(apply_mode(span("2021-05-01", "2021-06-01"), WindowMode::moving, extent) == span("2021-05-01", "2021-06-01"));
    Playback pb{true, 100, 0};
    TimeSpan w = step_playback(span("2021-05-01", "2021-06-01"), WindowMode::cumulative, pb, 2, extent);
    CHECK(w.first == extent.first);
    CHECK(w.last == day("2021-06-01") + 200);
    // At the end, play starts over from one day.
    CHECK(playback_start(span("2020-01-01", "2023-12-31"), WindowMode::cumulative, extent) ==
          span("2020-01-01", "2020-01-01"));
}

TEST_CASE("playing a moving window as long as the extent starts with a twelfth of it") {
    TimeSpan extent = span("2023-01-01", "2023-12-31");
    TimeSpan w = playback_start(extent, WindowMode::moving, extent);
    CHECK(w.first == extent.first);
    CHECK(w.last - w.first + 1 == 365 / 12);
    // A window not at the end is left where it is.
    CHECK(playback_start(span("2023-03-01", "2023-03-31"), WindowMode::moving, extent) == span("2023-03-01", "2023-03-31"));
}

TEST_CASE("a long stall (a frame of minutes) cannot throw the window past the extent") {
    TimeSpan extent = span("2023-01-01", "2023-12-31");
    Playback pb{true, 3652, 0};
    TimeSpan w = step_playback(span("2023-01-01", "2023-01-10"), WindowMode::moving, pb, 600, extent);
    CHECK(w == span("2023-12-22", "2023-12-31"));
    CHECK_FALSE(pb.playing);
}

TEST_CASE("dragging the window: edges, the whole band, a brush, all kept inside the extent") {
    TimeSpan extent = span("2023-01-01", "2023-12-31");
    TimeSpan w = span("2023-03-01", "2023-03-31");
    auto drag = [&](WindowGrab g, const char* from, const char* to, WindowMode m = WindowMode::moving) {
        return drag_window(g, w, day(from), day(to), m, extent);
    };
    CHECK(drag(WindowGrab::start, "2023-03-01", "2023-02-10") == span("2023-02-10", "2023-03-31"));
    // An edge cannot cross the other: the window shrinks to one day.
    CHECK(drag(WindowGrab::start, "2023-03-01", "2023-05-01") == span("2023-03-31", "2023-03-31"));
    CHECK(drag(WindowGrab::end, "2023-03-31", "2023-04-15") == span("2023-03-01", "2023-04-15"));
    CHECK(drag(WindowGrab::band, "2023-03-10", "2023-03-20") == span("2023-03-11", "2023-04-10"));
    // The band stops at the extent's end, keeping its length.
    CHECK(drag(WindowGrab::band, "2023-03-10", "2023-12-30") == span("2023-12-01", "2023-12-31"));
    // Brushing backwards works too; beyond the extent it stops at its first day.
    CHECK(drag(WindowGrab::brush, "2023-06-20", "2023-06-10") == span("2023-06-10", "2023-06-20"));
    CHECK(drag(WindowGrab::brush, "2023-01-20", "2022-06-10") == span("2023-01-01", "2023-01-20"));
}

TEST_CASE("dragging a cumulative window only ever moves its end") {
    TimeSpan extent = span("2023-01-01", "2023-12-31");
    TimeSpan w = span("2023-01-01", "2023-03-31");
    auto drag = [&](WindowGrab g, const char* from, const char* to) {
        return drag_window(g, w, day(from), day(to), WindowMode::cumulative, extent);
    };
    CHECK(drag(WindowGrab::brush, "2023-06-01", "2023-07-01") == span("2023-01-01", "2023-07-01"));
    CHECK(drag(WindowGrab::start, "2023-01-01", "2023-02-01") == span("2023-01-01", "2023-02-01"));
    CHECK(drag(WindowGrab::band, "2023-02-01", "2023-02-11") == span("2023-01-01", "2023-04-10"));
    CHECK(drag(WindowGrab::end, "2023-03-31", "2024-05-01") == span("2023-01-01", "2023-12-31"));
}

TEST_CASE("the first range shown is where the passages are, not where their outliers are") {
    std::vector<TimeSpan> times;
    // 100 passages dated inside 1988-2023, years and days.
    for (int i = 0; i < 100; ++i) {
        int year = 1988 + i % 36;
        times.push_back(i % 2 ? span_of_year(year) : span_of_day(make_day(year, 6, 1)));
    }
    // A century-long stretch ("200 years of...") and a decade do not count at all...
    times.push_back({day("1823-01-01"), day("2023-12-31"), Granularity::century});
    times.push_back({day("1900-01-01"), day("1909-12-31"), Granularity::decade});
    // ...and a lone early year is one of the 2 % outliers trimmed.
    times.push_back(span_of_year(1923));
    const TimeSpan extent = span("1823-01-01", "2026-12-01");
    TimeSpan focus = focus_range(times, extent);
    // The hull 1988-2023 with a twentieth of its length (about 1.8 years) on either side.
    CHECK(focus.first < day("1988-01-01"));
    CHECK(focus.first > day("1986-01-01"));
    CHECK(focus.last > day("2023-12-31"));
    CHECK(focus.last < day("2026-01-01"));
    // Without trimming the 1923 passage stretches it.
    CHECK(focus_range(times, extent, 0).first < day("1923-01-01"));

    // Nothing of year or finer granularity: the whole extent, as zoom_limits gives it.
    std::vector<TimeSpan> coarse{{day("1900-01-01"), day("1999-12-31"), Granularity::century}};
    CHECK(focus_range(coarse, extent) == zoom_limits(extent));
    CHECK(focus_range({}, extent) == zoom_limits(extent));
    // One day: a month either side, never outside the limits.
    std::vector<TimeSpan> one{span_of_day(day("2023-09-19"))};
    CHECK(focus_range(one, span("2023-09-19", "2023-09-19")) == zoom_limits(span("2023-09-19", "2023-09-19")));
    TimeSpan single = focus_range(one, span("2023-01-01", "2023-12-31"));
    CHECK(single.first == day("2023-08-20"));
    CHECK(single.last == day("2023-10-19"));
}

TEST_CASE("playback that starts over begins where the passages are, not at a lone early outlier") {
    const TimeSpan extent = span("1823-01-01", "2026-12-01");
    const TimeSpan focus = span("1986-03-01", "2025-10-31");
    // All of time in a moving window: the first twelfth of the focus.
    TimeSpan w = playback_start(extent, WindowMode::moving, extent, focus);
    CHECK(w.first == focus.first);
    CHECK(w.last - w.first + 1 == (focus.last - focus.first + 1) / 12);
    // A shorter window at the end keeps its length.
    CHECK(playback_start(span("2026-11-01", "2026-12-01"), WindowMode::moving, extent, focus) ==
          span("1986-03-01", "1986-03-31"));
    // Cumulative: from the extent's start (as always) to the focus's first day.
    CHECK(playback_start(extent, WindowMode::cumulative, extent, focus) == span("1823-01-01", "1986-03-01"));
    // A window not at the end, or a focus that is no narrower at the start: as before.
    CHECK(playback_start(span("2000-01-01", "2000-12-31"), WindowMode::moving, extent, focus) ==
          span("2000-01-01", "2000-12-31"));
    CHECK(playback_start(extent, WindowMode::moving, extent, zoom_limits(extent)) ==
          playback_start(extent, WindowMode::moving, extent));
}
