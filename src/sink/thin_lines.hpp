#pragma once
// Thin anti-aliased lines (up to a few pixels wide) for the CPU sink: most of a map's pixels
// that are not fills are borders one pixel wide or less, tens of thousands of short segments on
// a world map, so each segment's setup and each pixel's blend are kept to a few operations.
#include <cstdint>

#include "blend.hpp"
#include "placeline/sink/raster.hpp"

namespace placeline::sink::thin {

// A segment ready to draw: oriented along its major axis `a` (x, or y when steep) with
// a0 <= a1, clipped to a little beyond the target so float coordinates stay exact enough.
struct Segment {
    float a0, b0, a1, b1;
    float slope;   // db/da
    float half;    // half the band the line covers, measured along the minor axis
    BlendColor color;
    uint8_t alpha;
    bool steep;
};

// std::floor is a library call without SSE4.1; coordinates here stay near the target (clipped),
// so a cast suffices.
inline int floor_int(float v) {
    const int i = int(v);
    return i - (v < float(i));
}

// False when nothing of the segment falls inside `clip` (or it has no length).
bool prepare(double x0, double y0, double x1, double y1, float width, render::Color color, bool bgra,
             const ClipRect& clip, Segment& out);

// The segment's rows within [y0, y1) of the clip: draws only there. Pixels blend in call order.
void draw(const PixelTarget& target, const Segment& s, const ClipRect& clip);

// The rows the segment may touch (inclusive), for sorting segments into bands of rows.
inline float top_row(const Segment& s) { return (s.steep ? s.a0 : (s.b0 < s.b1 ? s.b0 : s.b1) - s.half) - 1; }
inline float bottom_row(const Segment& s) { return (s.steep ? s.a1 : (s.b0 < s.b1 ? s.b1 : s.b0) + s.half) + 1; }

}  // namespace placeline::sink::thin
