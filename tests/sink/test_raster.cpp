// The CPU sink's own drawing: thin lines, discs and rings cover what their geometry covers, and
// a render split into bands of rows (two threads, or a pan's uncovered strips) is pixel for pixel
// the whole render.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "placeline/sink/raster.hpp"
#include "sink/discs.hpp"

using namespace placeline;
using render::Color;

namespace {

const Color white{255, 255, 255, 255}, black{0, 0, 0, 255};

sink::PixelBuffer blank(int w = 64, int h = 64) {
    sink::PixelBuffer b;
    b.resize(w, h);
    b.clear(white);
    return b;
}

// How much of the pixel the drawing took, 0..1, from its red channel (black on white).
double ink(const sink::PixelBuffer& b, int x, int y) { return (255 - b.pixel(x, y)[0]) / 255.0; }

double total_ink(const sink::PixelBuffer& b) {
    double sum = 0;
    for (int y = 0; y < b.height; ++y)
        for (int x = 0; x < b.width; ++x) sum += ink(b, x, y);
    return sum;
}

}  // namespace

TEST_CASE("a one-pixel line on a pixel row covers that row and nothing else") {
    auto b = blank();
    sink::draw_line(b, 10, 20.5, 40, 20.5, 1, black);
    for (int x = 10; x < 40; ++x) {
        CHECK(ink(b, x, 20) == doctest::Approx(1).epsilon(0.01));
        CHECK(ink(b, x, 19) == 0);
        CHECK(ink(b, x, 21) == 0);
    }
    CHECK(ink(b, 9, 20) == 0);
    CHECK(ink(b, 40, 20) == 0);
}

TEST_CASE("a line between two rows shares its coverage between them") {
    auto b = blank();
    sink::draw_line(b, 10, 20, 40, 20, 1, black);
    CHECK(ink(b, 25, 19) == doctest::Approx(0.5).epsilon(0.02));
    CHECK(ink(b, 25, 20) == doctest::Approx(0.5).epsilon(0.02));
    // A thinner line leaves proportionally less ink per column.
    auto thin = blank();
    sink::draw_line(thin, 10, 20.5, 40, 20.5, 0.6f, black);
    CHECK(ink(thin, 25, 20) == doctest::Approx(0.6).epsilon(0.02));
}

TEST_CASE("a diagonal line leaves the ink of its length times its width, steep or shallow") {
    auto shallow = blank(), steep = blank();
    sink::draw_line(shallow, 5.2, 8.7, 55.1, 40.3, 1.3f, black);
    sink::draw_line(steep, 8.7, 5.2, 40.3, 55.1, 1.3f, black);
    const double area = std::hypot(55.1 - 5.2, 40.3 - 8.7) * 1.3;
    CHECK(total_ink(shallow) == doctest::Approx(area).epsilon(0.03));
    CHECK(total_ink(steep) == doctest::Approx(total_ink(shallow)).epsilon(0.001));
    // Through the draw list, whose thin strokes are drawn band by band of rows: the same.
    render::DrawList list;
    const geo::XY ends[] = {{5.2, 8.7}, {55.1, 40.3}};
    list.add_stroke(ends, 2, false, black, 1.3f);
    auto listed = blank();
    sink::rasterize(list, listed);
    CHECK(listed.rgba == shallow.rgba);
    // Mirrored along the diagonal: the same pixels, transposed.
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x) REQUIRE(ink(shallow, x, y) == doctest::Approx(ink(steep, y, x)).epsilon(0.01));
}

TEST_CASE("segments of a polyline meeting inside a pixel do not darken the joint") {
    // Half-transparent, so a pixel drawn over twice would show: each segment takes only the part
    // of the joint's column it spans.
    render::DrawList list;
    const geo::XY pts[] = {{5, 30.5}, {20.3, 30.5}, {50, 30.5}};
    list.add_stroke(pts, 3, false, Color{0, 0, 0, 128}, 1);
    auto b = blank();
    sink::rasterize(list, b);
    const double line = ink(b, 10, 30);
    CHECK(line == doctest::Approx(0.5).epsilon(0.02));
    CHECK(ink(b, 20, 30) <= line + 0.01);
    CHECK(ink(b, 20, 30) > line * 0.85);
    CHECK(ink(b, 20, 29) == 0);
}

TEST_CASE("a line whose ends lie far outside the target is drawn where it crosses it") {
    auto b = blank();
    sink::draw_line(b, -1e7, 32.5, 1e7, 32.5, 1, black);
    for (int x = 0; x < 64; ++x) {
        CHECK(ink(b, x, 32) == doctest::Approx(1).epsilon(0.01));
        CHECK(ink(b, x, 31) == 0);
    }
}

TEST_CASE("a disc covers its area, a ring its circumference times its width") {
    auto disc = blank();
    sink::draw_disc(disc.target(), 32.3, 31.8, 12, black, sink::ClipRect{0, 0, 64, 64});
    CHECK(total_ink(disc) == doctest::Approx(M_PI * 144).epsilon(0.01));
    CHECK(ink(disc, 32, 31) == 1);
    CHECK(ink(disc, 32, 31 + 14) == 0);

    auto ring = blank();
    sink::draw_circle(ring.target(), 32, 32, 20, 2, black, sink::ClipRect{0, 0, 64, 64});
    CHECK(total_ink(ring) == doctest::Approx(2 * M_PI * 20 * 2).epsilon(0.02));
    CHECK(ink(ring, 32, 32) == 0);   // the centre stays empty
    CHECK(ink(ring, 52, 32) > 0.9);  // on the circle
}

// Bands that do not fall on the line renderer's own row bands.
void draw_in_bands(const render::DrawList& list, sink::PixelBuffer& b) {
    for (int y0 : {0, 13, 37}) {
        const int y1 = y0 == 0 ? 13 : y0 == 13 ? 37 : 64;
        sink::rasterize(list, b, 1, 0, SIZE_MAX, sink::ClipRect{0, y0, 64, y1});
    }
}

const geo::XY shape[] = {{3, 4}, {60, 9}, {55, 58}, {30, 40}, {8, 61}};

TEST_CASE("thin lines and discs drawn in bands of rows are the whole render, pixel for pixel") {
    render::DrawList list;
    list.add_stroke(shape, 5, true, Color{20, 20, 20, 230}, 0.8f);
    // Long segments at many angles, most of them ending outside the target.
    for (int i = 0; i < 24; ++i) {
        const double a = i * 0.2617 + 0.05;
        const geo::XY line[] = {{32 - 90 * std::cos(a), 30 - 70 * std::sin(a)}, {33 + 80 * std::cos(a), 31 + 95 * std::sin(a)}};
        list.add_stroke(line, 2, false, Color{0, 0, 0, 90}, i % 2 ? 1.3f : 0.6f);
    }
    list.add_disc({33, 33}, 9, Color{220, 80, 40, 255});
    list.add_circle({33, 33}, 12, Color{0, 0, 0, 180}, 1.5f);
    auto whole = blank(), banded = blank();
    sink::rasterize(list, whole);
    draw_in_bands(list, banded);
    CHECK(total_ink(whole) > 100);
    CHECK(banded.rgba == whole.rgba);
}

TEST_CASE("fills and wide strokes drawn in bands of rows differ from the whole render by a level at most") {
    // AGG clips an edge at the band's border and rounds the cut edge's cells afresh.
    render::DrawList list;
    list.begin_fill(Color{40, 120, 200, 200});
    list.add_ring(shape, 5);
    list.end_fill();
    list.add_stroke(shape, 5, true, Color{200, 30, 30, 160}, 4);
    auto whole = blank(), banded = blank();
    sink::rasterize(list, whole);
    draw_in_bands(list, banded);
    CHECK(total_ink(whole) > 500);
    int worst = 0;
    for (size_t i = 0; i < whole.rgba.size(); ++i) worst = std::max(worst, std::abs(whole.rgba[i] - banded.rgba[i]));
    CHECK(worst <= 1);
}
