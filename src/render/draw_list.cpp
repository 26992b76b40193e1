#include "placeline/render/draw_list.hpp"

#include <algorithm>
#include <cmath>

namespace placeline::render {

using geo::XY;

static DrawCommand command(DrawKind kind, Color color, PointRange range) {
    DrawCommand c;
    c.kind = kind;
    c.color = color;
    c.range = range;
    return c;
}

static PointRange append(std::vector<XY>& pool, const XY* pts, size_t n) {
    PointRange r{static_cast<uint32_t>(pool.size()), static_cast<uint32_t>(n)};
    pool.insert(pool.end(), pts, pts + n);
    return r;
}

void DrawList::begin_fill(Color color) {
    DrawCommand c = command(DrawKind::fill, color, {});
    c.range = {static_cast<uint32_t>(rings.size()), 0};
    c.triangles = {static_cast<uint32_t>(triangles.size()), 0};
    commands.push_back(c);
}

void DrawList::add_ring(const XY* pts, size_t n) {
    if (n < 3) return;
    rings.push_back(append(points, pts, n));
    ++commands.back().range.count;
}

void DrawList::add_fill_triangles(const XY* pts, size_t n) {
    triangles.insert(triangles.end(), pts, pts + n);
    commands.back().triangles.count += static_cast<uint32_t>(n);
}

void DrawList::end_fill() {
    if (commands.back().range.count == 0) commands.pop_back();
}

void DrawList::add_stroke(const XY* p, size_t n, bool closed, Color color, float width, float dash, float gap) {
    if (n < 2 || color.a == 0) return;
    if (gap <= 0 || dash <= 0) {
        DrawCommand c = command(DrawKind::stroke, color, append(points, p, n));
        c.width = width;
        c.closed = closed;
        commands.push_back(c);
        return;
    }
    // Dashes are cut here, in screen space, so every sink draws the same dashes. A floor keeps
    // the number of pieces bounded whatever scale shrank them (styles allow no less than 1 px).
    dash = std::max(dash, 0.25f), gap = std::max(gap, 0.25f);
    std::vector<XY> piece;
    auto flush = [&] {
        if (piece.size() >= 2) add_stroke(piece.data(), piece.size(), false, color, width);
        piece.clear();
    };
    bool on = true;
    double left = dash;
    size_t segs = closed ? n : n - 1;
    for (size_t i = 0; i < segs; ++i) {
        XY a = p[i], b = p[(i + 1) % n];
        double dx = b.x - a.x, dy = b.y - a.y;
        double len = std::sqrt(dx * dx + dy * dy), pos = 0;
        if (on && piece.empty()) piece.push_back(a);
        while (len - pos > left) {
            pos += left;
            XY cut{a.x + dx * pos / len, a.y + dy * pos / len};
            piece.push_back(cut);
            if (on) flush();
            else piece.assign(1, cut);
            on = !on;
            left = on ? dash : gap;
            if (!on) piece.clear();
        }
        left -= len - pos;
        if (on) piece.push_back(b);
    }
    if (on) flush();
}

void DrawList::add_disc(XY center, float radius, Color color) {
    DrawCommand c = command(DrawKind::disc, color, append(points, &center, 1));
    c.radius = radius;
    commands.push_back(c);
}

void DrawList::add_circle(XY center, float radius, Color color, float width) {
    DrawCommand c = command(DrawKind::circle, color, append(points, &center, 1));
    c.radius = radius;
    c.width = width;
    commands.push_back(c);
}

void DrawList::add_rect(float x0, float y0, float x1, float y1, Color color) {
    XY corners[2] = {{x0, y0}, {x1, y1}};
    commands.push_back(command(DrawKind::rect, color, append(points, corners, 2)));
}

}  // namespace placeline::render
