#include "placeline/sink/raster.hpp"

#include <agg2/agg_conv_stroke.h>
#include <agg2/agg_ellipse.h>
#include <agg2/agg_path_storage.h>
#include <agg2/agg_pixfmt_rgba.h>
#include <agg2/agg_rasterizer_scanline_aa.h>
#include <agg2/agg_renderer_base.h>
#include <agg2/agg_renderer_scanline.h>
#include <agg2/agg_rendering_buffer.h>
#include <agg2/agg_scanline_p.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace placeline::sink {

using render::Color;
using render::DrawCommand;
using render::DrawKind;

void PixelBuffer::clear(Color c) {
    if (bgra) std::swap(c.r, c.b);
    uint32_t v = uint32_t(c.r) | uint32_t(c.g) << 8 | uint32_t(c.b) << 16 | uint32_t(c.a) << 24;
    auto* p = reinterpret_cast<uint32_t*>(rgba.data());
    std::fill(p, p + size_t(width) * height, v);
}

namespace {

inline uint8_t mix(uint8_t dst, uint8_t src, uint32_t a) {
    uint32_t v = uint32_t(src) * a + uint32_t(dst) * (255 - a) + 128;
    return static_cast<uint8_t>((v + (v >> 8)) >> 8);
}

inline double overlap(double a0, double a1, double b0, double b1) {
    return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
}

using Pixfmt = agg::pixfmt_rgba32;
using Base = agg::renderer_base<Pixfmt>;
using Solid = agg::renderer_scanline_aa_solid<Base>;

struct Agg {
    agg::rendering_buffer buffer;
    Pixfmt pixfmt;
    Base base;
    Solid solid;
    agg::rasterizer_scanline_aa<> ras;
    agg::scanline_p8 scanline;
    bool bgra;
    // Only pixels inside `clip` are written: the renderer's own clip box is exact, so two threads
    // drawing two bands of one buffer never touch the same pixel.
    Agg(PixelBuffer& b, const ClipRect& clip)
        : buffer(b.rgba.data(), unsigned(b.width), unsigned(b.height), b.width * 4), pixfmt(buffer), base(pixfmt),
          solid(base), bgra(b.bgra) {
        ras.clip_box(clip.x0, clip.y0, clip.x1, clip.y1);
        base.clip_box(clip.x0, clip.y0, clip.x1 - 1, clip.y1 - 1);
    }
    void render(Color c) {
        if (bgra) std::swap(c.r, c.b);  // an RGBA pixel format writing B G R A
        solid.color(agg::rgba8(c.r, c.g, c.b, c.a));
        agg::render_scanlines(ras, scanline, solid);
    }
};

void wide_stroke(Agg& agg, const geo::XY* p, size_t n, bool closed, float width, Color c) {
    agg::path_storage path;
    path.move_to(p[0].x, p[0].y);
    for (size_t i = 1; i < n; ++i) path.line_to(p[i].x, p[i].y);
    if (closed) path.close_polygon();
    agg::conv_stroke<agg::path_storage> stroke(path);
    stroke.width(width);
    stroke.line_join(agg::round_join);
    stroke.line_cap(agg::round_cap);
    agg.ras.reset();
    agg.ras.filling_rule(agg::fill_non_zero);
    agg.ras.add_path(stroke);
    agg.render(c);
}

}  // namespace

namespace {

// One column (row, when steep) of a thin line: the pixels of [top, bottom) within [begin, end) of
// the minor axis, each taking `cover_x` times the part of it the band covers. No bounds checks:
// the caller keeps every pixel inside the clip, which lies inside the buffer.
template <bool Steep>
inline void cover_column(PixelBuffer& b, int px, double top, double bottom, double cover_x, int begin, int end,
                         Color c) {
    const int py0 = std::max(begin, int(std::floor(top))), py1 = std::min(end - 1, int(std::floor(bottom)));
    uint8_t* const pixels = b.rgba.data();
    const size_t w = size_t(b.width);
    for (int py = py0; py <= py1; ++py) {
        const float cov = float(cover_x * overlap(py, py + 1, top, bottom));
        if (cov <= 0) continue;
        const uint32_t a = static_cast<uint32_t>(c.a * std::min(cov, 1.0f) + 0.5f);
        if (!a) continue;
        uint8_t* p = pixels + (Steep ? size_t(px) * w + size_t(py) : size_t(py) * w + size_t(px)) * 4;
        p[0] = mix(p[0], c.r, a);
        p[1] = mix(p[1], c.g, a);
        p[2] = mix(p[2], c.b, a);
        p[3] = 255;
    }
}

template <bool Steep>
void draw_line_oriented(PixelBuffer& b, double x0, double y0, double x1, double y1, float width, Color c,
                        const ClipRect& clip) {
    const double dx = x1 - x0, dy = y1 - y0;
    const int major_begin = Steep ? clip.y0 : clip.x0, major_end = Steep ? clip.y1 : clip.x1;
    const int minor_begin = Steep ? clip.x0 : clip.y0, minor_end = Steep ? clip.x1 : clip.y1;
    const double slope = dy / dx;
    const double half = 0.5 * width * std::sqrt(1 + slope * slope);
    int first = std::max(major_begin, int(std::floor(x0))), last = std::min(major_end - 1, int(std::floor(x1)));
    // Drawn band by band, a long segment crosses many clips; only the columns whose centre lies
    // within `half` (plus a pixel of margin) of the clip's minor range can touch it, so the
    // others are skipped unvisited.
    if (slope != 0) {
        double xa = x0 + (minor_begin - half - 1 - y0) / slope, xb = x0 + (minor_end + half + 1 - y0) / slope;
        if (xa > xb) std::swap(xa, xb);
        if (xa > first) first = int(std::floor(std::min(xa, double(last) + 1))) - 1;
        if (xb < last) last = int(std::floor(std::max(xb, double(first) - 1))) + 1;
        first = std::max(first, std::max(major_begin, int(std::floor(x0))));
        last = std::min(last, std::min(major_end - 1, int(std::floor(x1))));
    } else if (y0 + half < minor_begin || y0 - half >= minor_end) {
        return;
    }
    for (int px = first; px <= last; ++px) {
        const double cover_x = overlap(px, px + 1, x0, x1);
        if (cover_x <= 0) continue;
        const double xm = (std::max<double>(px, x0) + std::min<double>(px + 1, x1)) / 2;
        const double yc = y0 + slope * (xm - x0);
        cover_column<Steep>(b, px, yc - half, yc + half, cover_x, minor_begin, minor_end, c);
    }
}

// draw_line, touching only the pixels inside `clip` (already within the target).
void draw_line_clipped(PixelBuffer& b, double x0, double y0, double x1, double y1, float width, Color c,
                       const ClipRect& clip) {
    // Coverage of a band `width` wide around the segment, column by column (or row by row for
    // steep segments). Each column takes the fraction of it that the segment spans, so two
    // segments meeting inside a pixel add up to one coverage and joints do not darken.
    if (b.bgra) std::swap(c.r, c.b);
    double dx = x1 - x0, dy = y1 - y0;
    if (dx == 0 && dy == 0) return;
    const bool steep = std::abs(dy) > std::abs(dx);
    if (steep) std::swap(x0, y0), std::swap(x1, y1);
    if (x0 > x1) std::swap(x0, x1), std::swap(y0, y1);
    if (steep) draw_line_oriented<true>(b, x0, y0, x1, y1, width, c, clip);
    else draw_line_oriented<false>(b, x0, y0, x1, y1, width, c, clip);
}

// Consecutive thin strokes, drawn band by band: a band of rows fits in the cache, where
// following each line across the whole frame misses it at most pixels (measured on the world
// map: the pixel load fell from 27 % to 12 % of the line drawing's samples). Within a band the
// segments keep their order, so every pixel blends exactly as it would unbanded.
constexpr int band_rows = 32;

size_t draw_thin_strokes(const render::DrawList& list, PixelBuffer& target, size_t ci, size_t end, double k,
                         const ClipRect& clip) {
    struct Segment {
        double x0, y0, x1, y1;
        float width;
        Color color;
    };
    thread_local std::vector<Segment> segments;
    thread_local std::vector<std::vector<uint32_t>> bands;
    segments.clear();
    const int band_count = (target.height + band_rows - 1) / band_rows;
    if (int(bands.size()) < band_count) bands.resize(size_t(band_count));
    for (auto& band : bands) band.clear();
    size_t last = ci;
    for (; ci < end; ++ci) {
        const DrawCommand& cmd = list.commands[ci];
        const float width = float(cmd.width * k);
        if (cmd.kind != DrawKind::stroke || width > 2.5f) break;
        const geo::XY* p = list.points.data() + cmd.range.first;
        const size_t n = cmd.range.count;
        auto add = [&](const geo::XY& a, const geo::XY& b) {
            Segment s{a.x * k, a.y * k, b.x * k, b.y * k, width, cmd.color};
            double lo = std::min(s.y0, s.y1) - width - 1, hi = std::max(s.y0, s.y1) + width + 1;
            if (hi < clip.y0 || lo >= clip.y1) return;
            if (std::max(s.x0, s.x1) + width + 1 < clip.x0 || std::min(s.x0, s.x1) - width - 1 >= clip.x1) return;
            int b0 = std::max(0, int(lo) / band_rows), b1 = std::min(band_count - 1, int(hi) / band_rows);
            auto index = static_cast<uint32_t>(segments.size());
            segments.push_back(s);
            for (int band = b0; band <= b1; ++band) bands[size_t(band)].push_back(index);
        };
        for (size_t i = 0; i + 1 < n; ++i) add(p[i], p[i + 1]);
        if (cmd.closed && n > 2) add(p[n - 1], p[0]);
        last = ci;
    }
    for (int band = std::max(0, clip.y0 / band_rows); band < band_count && band * band_rows < clip.y1; ++band) {
        ClipRect rows = clip;
        rows.y0 = std::max(band * band_rows, clip.y0), rows.y1 = std::min((band + 1) * band_rows, clip.y1);
        for (uint32_t index : bands[size_t(band)]) {
            const Segment& s = segments[index];
            draw_line_clipped(target, s.x0, s.y0, s.x1, s.y1, s.width, s.color, rows);
        }
    }
    return last;
}

}  // namespace

void draw_line(PixelBuffer& b, double x0, double y0, double x1, double y1, float width, Color c) {
    draw_line_clipped(b, x0, y0, x1, y1, width, c, ClipRect{0, 0, b.width, b.height});
}

void rasterize(const render::DrawList& list, PixelBuffer& target, float scale, size_t first_command,
               size_t end_command, ClipRect clip) {
    clip.x0 = std::max(0, clip.x0), clip.y0 = std::max(0, clip.y0);
    clip.x1 = std::min(target.width, clip.x1), clip.y1 = std::min(target.height, clip.y1);
    if (clip.x0 >= clip.x1 || clip.y0 >= clip.y1) return;
    Agg agg(target, clip);
    const double k = scale;
    thread_local std::vector<geo::XY> scaled;
    end_command = std::min(end_command, list.commands.size());
    for (size_t ci = first_command; ci < end_command; ++ci) {
        const DrawCommand& cmd = list.commands[ci];
        switch (cmd.kind) {
            case DrawKind::fill: {
                agg.ras.reset();
                agg.ras.filling_rule(agg::fill_even_odd);
                for (uint32_t r = cmd.range.first; r < cmd.range.first + cmd.range.count; ++r) {
                    const render::PointRange ring = list.rings[r];
                    const geo::XY* p = list.points.data() + ring.first;
                    agg.ras.move_to_d(p[0].x * k, p[0].y * k);
                    for (uint32_t i = 1; i < ring.count; ++i) agg.ras.line_to_d(p[i].x * k, p[i].y * k);
                    agg.ras.close_polygon();
                }
                agg.render(cmd.color);
                break;
            }
            case DrawKind::stroke: {
                const float width = cmd.width * scale;
                if (width <= 2.5f) {
                    ci = draw_thin_strokes(list, target, ci, end_command, k, clip);
                    break;
                }
                const geo::XY* p = list.points.data() + cmd.range.first;
                size_t n = cmd.range.count;
                if (scale != 1) {
                    scaled.assign(p, p + n);
                    for (geo::XY& q : scaled) q.x *= k, q.y *= k;
                    p = scaled.data();
                }
                wide_stroke(agg, p, n, cmd.closed, width, cmd.color);
                break;
            }
            case DrawKind::disc:
            case DrawKind::circle: {
                const geo::XY c = list.points[cmd.range.first];
                const double r = cmd.radius * k;
                agg::ellipse e(c.x * k, c.y * k, r, r, std::clamp(int(r * 2) + 12, 16, 96));
                agg.ras.reset();
                agg.ras.filling_rule(agg::fill_non_zero);
                if (cmd.kind == DrawKind::disc) {
                    agg.ras.add_path(e);
                } else {
                    agg::conv_stroke<agg::ellipse> ring(e);
                    ring.width(cmd.width * k);
                    agg.ras.add_path(ring);
                }
                agg.render(cmd.color);
                break;
            }
            case DrawKind::rect: {
                const geo::XY a{list.points[cmd.range.first].x * k, list.points[cmd.range.first].y * k};
                const geo::XY b{list.points[cmd.range.first + 1].x * k, list.points[cmd.range.first + 1].y * k};
                agg.ras.reset();
                agg.ras.move_to_d(a.x, a.y);
                agg.ras.line_to_d(b.x, a.y);
                agg.ras.line_to_d(b.x, b.y);
                agg.ras.line_to_d(a.x, b.y);
                agg.ras.close_polygon();
                agg.render(cmd.color);
                break;
            }
        }
    }
}

namespace {

// Word-at-a-time mixing (a 64-bit multiply per word): hashing the world's base map, some 100,000
// points, costs a small fraction of rasterizing it.
struct Hasher {
    uint64_t h = 0x9e3779b97f4a7c15ull;
    void word(uint64_t v) {
        h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
        h *= 0xff51afd7ed558ccdull;
    }
    void real(double d) {
        uint64_t v;
        std::memcpy(&v, &d, sizeof v);
        word(v);
    }
};

}  // namespace

uint64_t base_map_hash(const render::DrawList& list) {
    Hasher hs;
    const size_t n = std::min<size_t>(list.base_commands, list.commands.size());
    hs.word(n);
    auto points = [&](uint32_t first, uint32_t count) {
        hs.word(count);
        for (uint32_t i = first; i < first + count && i < list.points.size(); ++i) hs.real(list.points[i].x), hs.real(list.points[i].y);
    };
    for (size_t ci = 0; ci < n; ++ci) {
        const DrawCommand& c = list.commands[ci];
        hs.word(uint64_t(c.kind) | uint64_t(c.color.r) << 8 | uint64_t(c.color.g) << 16 | uint64_t(c.color.b) << 24 |
                uint64_t(c.color.a) << 32 | uint64_t(c.closed) << 40);
        hs.real(c.width), hs.real(c.radius);
        if (c.kind == DrawKind::fill) {
            for (uint32_t r = c.range.first; r < c.range.first + c.range.count && r < list.rings.size(); ++r)
                points(list.rings[r].first, list.rings[r].count);
        } else {
            points(c.range.first, c.kind == DrawKind::stroke ? c.range.count : c.kind == DrawKind::rect ? 2 : 1);
        }
    }
    return hs.h;
}

}  // namespace placeline::sink
