// The GPU sink: every command of a DrawList as coloured triangles for SDL_RenderGeometry.
// Fills use the triangulation cached per feature (geo/triangulate); strokes are extruded here,
// anti-aliased with a one-pixel transparent fringe the way Dear ImGui does it.
#include <algorithm>
#include <cmath>

#include "placeline/sink/canvas.hpp"

namespace placeline::sink {

using geo::XY;
using render::Color;

namespace {

struct Vertex {
    float x, y;
    Color color;
};

struct Mesh {
    std::vector<Vertex> vertices;
    std::vector<int> indices;
    float ox = 0, oy = 0;  // destination offset

    int add(double x, double y, Color c) {
        vertices.push_back({float(x) + ox, float(y) + oy, c});
        return int(vertices.size()) - 1;
    }

    void polyline(const XY* p, size_t n, bool closed, Color color, float width) {
        if (n < 2) return;
        constexpr float fringe = 1.0f;
        size_t segs = closed ? n : n - 1;
        std::vector<float> sx(segs), sy(segs);
        for (size_t i = 0; i < segs; ++i) {
            double dx = p[(i + 1) % n].x - p[i].x, dy = p[(i + 1) % n].y - p[i].y;
            double len = std::sqrt(dx * dx + dy * dy);
            if (len > 0) dx /= len, dy /= len;
            sx[i] = float(dy), sy[i] = float(-dx);
        }
        float core = std::max(width - fringe, 0.0f) * 0.5f, outer = core + fringe;
        Color solid = width < 1.0f ? color.with_alpha(width) : color, clear = color.with_alpha(0);
        int base = int(vertices.size());
        for (size_t i = 0; i < n; ++i) {
            size_t prev = i == 0 ? (closed ? segs - 1 : 0) : i - 1, next = i < segs ? i : segs - 1;
            float mx = (sx[prev] + sx[next]) * 0.5f, my = (sy[prev] + sy[next]) * 0.5f;
            float d2 = mx * mx + my * my;
            if (d2 > 1e-6f) {
                float inv = 1.0f / std::max(d2, 0.25f);  // miter, limited to twice the width
                mx *= inv, my *= inv;
            } else {
                mx = sx[next], my = sy[next];
            }
            add(p[i].x + mx * outer, p[i].y + my * outer, clear);
            add(p[i].x + mx * core, p[i].y + my * core, solid);
            add(p[i].x - mx * core, p[i].y - my * core, solid);
            add(p[i].x - mx * outer, p[i].y - my * outer, clear);
        }
        for (size_t i = 0; i < segs; ++i) {
            int a = base + int(i) * 4, b = base + int((i + 1) % n) * 4;
            for (int k = 0; k < 3; ++k) indices.insert(indices.end(), {a + k, b + k, b + k + 1, a + k, b + k + 1, a + k + 1});
        }
    }

    void disc(XY c, float r, Color fill) {
        int segments = std::clamp(int(r * 1.2f) + 10, 12, 64);
        int center = add(c.x, c.y, fill);
        Color clear = fill.with_alpha(0);
        float inner = std::max(r - 0.5f, 0.0f), outer = r + 0.5f;
        for (int i = 0; i < segments; ++i) {
            double a = 2 * M_PI * i / segments;
            add(c.x + std::cos(a) * inner, c.y + std::sin(a) * inner, fill);
            add(c.x + std::cos(a) * outer, c.y + std::sin(a) * outer, clear);
        }
        for (int i = 0; i < segments; ++i) {
            int a = center + 1 + 2 * i, b = center + 1 + 2 * ((i + 1) % segments);
            indices.insert(indices.end(), {center, a, b, a, b, b + 1, a, b + 1, a + 1});
        }
    }
};

}  // namespace

void submit_triangles(SDL_Renderer* renderer, const render::DrawList& list, const SDL_Rect& dest) {
    Mesh mesh;
    mesh.ox = float(dest.x), mesh.oy = float(dest.y);
    for (const render::DrawCommand& cmd : list.commands) {
        const XY* p = list.points.data() + cmd.range.first;
        switch (cmd.kind) {
            case render::DrawKind::fill:
                for (uint32_t i = 0; i < cmd.triangles.count; ++i) {
                    const XY& t = list.triangles[cmd.triangles.first + i];
                    mesh.indices.push_back(mesh.add(t.x, t.y, cmd.color));
                }
                break;
            case render::DrawKind::stroke: mesh.polyline(p, cmd.range.count, cmd.closed, cmd.color, cmd.width); break;
            case render::DrawKind::disc: mesh.disc(p[0], cmd.radius, cmd.color); break;
            case render::DrawKind::circle: {
                std::vector<XY> ring(48);
                for (size_t i = 0; i < ring.size(); ++i) {
                    double a = 2 * M_PI * double(i) / double(ring.size());
                    ring[i] = {p[0].x + std::cos(a) * cmd.radius, p[0].y + std::sin(a) * cmd.radius};
                }
                mesh.polyline(ring.data(), ring.size(), true, cmd.color, cmd.width);
                break;
            }
            case render::DrawKind::rect: {
                int a = mesh.add(p[0].x, p[0].y, cmd.color), b = mesh.add(p[1].x, p[0].y, cmd.color);
                int c = mesh.add(p[1].x, p[1].y, cmd.color), d = mesh.add(p[0].x, p[1].y, cmd.color);
                mesh.indices.insert(mesh.indices.end(), {a, b, c, a, c, d});
                break;
            }
        }
    }
    if (mesh.indices.empty()) return;
    static_assert(sizeof(Vertex) == 12, "Vertex must stay float x, y + 4 colour bytes");
    const auto* base = reinterpret_cast<const uint8_t*>(mesh.vertices.data());
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometryRaw(renderer, nullptr, reinterpret_cast<const float*>(base), sizeof(Vertex),
                          reinterpret_cast<const SDL_Color*>(base + 8), sizeof(Vertex), nullptr, 0,
                          int(mesh.vertices.size()), mesh.indices.data(), int(mesh.indices.size()), sizeof(int));
}

}  // namespace placeline::sink
