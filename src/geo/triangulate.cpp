// Tessellation through GEOS's constrained Delaunay triangulation, which keeps every polygon edge
// and fills holes correctly; our own ear clipper would need hole bridging and degeneracy care
// that GEOS already has.
#include <geos_c.h>

#include <cmath>
#include <functional>
#include <memory>

#include "placeline/geo/triangulate.hpp"

namespace placeline::geo {

namespace {

struct Geos {
    GEOSContextHandle_t h = GEOS_init_r();
    ~Geos() { GEOS_finish_r(h); }
};

GEOSContextHandle_t geos() {
    thread_local Geos g;
    return g.h;
}

GEOSGeometry* make_ring(GEOSContextHandle_t h, const std::vector<XY>& pts) {
    size_t n = pts.size();
    bool closed = n > 0 && pts.front().x == pts.back().x && pts.front().y == pts.back().y;
    size_t total = closed ? n : n + 1;
    if (total < 4) return nullptr;
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, static_cast<unsigned>(total), 2);
    for (size_t i = 0; i < total; ++i) {
        const XY& p = pts[i % n];
        GEOSCoordSeq_setXY_r(h, seq, static_cast<unsigned>(i), p.x, p.y);
    }
    return GEOSGeom_createLinearRing_r(h, seq);
}

void collect_triangles(GEOSContextHandle_t h, const GEOSGeometry* g, std::vector<XY>& out) {
    int n = GEOSGetNumGeometries_r(h, g);
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(h, g, i);
        int type = GEOSGeomTypeId_r(h, part);
        if (type == GEOS_POLYGON) {
            const GEOSGeometry* ring = GEOSGetExteriorRing_r(h, part);
            const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
            unsigned size = 0;
            GEOSCoordSeq_getSize_r(h, seq, &size);
            if (size < 4) continue;
            for (unsigned k = 0; k < 3; ++k) {
                XY p;
                GEOSCoordSeq_getXY_r(h, seq, k, &p.x, &p.y);
                out.push_back(p);
            }
        } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
            collect_triangles(h, part, out);
        }
    }
}

}  // namespace

std::vector<XY> triangulate(const std::vector<std::vector<XY>>& rings) {
    std::vector<XY> out;
    if (rings.empty()) return out;
    GEOSContextHandle_t h = geos();
    GEOSGeometry* shell = make_ring(h, rings[0]);
    if (!shell) return out;
    std::vector<GEOSGeometry*> holes;
    for (size_t i = 1; i < rings.size(); ++i)
        if (GEOSGeometry* r = make_ring(h, rings[i])) holes.push_back(r);
    std::unique_ptr<GEOSGeometry, std::function<void(GEOSGeometry*)>> poly(
        GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size())),
        [h](GEOSGeometry* g) { GEOSGeom_destroy_r(h, g); });
    if (!poly) return out;
    const GEOSGeometry* input = poly.get();
    std::unique_ptr<GEOSGeometry, std::function<void(GEOSGeometry*)>> valid(nullptr, [h](GEOSGeometry* g) {
        if (g) GEOSGeom_destroy_r(h, g);
    });
    if (GEOSisValid_r(h, input) != 1) {
        valid.reset(GEOSMakeValid_r(h, input));
        if (!valid) return out;
        input = valid.get();
    }
    GEOSGeometry* tri = GEOSConstrainedDelaunayTriangulation_r(h, input);
    if (!tri) return out;
    collect_triangles(h, tri, out);
    GEOSGeom_destroy_r(h, tri);
    return out;
}

double polygon_area(const std::vector<std::vector<XY>>& rings) {
    double total = 0;
    for (size_t r = 0; r < rings.size(); ++r) {
        const auto& pts = rings[r];
        double a = 0;
        for (size_t i = 0, n = pts.size(); i < n; ++i) {
            const XY& p = pts[i];
            const XY& q = pts[(i + 1) % n];
            a += p.x * q.y - q.x * p.y;
        }
        total += (r == 0 ? 1 : -1) * std::abs(a) / 2;
    }
    return total;
}

double triangles_area(const std::vector<XY>& t) {
    double a = 0;
    for (size_t i = 0; i + 2 < t.size(); i += 3)
        a += std::abs((t[i + 1].x - t[i].x) * (t[i + 2].y - t[i].y) - (t[i + 2].x - t[i].x) * (t[i + 1].y - t[i].y)) / 2;
    return a;
}

}  // namespace placeline::geo
