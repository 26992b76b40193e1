// Coverage of a band `width` wide around each segment, column by column (row by row for steep
// segments). Each column takes the fraction of it that the segment spans, so two segments
// meeting inside a pixel add up to one coverage and joints do not darken.
#include "thin_lines.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace placeline::sink::thin {

namespace {

// Both ends of the segment moved inside the box [x0, x1] x [y0, y1] along the line (Liang-Barsky),
// so that far-off ends (a zoomed-in view) do not cost float precision or empty columns.
bool clip_to(double& ax, double& ay, double& bx, double& by, double x0, double y0, double x1, double y1) {
    if (ax >= x0 && ax <= x1 && bx >= x0 && bx <= x1 && ay >= y0 && ay <= y1 && by >= y0 && by <= y1) return true;
    const double dx = bx - ax, dy = by - ay;
    double t0 = 0, t1 = 1;
    auto edge = [&](double p, double q) {
        if (p == 0) return q >= 0;
        const double t = q / p;
        if (p < 0) {
            if (t > t1) return false;
            t0 = std::max(t0, t);
        } else {
            if (t < t0) return false;
            t1 = std::min(t1, t);
        }
        return true;
    };
    if (!edge(-dx, ax - x0) || !edge(dx, x1 - ax) || !edge(-dy, ay - y0) || !edge(dy, y1 - ay)) return false;
    const double sx = ax, sy = ay;
    ax = sx + t0 * dx, ay = sy + t0 * dy;
    bx = sx + t1 * dx, by = sy + t1 * dy;
    return true;
}

// `s` by value: pixel stores may alias anything, so a segment behind a reference would be read
// from memory again for every pixel.
template <bool Steep>
void draw_oriented(const PixelTarget& b, const Segment s, const ClipRect& clip) {
    const int major_begin = Steep ? clip.y0 : clip.x0, major_end = Steep ? clip.y1 : clip.x1;
    const int minor_begin = Steep ? clip.x0 : clip.y0, minor_end = Steep ? clip.x1 : clip.y1;
    int first = std::max(major_begin, floor_int(s.a0)), last = std::min(major_end - 1, floor_int(s.a1));
    const float lo = std::min(s.b0, s.b1) - s.half - 1, hi = std::max(s.b0, s.b1) + s.half + 1;
    if (hi < float(minor_begin) || lo >= float(minor_end)) return;
    // A long shallow segment drawn band by band crosses many clips: only the columns whose centre
    // comes within `half` (and a pixel) of the clip's minor range can touch it.
    if ((lo < float(minor_begin) || hi > float(minor_end)) && s.slope != 0) {
        float xa = s.a0 + (float(minor_begin) - s.half - 1 - s.b0) / s.slope;
        float xb = s.a0 + (float(minor_end) + s.half + 1 - s.b0) / s.slope;
        if (xa > xb) std::swap(xa, xb);
        // Clamped first: a nearly flat segment puts them far beyond what an int holds.
        first = std::max(first, floor_int(std::clamp(xa, float(first), float(last) + 1)) - 1);
        last = std::min(last, floor_int(std::clamp(xb, float(first) - 1, float(last))) + 1);
    }
    uint8_t* const pixels = b.data;
    const size_t pitch = b.pitch;
    const float alpha = s.alpha;
    const BlendColor color = s.color;
    // The band covers `height` of each column: its first row the part below its top edge, each
    // next row whatever is left, up to a whole pixel. Every column visits the same number of rows,
    // enough for the band; rows it does not reach blend with alpha 0 and stay as they were.
    const float height = 2 * s.half;
    const int rows = floor_int(height) + 2;
    const size_t step = Steep ? 4 : pitch;
    for (int px = first; px <= last; ++px) {
        const float c0 = std::max(float(px), s.a0), c1 = std::min(float(px + 1), s.a1);
        const float column_alpha = alpha * std::max(0.0f, c1 - c0);
        const float top = s.b0 + s.slope * ((c0 + c1) * 0.5f - s.a0) - s.half;
        const int row = floor_int(top);
        float left = height, room = float(row + 1) - top;
        auto pixel = [&](int py) {
            return pixels + (Steep ? size_t(px) * pitch + size_t(py) * 4 : size_t(py) * pitch + size_t(px) * 4);
        };
        if (row >= minor_begin && row + rows <= minor_end) {
            uint8_t* p = pixel(row);
            for (int k = 0; k < rows; ++k, p += step) {
                const float inside = std::min(left, room);
                left -= inside, room = 1;
                blend(p, color, static_cast<uint32_t>(column_alpha * inside + 0.5f));
            }
        } else {
            for (int py = row; py < row + rows; ++py) {
                const float inside = std::min(left, room);
                left -= inside, room = 1;
                if (py >= minor_begin && py < minor_end)
                    blend(pixel(py), color, static_cast<uint32_t>(column_alpha * inside + 0.5f));
            }
        }
    }
}

}  // namespace

bool prepare(double x0, double y0, double x1, double y1, float width, render::Color c, bool bgra,
             const ClipRect& clip, Segment& out) {
    const double margin = width + 2.0;
    if (!clip_to(x0, y0, x1, y1, clip.x0 - margin, clip.y0 - margin, clip.x1 + margin, clip.y1 + margin))
        return false;
    double dx = x1 - x0, dy = y1 - y0;
    if (dx == 0 && dy == 0) return false;
    out.steep = std::abs(dy) > std::abs(dx);
    if (out.steep) std::swap(x0, y0), std::swap(x1, y1), std::swap(dx, dy);
    if (x0 > x1) std::swap(x0, x1), std::swap(y0, y1), dx = -dx, dy = -dy;
    const double slope = dy / dx;
    out.a0 = float(x0), out.b0 = float(y0), out.a1 = float(x1), out.b1 = float(y1);
    out.slope = float(slope);
    out.half = float(0.5 * width * std::sqrt(1 + slope * slope));
    out.color = BlendColor(c, bgra);
    out.alpha = c.a;
    return c.a != 0;
}

void draw(const PixelTarget& target, const Segment& s, const ClipRect& clip) {
    if (s.steep) draw_oriented<true>(target, s, clip);
    else draw_oriented<false>(target, s, clip);
}

}  // namespace placeline::sink::thin
