#include <doctest/doctest.h>

#include <cmath>

#include "placeline/render/deck.hpp"
#include "placeline/render/slide_frame.hpp"

using namespace placeline;
using namespace placeline::render;

TEST_CASE("a deck is read with every field") {
    Diagnostics diags;
    Deck d = parse_deck(R"(
title = "Talk"
[[slide]]
title = "One"
caption = "First"
view = { places = ["Stepanakert", "gn:616052"] }
from = 2023-09-19
to = "2023-09-30"
layers = ["countries"]
highlight = ["Shusha"]
quotes = [{ file = "a.txt", start = 10, end = 20 }]
transition = 2.5
hold = 3
playback_days_per_second = 7
[[slide]]
view = { center = [46.75, 39.8], zoom = 9.5 }
[[slide]]
view = { bbox = [44, 38, 48, 41] }
)",
                        "deck.toml", diags);
    CHECK(diags.size() == 0);
    REQUIRE(d.slides.size() == 3);
    CHECK(d.title == "Talk");
    const Slide& s = d.slides[0];
    CHECK(s.view.kind == SlideView::Kind::places);
    CHECK(s.view.places == std::vector<std::string>{"Stepanakert", "gn:616052"});
    REQUIRE(s.window);
    CHECK(s.window->first == make_day(2023, 9, 19));
    CHECK(s.window->last == make_day(2023, 9, 30));
    CHECK(s.layers == std::vector<std::string>{"countries"});
    REQUIRE(s.quotes.size() == 1);
    CHECK(s.quotes[0].end == 20);
    CHECK(s.transition == 2.5);
    CHECK(s.playback_days == 7);
    CHECK(d.slides[1].view.kind == SlideView::Kind::center_zoom);
    CHECK(d.slides[1].view.zoom == 9.5);
    CHECK(d.slides[2].view.kind == SlideView::Kind::bbox);
    CHECK(d.slides[2].view.bbox[2] == 48);
}

TEST_CASE("a bad field is reported with its line and the other slides still work") {
    Diagnostics diags;
    Deck d = parse_deck("[[slide]]\ntitle = \"ok\"\n\n[[slide]]\ntitle = \"bad date\"\nfrom = 2023-02-30\n"
                        "transition = -4\ncolour = \"red\"\n[[slide]]\ntitle = \"fine\"\n",
                        "talk.toml", diags);
    REQUIRE(d.slides.size() == 3);
    CHECK(d.slides[0].title == "ok");
    CHECK(d.slides[1].title == "bad date");
    CHECK_FALSE(d.slides[1].window);
    CHECK(d.slides[1].transition == Slide{}.transition);
    CHECK(d.slides[2].title == "fine");
    auto all = diags.snapshot();
    REQUIRE(all.size() == 3);
    // TOML itself refuses 2023-02-30: that line is reported and skipped, the rest is read.
    bool date_line = false, transition_line = false, unknown = false;
    for (const Diagnostic& x : all) {
        CHECK(x.file == "talk.toml");
        date_line |= x.line == 6;
        transition_line |= x.line == 7 && x.message.find("transition") != std::string::npos;
        unknown |= x.line == 8 && x.message.find("colour") != std::string::npos;
    }
    CHECK(date_line);
    CHECK(transition_line);
    CHECK(unknown);
}

TEST_CASE("a line that is not TOML is reported with its line and skipped") {
    Diagnostics diags;
    Deck d = parse_deck("[[slide]]\ntitle = \"x\"\nview = { places = [ }\n[[slide]]\ntitle = \"y\"\n", "broken.toml", diags);
    REQUIRE(d.slides.size() == 2);
    CHECK(d.slides[0].title == "x");
    CHECK(d.slides[0].view.kind == SlideView::Kind::fit_data);
    REQUIRE(diags.size() == 1);
    CHECK(diags.snapshot()[0].line == 3);
}

TEST_CASE("a deck survives writing and reading back") {
    Deck d;
    d.title = "Round trip";
    Slide a;
    a.title = "A";
    a.caption = "Caption with \"quotes\"";
    a.view.kind = SlideView::Kind::bbox;
    a.view.bbox = {44.5, 38.25, 48, 41};
    a.window = TimeSpan{make_day(2022, 12, 12), make_day(2023, 9, 24), Granularity::day};
    a.layers = std::vector<std::string>{"countries", "disputed_borders"};
    a.highlight = {"gn:146970"};
    a.quotes = {{"003.txt", 5, 50}};
    a.transition = 2;
    a.playback_days = 3;
    Slide b;
    b.title = "B";
    b.view.kind = SlideView::Kind::center_zoom;
    b.view.center = {46.75, 39.8};
    b.view.zoom = 10;
    d.slides = {a, b};
    Diagnostics diags;
    Deck back = parse_deck(deck_to_toml(d), "back.toml", diags);
    CHECK(diags.size() == 0);
    REQUIRE(back.slides.size() == 2);
    CHECK(back.title == d.title);
    CHECK(back.slides[0].caption == a.caption);
    CHECK(back.slides[0].view.bbox == a.view.bbox);
    CHECK(*back.slides[0].window == *a.window);
    CHECK(*back.slides[0].layers == *a.layers);
    CHECK(back.slides[0].highlight == a.highlight);
    CHECK(back.slides[0].quotes[0].start == 5);
    CHECK(back.slides[0].playback_days == 3);
    CHECK(back.slides[1].view.center.lon == 46.75);
    CHECK(back.slides[1].view.zoom == 10);
}

TEST_CASE("transitions reach the target view exactly and pass through a wider view") {
    SlideFrame a, b;
    a.view = {0, 0, 1e-3, 800, 600};
    b.view = {500000, 200000, 4e-3, 800, 600};
    a.state.window = {make_day(2020, 1, 1), make_day(2020, 12, 31), Granularity::day};
    b.state.window = {make_day(2023, 9, 19), make_day(2023, 9, 20), Granularity::day};
    SlideFrame end = interpolate_frames(a, b, 1.0);
    CHECK(end.view.cx == b.view.cx);
    CHECK(end.view.cy == b.view.cy);
    CHECK(end.view.scale == b.view.scale);
    CHECK(end.state.window == b.state.window);
    CHECK(interpolate_frames(a, b, 0.0).view.scale == doctest::Approx(a.view.scale));
    // Far apart: the camera rises (zooms out) in the middle of the flight.
    SlideFrame mid = interpolate_frames(a, b, 0.5);
    CHECK(mid.view.scale < std::sqrt(a.view.scale * b.view.scale));
    CHECK(mid.state.window.first > a.state.window.first);
    CHECK(mid.state.window.first < b.state.window.first);
    // Monotone approach to the target centre.
    double last = 1e18;
    for (int i = 1; i <= 20; ++i) {
        SlideFrame f = interpolate_frames(a, b, i / 20.0);
        double d = std::hypot(f.view.cx - b.view.cx, f.view.cy - b.view.cy);
        CHECK(d <= last + 1e-6);
        last = d;
    }
}

TEST_CASE("playback moves the window and wraps at the end of the data") {
    TimeSpan extent{make_day(2020, 1, 1), make_day(2020, 12, 31), Granularity::day};
    TimeSpan start{make_day(2020, 1, 1), make_day(2020, 1, 10), Granularity::day};
    CHECK(playback_window(start, 10, 0, extent) == start);
    TimeSpan later = playback_window(start, 10, 2, extent);
    CHECK(later.first == start.first + 20);
    CHECK(later.last - later.first == start.last - start.first);
    TimeSpan wrapped = playback_window(start, 10, 40, extent);  // 400 days on
    CHECK(wrapped.first >= extent.first);
    CHECK(wrapped.last <= extent.last);
}

TEST_CASE("a slide's places are framed in the free rectangle that shows them largest") {
    // A caption band bottom left and a quote box top right on a 1000x600 screen.
    const std::vector<Box> covered = {{0, 450, 500, 600}, {650, 0, 1000, 200}};
    geo::Bounds wide;
    wide.add(0, 0), wide.add(100, 10);  // a long east-west row of places
    Box r = best_free_rect(wide, covered, 1000, 600, 10);
    // The full-width band between the two boxes, not the top-left corner.
    CHECK(r.x0 == 0);
    CHECK(r.x1 == 1000);
    CHECK(r.y0 == 200);
    CHECK(r.y1 == 450);
    geo::Bounds tall;
    tall.add(0, 0), tall.add(10, 100);
    r = best_free_rect(tall, covered, 1000, 600, 10);
    for (const Box& c : covered) CHECK_FALSE(c.overlaps(r));
    CHECK(r.y1 - r.y0 == 600);  // the full-height column between them
    CHECK(best_free_rect(tall, {}, 1000, 600, 10).x1 == 1000);
}

TEST_CASE("a slide sets the window and highlights but keeps the presenter's layer order and opacity") {
    MapState user;
    user.layer_order = {2, 0, 1};
    user.layer_opacity = {0.5f, 1.0f, 0.25f};
    user.layer_visible = {true, false, true};
    SlideFrame f;
    f.state.window = {make_day(2023, 9, 19), make_day(2023, 9, 20)};
    f.state.highlighted = {7};
    apply_frame(f, user);
    CHECK(user.window.first == make_day(2023, 9, 19));
    CHECK(user.highlighted == std::vector<PlaceIndex>{7});
    CHECK(user.layer_order == std::vector<size_t>{2, 0, 1});
    CHECK(user.layer_opacity[2] == 0.25f);
    CHECK_FALSE(user.layer_visible[1]);  // the slide names no layers: the presenter's choice stays
    f.state.layer_visible = {false, true, true};
    apply_frame(f, user);
    CHECK(user.layer_visible == std::vector<bool>{false, true, true});
    CHECK(user.layer_opacity[0] == 0.5f);
}

TEST_CASE("outputs are drawn larger as they grow: 1 up to 1066x600, 1.8 at 1920x1080") {
    CHECK(output_scale(640, 400) == 1.0f);
    CHECK(output_scale(1066, 600) == 1.0f);
    CHECK(output_scale(1920, 1080) == doctest::Approx(1.8f));
    CHECK(output_scale(3840, 2160) == doctest::Approx(3.6f));
    CHECK(output_scale(3840, 600) == 1.0f);  // the smaller ratio rules
}
