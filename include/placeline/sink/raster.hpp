#pragma once
// The CPU sink: a DrawList rasterized into RGBA pixels with anti-aliasing. Polygon fills go
// through Anti-Grain Geometry's scanline rasterizer (even-odd rule, so holes and concave
// outlines are exact without triangles); thin lines through a coverage line renderer of our
// own (sink/thin_lines), because AGG's general stroker spends most of its time sorting cells of hairlines
// (measured: 12 ms against under 1 ms for the regional map; see bench/).
#include <cstdint>
#include <vector>

#include "placeline/render/draw_list.hpp"

namespace placeline::sink {

// Pixels to draw into: a PixelBuffer's, or memory lent for a while (a locked texture).
struct PixelTarget {
    uint8_t* data = nullptr;
    size_t pitch = 0;  // bytes from one row to the next
    int width = 0, height = 0;
    bool bgra = false;
    uint8_t* row(int y) const { return data + size_t(y) * pitch; }
};

struct PixelBuffer {
    int width = 0, height = 0;
    std::vector<uint8_t> rgba;  // row-major, 4 bytes per pixel, R G B A (B G R A when `bgra`)
    // B G R A byte order: SDL's ARGB8888 and RGB888, the usual window formats, so the texture
    // reaches the window by a plain copy instead of a per-pixel conversion.
    bool bgra = false;

    void resize(int w, int h) {
        width = w, height = h;
        rgba.resize(size_t(w) * size_t(h) * 4);
    }
    // Rows [y0, y1), columns [x0, x1) set to `c`.
    void clear(render::Color c, int y0 = 0, int y1 = INT32_MAX, int x0 = 0, int x1 = INT32_MAX);
    const uint8_t* pixel(int x, int y) const { return rgba.data() + (size_t(y) * width + x) * 4; }
    PixelTarget target() { return {rgba.data(), size_t(width) * 4, width, height, bgra}; }
};

// `scale` maps the list's pixels to the target's (2 on a high-DPI screen whose layout is in
// logical pixels): coordinates, widths and radii are multiplied by it.
// Pixels [x0, x1) x [y0, y1) of a target.
struct ClipRect {
    int x0 = 0, y0 = 0, x1 = INT32_MAX, y1 = INT32_MAX;
};

// Commands before `first_command` are skipped (already in the target: see MapPainter). Only the
// pixels inside `clip` are written, as a whole render would write them (thin lines and discs to the
// bit; fills and wide strokes to within one level of 255, where AGG rounds a clipped edge's cells
// afresh): threads may draw disjoint bands of one target at once, and strips uncovered by a pan
// can be filled in alone.
void rasterize(const render::DrawList& list, const PixelTarget& target, float scale = 1, size_t first_command = 0,
               size_t end_command = SIZE_MAX, ClipRect clip = {});
inline void rasterize(const render::DrawList& list, PixelBuffer& target, float scale = 1, size_t first_command = 0,
                      size_t end_command = SIZE_MAX, ClipRect clip = {}) {
    rasterize(list, target.target(), scale, first_command, end_command, clip);
}

// A hash of the base map part of a list (its first base_commands commands and every point they
// use): equal hashes mean equal pixels.
uint64_t base_map_hash(const render::DrawList& list);

// One anti-aliased line segment; exposed for tests.
void draw_line(PixelBuffer& target, double x0, double y0, double x1, double y1, float width, render::Color color);

}  // namespace placeline::sink
