#include "placeline/geo/projected_layer.hpp"

#include "placeline/geo/triangulate.hpp"

namespace placeline::geo {

namespace {

std::vector<XY> project_points(const std::vector<LonLat>& in, const Projection& proj, Bounds& b) {
    std::vector<XY> out;
    out.reserve(in.size());
    for (const LonLat& ll : in) {
        XY p;
        if (!proj.forward(ll, p)) continue;  // outside the projection's domain
        out.push_back(p);
        b.add(p.x, p.y);
    }
    return out;
}

}  // namespace

ProjectedLayer project_layer(const Layer& layer, const Projection& projection) {
    ProjectedLayer out;
    out.features.reserve(layer.features.size());
    for (const Feature& f : layer.features) {
        ProjectedFeature pf;
        for (const Polygon& poly : f.polygons) {
            std::vector<std::vector<XY>> rings;
            for (const Ring& r : poly.rings) {
                rings.push_back(project_points(r, projection, pf.bounds));
                if (rings.size() == 1 && rings[0].size() < 3) break;
            }
            if (rings.empty() || rings[0].size() < 3) continue;
            std::vector<XY> tri = triangulate(rings);
            pf.triangles.insert(pf.triangles.end(), tri.begin(), tri.end());
            for (auto& r : rings) pf.rings.push_back(std::move(r));
        }
        for (const auto& line : f.lines) pf.lines.push_back(project_points(line, projection, pf.bounds));
        pf.points = project_points(f.points, projection, pf.bounds);
        out.bounds.add(pf.bounds);
        out.features.push_back(std::move(pf));
    }
    return out;
}

}  // namespace placeline::geo
