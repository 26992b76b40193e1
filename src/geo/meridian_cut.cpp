// Cutting shapes at the meridian a centred world map has at its edge (see meridian_cut.hpp).
// Polygons through GEOS (OGR's Intersection with the two half-worlds), so a concave coast that
// crosses the cut several times comes out as clean pieces, not rings joined along the cut.
#include "placeline/geo/meridian_cut.hpp"

#include <ogr_geometry.h>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace placeline::geo {

namespace {

// A hair in degrees (about a centimetre): far below any level of detail, enough for PROJ to put
// the point on the cut's own side.
constexpr double hair = 1e-7;

std::unique_ptr<OGRPolygon> to_ogr(const Polygon& p) {
    auto out = std::make_unique<OGRPolygon>();
    for (const Ring& r : p.rings) {
        auto ring = std::make_unique<OGRLinearRing>();
        for (const LonLat& ll : r) ring->addPoint(ll.lon, ll.lat);
        ring->closeRings();
        out->addRingDirectly(ring.release());
    }
    return out;
}

std::unique_ptr<OGRPolygon> box(double lon0, double lat0, double lon1, double lat1) {
    Polygon p;
    p.rings.push_back({{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}, {lon0, lat0}});
    return to_ogr(p);
}

void collect(const OGRGeometry* g, std::vector<Polygon>& out) {
    if (!g || g->IsEmpty()) return;
    switch (wkbFlatten(g->getGeometryType())) {
        case wkbPolygon: {
            const OGRPolygon* poly = g->toPolygon();
            Polygon p;
            auto ring = [](const OGRLinearRing* r) {
                Ring out;
                for (int i = 0; i < r->getNumPoints(); ++i) out.push_back({r->getX(i), r->getY(i)});
                return out;
            };
            if (const OGRLinearRing* r = poly->getExteriorRing()) p.rings.push_back(ring(r));
            for (int i = 0; i < poly->getNumInteriorRings(); ++i) p.rings.push_back(ring(poly->getInteriorRing(i)));
            out.push_back(std::move(p));
            break;
        }
        case wkbMultiPolygon:
        case wkbGeometryCollection:
            for (const OGRGeometry* part : *g->toGeometryCollection()) collect(part, out);
            break;
        default:  // the cut's own points and lines: no area
            break;
    }
}

// The part of `p` inside `window`, added to `out`; an invalid polygon (a self-touching coast) is
// made valid first.
void intersect(const Polygon& p, const OGRPolygon& window, std::vector<Polygon>& out) {
    auto g = to_ogr(p);
    std::unique_ptr<OGRGeometry> valid(g->IsValid() ? g->clone() : g->MakeValid());
    if (!valid) return;
    std::unique_ptr<OGRGeometry> piece(valid->Intersection(&window));
    collect(piece.get(), out);
}

}  // namespace

double central_meridian(const std::string& definition) {
    const size_t at = definition.find("+lon_0=");
    if (at == std::string::npos) return 0;
    const double lon = std::strtod(definition.c_str() + at + 7, nullptr);
    return std::isfinite(lon) ? lon : 0;
}

void cut_at_meridian(Layer& layer, double cut) {
    if (std::abs(cut) >= 180 - hair) return;  // Natural Earth's own cut
    const auto west = box(-181, -90, cut - hair, 90), east = box(cut + hair, -90, 181, 90);
    layer.bounds = {};
    for (Feature& f : layer.features) {
        std::vector<Polygon> polygons;
        for (Polygon& p : f.polygons) {
            double lo = 1e9, hi = -1e9;
            if (!p.rings.empty())
                for (const LonLat& ll : p.rings[0]) lo = std::min(lo, ll.lon), hi = std::max(hi, ll.lon);
            if (!(lo < cut && hi > cut)) {
                polygons.push_back(std::move(p));
                continue;
            }
            intersect(p, *west, polygons);
            intersect(p, *east, polygons);
        }
        f.polygons = std::move(polygons);
        std::vector<std::vector<LonLat>> lines;
        for (const auto& line : f.lines) {
            lines.emplace_back();
            for (size_t i = 0; i < line.size(); ++i) {
                if (i > 0) {
                    const LonLat a = line[i - 1], b = line[i];
                    // A segment across the cut (not one across 180, which Natural Earth never has):
                    // end the piece at the cut on a's side, start the next on b's.
                    if ((a.lon < cut) != (b.lon < cut) && std::abs(a.lon - b.lon) < 180 && a.lon != b.lon) {
                        const double t = (cut - a.lon) / (b.lon - a.lon), lat = a.lat + t * (b.lat - a.lat);
                        const double side = a.lon < cut ? -hair : hair;
                        lines.back().push_back({cut + side, lat});
                        lines.emplace_back();
                        lines.back().push_back({cut - side, lat});
                    }
                }
                lines.back().push_back(line[i]);
            }
        }
        f.lines = std::move(lines);
        for (const Polygon& p : f.polygons)
            if (!p.rings.empty())
                for (const LonLat& ll : p.rings[0]) layer.bounds.add(ll.lon, ll.lat);
        for (const auto& l : f.lines)
            for (const LonLat& ll : l) layer.bounds.add(ll.lon, ll.lat);
        for (const LonLat& ll : f.points) layer.bounds.add(ll.lon, ll.lat);
    }
}

void clip_to_box(Feature& f, const Bounds& b) {
    const auto window = box(b.min_x, b.min_y, b.max_x, b.max_y);
    auto inside = [&](const LonLat& ll) { return ll.lon >= b.min_x && ll.lon <= b.max_x && ll.lat >= b.min_y && ll.lat <= b.max_y; };
    std::vector<Polygon> polygons;
    for (Polygon& p : f.polygons) {
        bool all_in = true;
        for (const Ring& r : p.rings)
            for (const LonLat& ll : r) all_in = all_in && inside(ll);
        if (all_in) {
            polygons.push_back(std::move(p));
            continue;
        }
        intersect(p, *window, polygons);
    }
    f.polygons = std::move(polygons);
    std::vector<std::vector<LonLat>> lines;
    for (const auto& line : f.lines) {
        lines.emplace_back();
        for (const LonLat& ll : line) {
            if (inside(ll)) lines.back().push_back(ll);
            else if (!lines.back().empty()) lines.emplace_back();
        }
    }
    std::erase_if(lines, [](const auto& l) { return l.size() < 2; });
    f.lines = std::move(lines);
    std::erase_if(f.points, [&](const LonLat& ll) { return !inside(ll); });
    if (f.polygons.empty() && f.lines.empty() && f.points.empty()) f.type = GeometryType::none;
}

}  // namespace placeline::geo
