#include "placeline/sink/raster.hpp"

#include <agg2/agg_conv_stroke.h>
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

#include "discs.hpp"
#include "thin_lines.hpp"

namespace placeline::sink {

using render::Color;
using render::DrawCommand;
using render::DrawKind;

void PixelBuffer::clear(Color c, int y0, int y1, int x0, int x1) {
    if (bgra) std::swap(c.r, c.b);
    uint32_t v = uint32_t(c.r) | uint32_t(c.g) << 8 | uint32_t(c.b) << 16 | uint32_t(c.a) << 24;
    y0 = std::max(0, y0), y1 = std::min(height, y1);
    x0 = std::max(0, x0), x1 = std::min(width, x1);
    if (y0 >= y1 || x0 >= x1) return;
    auto* p = reinterpret_cast<uint32_t*>(rgba.data());
    if (x0 == 0 && x1 == width) {
        std::fill(p + size_t(y0) * width, p + size_t(y1) * width, v);
        return;
    }
    for (int y = y0; y < y1; ++y) std::fill(p + size_t(y) * width + x0, p + size_t(y) * width + x1, v);
}

namespace {

using Pixfmt = agg::pixfmt_rgba32;
using Base = agg::renderer_base<Pixfmt>;
using Solid = agg::renderer_scanline_aa_solid<Base>;

struct Agg {
    agg::rendering_buffer buffer;
    Pixfmt pixfmt;
    Base base;
    Solid solid;
    // The rasterizer and scanline keep their cell blocks from call to call (per thread): a
    // world map's fills need megabytes of cells, which allocated anew each frame cost page faults.
    agg::rasterizer_scanline_aa<>& ras;
    agg::scanline_p8& scanline;
    bool bgra;
    // Only pixels inside `clip` are written: the renderer's own clip box is exact, so two threads
    // drawing two bands of one buffer never touch the same pixel.
    Agg(const PixelTarget& b, const ClipRect& clip)
        : buffer(b.data, unsigned(b.width), unsigned(b.height), int(b.pitch)), pixfmt(buffer), base(pixfmt),
          solid(base), ras(thread_rasterizer()), scanline(thread_scanline()), bgra(b.bgra) {
        ras.reset();
        ras.clip_box(clip.x0, clip.y0, clip.x1, clip.y1);
        base.clip_box(clip.x0, clip.y0, clip.x1 - 1, clip.y1 - 1);
    }
    static agg::rasterizer_scanline_aa<>& thread_rasterizer() {
        thread_local agg::rasterizer_scanline_aa<> r;
        return r;
    }
    static agg::scanline_p8& thread_scanline() {
        thread_local agg::scanline_p8 s;
        return s;
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

// Consecutive thin strokes, drawn band by band: a band of rows fits in the cache, where
// following each line across the whole frame misses it at most pixels (measured on the world
// map: the pixel load fell from 27 % to 12 % of the line drawing's samples). Within a band the
// segments keep their order, so every pixel blends exactly as it would unbanded.
constexpr int band_rows = 32;

size_t draw_thin_strokes(const render::DrawList& list, const PixelTarget& target, size_t ci, size_t end, double k,
                         const ClipRect& clip) {
    thread_local std::vector<thin::Segment> segments;
    thread_local std::vector<std::vector<uint32_t>> bands;
    segments.clear();
    const int band_count = (target.height + band_rows - 1) / band_rows;
    if (int(bands.size()) < band_count) bands.resize(size_t(band_count));
    for (auto& band : bands) band.clear();
    const ClipRect whole{0, 0, target.width, target.height};
    size_t last = ci;
    for (; ci < end; ++ci) {
        const DrawCommand& cmd = list.commands[ci];
        const float width = float(cmd.width * k);
        if (cmd.kind != DrawKind::stroke || width > 2.5f) break;
        const geo::XY* p = list.points.data() + cmd.range.first;
        const size_t n = cmd.range.count;
        last = ci;
        // Most strokes are one region's outline: a stroke wholly outside this thread's rows is
        // dropped after one pass over its points instead of segment by segment.
        double min_x = INFINITY, min_y = INFINITY, max_x = -INFINITY, max_y = -INFINITY;
        for (size_t i = 0; i < n; ++i) {
            min_x = std::min(min_x, p[i].x), max_x = std::max(max_x, p[i].x);
            min_y = std::min(min_y, p[i].y), max_y = std::max(max_y, p[i].y);
        }
        const double margin = width + 2;
        if (max_x * k + margin < clip.x0 || min_x * k - margin > clip.x1 || max_y * k + margin < clip.y0 ||
            min_y * k - margin > clip.y1)
            continue;
        auto add = [&](const geo::XY& a, const geo::XY& b) {
            // Clipped to the whole target, not to this clip: a segment's pixels must not depend on
            // which band of rows (thread, strip uncovered by a pan) draws them.
            thin::Segment s;
            if (!thin::prepare(a.x * k, a.y * k, b.x * k, b.y * k, width, cmd.color, target.bgra, whole, s)) return;
            const float top = thin::top_row(s), bottom = thin::bottom_row(s);
            if (bottom < float(clip.y0) || top >= float(clip.y1)) return;
            const int b0 = std::max(0, thin::floor_int(top) / band_rows);
            const int b1 = std::min(band_count - 1, std::max(0, int(bottom)) / band_rows);
            auto index = static_cast<uint32_t>(segments.size());
            segments.push_back(s);
            for (int band = b0; band <= b1; ++band) bands[size_t(band)].push_back(index);
        };
        for (size_t i = 0; i + 1 < n; ++i) add(p[i], p[i + 1]);
        if (cmd.closed && n > 2) add(p[n - 1], p[0]);
    }
    for (int band = std::max(0, clip.y0 / band_rows); band < band_count && band * band_rows < clip.y1; ++band) {
        ClipRect rows = clip;
        rows.y0 = std::max(band * band_rows, clip.y0), rows.y1 = std::min((band + 1) * band_rows, clip.y1);
        for (uint32_t index : bands[size_t(band)]) thin::draw(target, segments[index], rows);
    }
    return last;
}

}  // namespace

void draw_line(PixelBuffer& b, double x0, double y0, double x1, double y1, float width, Color c) {
    const ClipRect all{0, 0, b.width, b.height};
    thin::Segment s;
    if (thin::prepare(x0, y0, x1, y1, width, c, b.bgra, all, s)) thin::draw(b.target(), s, all);
}

void rasterize(const render::DrawList& list, const PixelTarget& target, float scale, size_t first_command,
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
            case DrawKind::disc: {
                const geo::XY c = list.points[cmd.range.first];
                draw_disc(target, c.x * k, c.y * k, cmd.radius * k, cmd.color, clip);
                break;
            }
            case DrawKind::circle: {
                const geo::XY c = list.points[cmd.range.first];
                draw_circle(target, c.x * k, c.y * k, cmd.radius * k, cmd.width * k, cmd.color, clip);
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
