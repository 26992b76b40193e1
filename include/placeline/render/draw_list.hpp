#pragma once
// A renderer-neutral draw list: fills, strokes, discs and text in screen pixels, in drawing
// order. Two sinks consume it (src/sink): a scanline rasterizer for the CPU (the default, for
// the window and for PNG files alike) and a triangle sink for SDL_RenderGeometry on a GPU.
// One scene, one draw list, two sinks: that is what makes the map testable headless.
#include <cstdint>
#include <string>
#include <vector>

#include "placeline/geo/geometry.hpp"

namespace placeline::render {

struct Color {
    uint8_t r = 0, g = 0, b = 0, a = 255;
    Color with_alpha(float alpha) const { return {r, g, b, static_cast<uint8_t>(a * alpha)}; }
    bool operator==(const Color&) const = default;
};

struct TextItem {
    float x = 0, y = 0;        // top-left, pixels
    float size = 13;           // pixel height of the font
    std::string text;
    Color color;
    Color halo{255, 255, 255, 0};  // alpha 0: no halo
};

struct PointRange {
    uint32_t first = 0, count = 0;  // into DrawList::points
};

enum class DrawKind : uint8_t { fill, stroke, disc, circle, rect };

struct DrawCommand {
    DrawKind kind = DrawKind::fill;
    Color color;
    // fill: rings [first, first + count) of DrawList::rings; stroke: points; disc, circle: the
    // centre is points[first]; rect: corners points[first], points[first + 1].
    PointRange range;
    PointRange triangles;   // fill only: into DrawList::triangles, when the sink asked for them
    float width = 1;        // stroke and circle line width; disc and circle radius in `radius`
    float radius = 0;
    bool closed = false;
};

struct DrawList {
    std::vector<geo::XY> points;
    std::vector<PointRange> rings;
    std::vector<geo::XY> triangles;  // three per triangle
    std::vector<DrawCommand> commands;
    std::vector<TextItem> texts;     // drawn after every command
    bool want_triangles = false;     // set by a GPU sink: fills carry their triangles too
    // The first `base_commands` commands are the base map (the layers): a sink may keep their
    // pixels and reuse them while they stay the same (hover, selection, time window), redrawing
    // only what lies on top. 0: no base map.
    uint32_t base_commands = 0;
    // Set with them by the scene: what the base map's pixels depend on besides where the view is
    // (0: unknown), and where the projection's origin falls on screen. Two lists with one key show
    // the same base map shifted by the difference of their origins: a pan moves the kept pixels
    // and draws only the strips it uncovers.
    uint64_t base_key = 0;
    geo::XY base_origin;

    void clear() {
        points.clear();
        rings.clear();
        triangles.clear();
        commands.clear();
        texts.clear();
        base_commands = 0;
        base_key = 0;
    }

    // A polygon fill: begin, add rings (outer and holes, even-odd rule), end.
    void begin_fill(Color color);
    void add_ring(const geo::XY* pts, size_t count);
    void add_fill_triangles(const geo::XY* pts, size_t count);
    void end_fill();

    // A line `width` pixels wide; dash/gap in pixels (gap 0: solid).
    void add_stroke(const geo::XY* pts, size_t count, bool closed, Color color, float width, float dash = 0,
                    float gap = 0);
    // As add_ring and add_stroke (solid), each point passed through `map` (a view's to_screen) on
    // its way into the list: a world map's hundred thousand points are written once, not twice.
    template <class Map>
    void add_ring(const geo::XY* pts, size_t count, const Map& map) {
        if (count < 3) return;
        rings.push_back(append_mapped(pts, count, map));
        ++commands.back().range.count;
    }
    template <class Map>
    void add_solid_stroke(const geo::XY* pts, size_t count, const Map& map, bool closed, Color color, float width) {
        if (count < 2 || color.a == 0) return;
        DrawCommand c;
        c.kind = DrawKind::stroke, c.color = color, c.width = width, c.closed = closed;
        c.range = append_mapped(pts, count, map);
        commands.push_back(c);
    }
    void add_disc(geo::XY center, float radius, Color color);
    void add_circle(geo::XY center, float radius, Color color, float width);
    void add_rect(float x0, float y0, float x1, float y1, Color color);
    void add_text(TextItem item) { texts.push_back(std::move(item)); }

private:
    template <class Map>
    PointRange append_mapped(const geo::XY* pts, size_t count, const Map& map) {
        const PointRange r{static_cast<uint32_t>(points.size()), static_cast<uint32_t>(count)};
        points.resize(points.size() + count);
        geo::XY* out = points.data() + r.first;
        for (size_t i = 0; i < count; ++i) out[i] = map(pts[i]);
        return r;
    }
};

}  // namespace placeline::render
