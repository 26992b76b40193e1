// Tessellation of strokes and discs into triangles. Strokes are anti-aliased with a one-pixel
// transparent fringe, the same trick Dear ImGui uses, so that the software renderer (which has
// no multisampling) still draws smooth lines.
#include <cmath>

#include "placeline/render/draw_list.hpp"

namespace placeline::render {

using geo::XY;

namespace {
constexpr float fringe = 1.0f;
constexpr float pi = 3.14159265358979f;
}

void DrawList::add_triangles(const XY* pts, size_t count, Color color) {
    int base = static_cast<int>(vertices.size());
    for (size_t i = 0; i < count; ++i) {
        vertices.push_back({static_cast<float>(pts[i].x), static_cast<float>(pts[i].y), color});
        indices.push_back(base + static_cast<int>(i));
    }
}

void DrawList::add_rect(float x0, float y0, float x1, float y1, Color fill) {
    int b = static_cast<int>(vertices.size());
    vertices.push_back({x0, y0, fill});
    vertices.push_back({x1, y0, fill});
    vertices.push_back({x1, y1, fill});
    vertices.push_back({x0, y1, fill});
    indices.insert(indices.end(), {b, b + 1, b + 2, b, b + 2, b + 3});
}

void DrawList::add_solid_polyline(const XY* p, size_t n, bool closed, Color color, float width) {
    if (n < 2) return;
    // Per-point normals: the average of the adjacent segments' normals, lengthened so that the
    // stroke keeps its width at corners (miter), with a limit against spikes at sharp angles.
    std::vector<float> nx(n), ny(n);
    size_t segs = closed ? n : n - 1;
    std::vector<float> sx(segs), sy(segs);
    for (size_t i = 0; i < segs; ++i) {
        const XY& a = p[i];
        const XY& b = p[(i + 1) % n];
        float dx = float(b.x - a.x), dy = float(b.y - a.y);
        float len = std::sqrt(dx * dx + dy * dy);
        if (len > 0) dx /= len, dy /= len;
        sx[i] = dy, sy[i] = -dx;
    }
    for (size_t i = 0; i < n; ++i) {
        size_t prev = i == 0 ? (closed ? segs - 1 : 0) : i - 1;
        size_t next = i < segs ? i : segs - 1;
        float mx = (sx[prev] + sx[next]) * 0.5f, my = (sy[prev] + sy[next]) * 0.5f;
        float d2 = mx * mx + my * my;
        if (d2 > 1e-6f) {
            float inv = 1.0f / std::max(d2, 0.25f);  // miter limit 2
            mx *= inv, my *= inv;
        } else {
            mx = sx[next], my = sy[next];
        }
        nx[i] = mx, ny[i] = my;
    }
    float core = std::max(width - fringe, 0.0f) * 0.5f;
    float outer = core + fringe;
    // Thin lines: the core fades too, so a 0.5 px line looks lighter rather than 1 px wide.
    Color solid = width < 1.0f ? color.with_alpha(width) : color;
    Color clear = color.with_alpha(0);
    int base = static_cast<int>(vertices.size());
    for (size_t i = 0; i < n; ++i) {
        float x = float(p[i].x), y = float(p[i].y);
        vertices.push_back({x + nx[i] * outer, y + ny[i] * outer, clear});
        vertices.push_back({x + nx[i] * core, y + ny[i] * core, solid});
        vertices.push_back({x - nx[i] * core, y - ny[i] * core, solid});
        vertices.push_back({x - nx[i] * outer, y - ny[i] * outer, clear});
    }
    for (size_t i = 0; i < segs; ++i) {
        int a = base + int(i) * 4, b = base + int((i + 1) % n) * 4;
        for (int k = 0; k < 3; ++k)
            indices.insert(indices.end(), {a + k, b + k, b + k + 1, a + k, b + k + 1, a + k + 1});
    }
}

void DrawList::add_polyline(const XY* p, size_t n, bool closed, Color color, float width, float dash, float gap) {
    if (n < 2) return;
    if (gap <= 0 || dash <= 0) {
        add_solid_polyline(p, n, closed, color, width);
        return;
    }
    // Walk the line in screen space, emitting one short solid polyline per dash.
    std::vector<XY> piece;
    bool on = true;
    float left = dash;
    size_t segs = closed ? n : n - 1;
    for (size_t i = 0; i < segs; ++i) {
        XY a = p[i], b = p[(i + 1) % n];
        double dx = b.x - a.x, dy = b.y - a.y;
        double len = std::sqrt(dx * dx + dy * dy), pos = 0;
        if (on && piece.empty()) piece.push_back(a);
        while (len - pos > left) {
            pos += left;
            XY cut{a.x + dx * pos / len, a.y + dy * pos / len};
            if (on) {
                piece.push_back(cut);
                add_solid_polyline(piece.data(), piece.size(), false, color, width);
                piece.clear();
            } else {
                piece.push_back(cut);
            }
            on = !on;
            left = on ? dash : gap;
        }
        left -= float(len - pos);
        if (on) piece.push_back(b);
    }
    if (on && piece.size() >= 2) add_solid_polyline(piece.data(), piece.size(), false, color, width);
}

void DrawList::add_circle(XY c, float r, Color fill) {
    int segments = std::clamp(int(r * 1.2f) + 10, 12, 64);
    int base = static_cast<int>(vertices.size());
    vertices.push_back({float(c.x), float(c.y), fill});
    Color clear = fill.with_alpha(0);
    float inner = std::max(r - fringe * 0.5f, 0.0f), outer = r + fringe * 0.5f;
    for (int i = 0; i < segments; ++i) {
        float a = 2 * pi * float(i) / float(segments);
        float cs = std::cos(a), sn = std::sin(a);
        vertices.push_back({float(c.x) + cs * inner, float(c.y) + sn * inner, fill});
        vertices.push_back({float(c.x) + cs * outer, float(c.y) + sn * outer, clear});
    }
    for (int i = 0; i < segments; ++i) {
        int a = base + 1 + 2 * i, b = base + 1 + 2 * ((i + 1) % segments);
        indices.insert(indices.end(), {base, a, b, a, b, b + 1, a, b + 1, a + 1});
    }
}

void DrawList::add_ring(XY c, float r, Color color, float width) {
    int segments = std::clamp(int(r * 1.2f) + 10, 12, 64);
    std::vector<XY> pts(static_cast<size_t>(segments));
    for (int i = 0; i < segments; ++i) {
        double a = 2 * pi * i / segments;
        pts[static_cast<size_t>(i)] = {c.x + std::cos(a) * r, c.y + std::sin(a) * r};
    }
    add_solid_polyline(pts.data(), pts.size(), true, color, width);
}

}  // namespace placeline::render
