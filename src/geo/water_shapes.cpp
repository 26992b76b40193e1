// Water places' shapes by location: a spatial filter on the point's neighbourhood (the
// GeoPackage's R-tree), then GEOS (through OGR) for containment and distance.
#include "placeline/geo/water_shapes.hpp"

#include <ogrsf_frmts.h>

#include <filesystem>
#include <limits>
#include <memory>

#include "gdal_session.hpp"

namespace placeline::geo {

namespace {

// The world ocean: any polygon wider than half the globe. Every named sea or lake is far smaller.
bool spans_the_world(const OGRGeometry& g) {
    OGREnvelope e;
    g.getEnvelope(&e);
    return e.MaxX - e.MinX > 180;
}

struct Found {
    std::string layer;
    long long fid = -1;
    bool contains = false;      // the point is inside it
    bool world = false;         // the world ocean
    double distance = std::numeric_limits<double>::infinity();
};

// The best polygon of `layer` for `point`: one that contains it, else the nearest within reach.
void look_in(OGRLayer& layer, const LonLat& point, Found& best) {
    const double r = water_snap_degrees;
    OGRPoint pt(point.lon, point.lat);
    layer.SetSpatialFilterRect(point.lon - r, point.lat - r, point.lon + r, point.lat + r);
    layer.ResetReading();
    for (auto& f : layer) {
        const OGRGeometry* g = f->GetGeometryRef();
        if (!g || g->IsEmpty()) continue;
        const bool inside = g->Contains(&pt);
        const double d = inside ? 0 : g->Distance(&pt);
        if (!inside && (d < 0 || d > r)) continue;
        // Containing beats near; among equals, the nearest (the first of two that contain).
        const bool better = (inside && !best.contains) || (inside == best.contains && d < best.distance);
        if (!better) continue;
        best = Found{layer.GetName(), f->GetFID(), inside, spans_the_world(*g), d};
    }
}

}  // namespace

void add_water_shapes(const std::string& path, const std::vector<WaterPlace>& places, ShapeIndex& out,
                      Diagnostics& diags) {
    std::error_code ec;
    if (places.empty() || path.empty() || !std::filesystem::is_regular_file(path, ec)) return;
    ensure_gdal();
    ErrorCapture errors;
    std::unique_ptr<GDALDataset> ds = open_vector_read_only(path);
    if (!ds) {
        diags.warn(path, "cannot open the sea and lake polygons: " + errors.first);
        return;
    }
    std::vector<OGRLayer*> layers;
    for (const char* name : {"seas", "lakes"})
        if (OGRLayer* l = ds->GetLayerByName(name)) layers.push_back(l);
    if (layers.empty()) {
        diags.warn(path, "has no layer `seas` or `lakes`; seas and lakes stay markers");
        return;
    }
    for (const WaterPlace& p : places) {
        Found best;
        for (OGRLayer* l : layers) look_in(*l, p.point, best);
        // A sea inside the world ocean (the Black Sea joins it through the Bosporus) keeps its
        // marker: filling the oceans for it would say the wrong thing.
        if (best.fid < 0 || best.world) continue;
        out[p.id] = ShapeRef{path, best.layer, best.fid};
    }
}

}  // namespace placeline::geo
