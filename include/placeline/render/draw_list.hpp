#pragma once
// A renderer-neutral draw list: coloured triangles and text, in screen pixels.
// The window and the PNG writer both consume it (src/sink), which is what makes the map
// testable headless: one scene, one draw list, two sinks.
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

struct Vertex {
    float x, y;
    Color color;
};

struct TextItem {
    float x = 0, y = 0;        // top-left, pixels
    float size = 13;           // pixel height of the font
    std::string text;
    Color color;
    Color halo{255, 255, 255, 0};  // alpha 0: no halo
};

struct DrawList {
    std::vector<Vertex> vertices;
    std::vector<int> indices;     // triangles
    std::vector<TextItem> texts;  // drawn after every triangle

    void clear() {
        vertices.clear();
        indices.clear();
        texts.clear();
    }

    // Fill of pre-tessellated triangles (three points each).
    void add_triangles(const geo::XY* points, size_t count, Color color);
    // A line of the given width in pixels, anti-aliased by a one-pixel fringe.
    // dash/gap in pixels: 0 gap draws a solid line.
    void add_polyline(const geo::XY* points, size_t count, bool closed, Color color, float width,
                      float dash = 0, float gap = 0);
    void add_circle(geo::XY center, float radius, Color fill);
    void add_ring(geo::XY center, float radius, Color color, float width);
    void add_rect(float x0, float y0, float x1, float y1, Color fill);
    void add_text(TextItem item) { texts.push_back(std::move(item)); }

private:
    void add_solid_polyline(const geo::XY* points, size_t count, bool closed, Color color, float width);
};

}  // namespace placeline::render
