#pragma once
// The point a gazetteer place of an area gets: one a reader expects (see representative_point).
// Shared by the readers of areas (Natural Earth countries and regions, US counties).
#include <geos_c.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <vector>

#include "placeline/places/place.hpp"

namespace placeline::geo {

struct Geos {
    GEOSContextHandle_t h = GEOS_init_r();
    Geos() = default;
    Geos(const Geos&) = delete;
    Geos& operator=(const Geos&) = delete;
    ~Geos() { GEOS_finish_r(h); }
};

// The point a reader expects for an area: on its main landmass (Norway's mainland, not Svalbard;
// Japan's Honshu, not Hokkaido), near its visual centre. The largest part by area is kept; its
// centroid when that lies inside it (most shapes), else the centre of the largest circle inside it
// (crescents and hooks, whose centroid falls outside); PointOnSurface as the last resort.
inline bool representative_point(GEOSContextHandle_t h, OGRGeometry* g, LonLat& out) {
    if (!g || g->IsEmpty()) return false;
    std::vector<unsigned char> wkb(g->WkbSize());
    if (g->exportToWkb(wkbNDR, wkb.data()) != OGRERR_NONE) return false;
    GEOSGeometry* geom = GEOSGeomFromWKB_buf_r(h, wkb.data(), wkb.size());
    if (!geom) return false;
    const GEOSGeometry* main = geom;
    double best_area = -1;
    for (int i = 0, n = GEOSGetNumGeometries_r(h, geom); i < n; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(h, geom, i);
        double area = 0;
        if (part && GEOSArea_r(h, part, &area) && area > best_area) best_area = area, main = part;
    }
    GEOSGeometry* pt = GEOSGetCentroid_r(h, main);
    if (pt && GEOSWithin_r(h, pt, main) != 1) {
        GEOSGeom_destroy_r(h, pt);
        pt = nullptr;
        double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
        GEOSGeom_getExtent_r(h, main, &xmin, &ymin, &xmax, &ymax);
        double tolerance = std::max(1e-3, std::max(xmax - xmin, ymax - ymin) / 200);
        if (GEOSGeometry* circle = GEOSMaximumInscribedCircle_r(h, main, tolerance)) {
            // A line from the centre to the nearest boundary point: its first point is the centre.
            const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, circle);
            double x = 0, y = 0;
            if (seq && GEOSCoordSeq_getXY_r(h, seq, 0, &x, &y)) pt = GEOSGeom_createPointFromXY_r(h, x, y);
            GEOSGeom_destroy_r(h, circle);
        }
    }
    if (!pt) pt = GEOSPointOnSurface_r(h, main);
    bool ok = pt && !GEOSisEmpty_r(h, pt) && GEOSGeomGetX_r(h, pt, &out.lon) && GEOSGeomGetY_r(h, pt, &out.lat);
    if (pt) GEOSGeom_destroy_r(h, pt);
    GEOSGeom_destroy_r(h, geom);
    return ok;
}

}  // namespace placeline::geo
