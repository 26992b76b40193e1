#include "placeline/geo/projected_layer.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

#include "placeline/geo/outlines.hpp"
#include "placeline/geo/simplify.hpp"
#include "placeline/geo/triangulate.hpp"

namespace placeline::geo {

void Shapes::add_part(Part kind, const XY* pts, size_t n) {
    points.insert(points.end(), pts, pts + n);
    part_end.push_back(static_cast<uint32_t>(points.size()));
    part_kind.push_back(kind);
}

// Levels by number; `full_from` remembers the coarsest level at which simplification stopped
// paying (it kept nearly every point), so that level and every finer one use `full` directly
// instead of holding a copy of it.
struct ProjectedLayer::Cache {
    mutable std::mutex mutex;
    std::map<int, std::unique_ptr<Shapes>> levels;
    std::map<int, std::unique_ptr<FeatureTriangles>> triangles;
    int full_from = INT32_MIN;
    std::unique_ptr<Outlines> outlines;  // full detail
    std::map<int, std::unique_ptr<Outlines>> outline_levels;
};

ProjectedLayer::ProjectedLayer() : cache_(std::make_unique<Cache>()) {}
ProjectedLayer::~ProjectedLayer() = default;
ProjectedLayer::ProjectedLayer(ProjectedLayer&&) noexcept = default;
ProjectedLayer& ProjectedLayer::operator=(ProjectedLayer&&) noexcept = default;

int ProjectedLayer::level_of(double scale) {
    if (!(scale > 0) || !std::isfinite(scale)) return 0;
    // The level whose tolerance is at most one pixel: Douglas-Peucker keeps the line within a
    // pixel of full detail, the radial pass (simplify.hpp) within two at worst. Levels half an
    // octave apart keep the tolerance between 0.71 and 1 pixel: with whole octaves a view at the
    // fine end of its level drew at half a pixel, measured 1.3 times the points and frame time
    // of the world map for no visible difference (half a pixel everywhere: twice the points).
    return std::clamp(static_cast<int>(std::floor(2 * std::log2(1.0 / scale))), -120, 120);
}

double ProjectedLayer::tolerance_of(int level) { return std::exp2(level * 0.5); }

const Shapes& ProjectedLayer::at_scale(double scale) const {
    const int level = level_of(scale);
    std::lock_guard lock(cache_->mutex);
    if (level <= cache_->full_from) return full;
    auto& slot = cache_->levels[level];
    if (!slot) {
        auto shapes = std::make_unique<Shapes>(simplify_shapes(full, tolerance_of(level)));
        if (shapes->points.size() * 10 > full.points.size() * 9) {
            // Under 10 % saved: not worth the memory; this level and finer ones draw `full`.
            // Finer levels keep more points still, so none of them was built: no reference handed
            // out earlier is invalidated here.
            cache_->levels.erase(level);
            cache_->full_from = std::max(cache_->full_from, level);
            return full;
        }
        slot = std::move(shapes);
    }
    return *slot;
}

const FeatureTriangles& ProjectedLayer::triangles_at_scale(double scale) const {
    const Shapes& shapes = at_scale(scale);
    const int key = &shapes == &full ? INT32_MIN : level_of(scale);
    std::lock_guard lock(cache_->mutex);
    auto& slot = cache_->triangles[key];
    if (!slot) slot = std::make_unique<FeatureTriangles>(triangulate_shapes(shapes));
    return *slot;
}

void ProjectedLayer::set_outlines(Outlines full_detail) {
    std::lock_guard lock(cache_->mutex);
    cache_->outlines = std::make_unique<Outlines>(std::move(full_detail));
    cache_->outline_levels.clear();
}

const Outlines* ProjectedLayer::outlines_at_scale(double scale) const {
    const Shapes& shapes = at_scale(scale);  // settles whether this level draws full detail
    std::lock_guard lock(cache_->mutex);
    if (!cache_->outlines) return nullptr;
    if (&shapes == &full) return cache_->outlines.get();
    const int level = level_of(scale);
    auto& slot = cache_->outline_levels[level];
    if (!slot) slot = std::make_unique<Outlines>(simplify_outlines(*cache_->outlines, tolerance_of(level)));
    return slot.get();
}

size_t ProjectedLayer::levels_built() const {
    std::lock_guard lock(cache_->mutex);
    return cache_->levels.size();
}

Shapes simplify_shapes(const Shapes& in, double tolerance, bool keep_short_lines) {
    Shapes out;
    out.points.reserve(in.points.size() / 4);
    thread_local std::vector<XY> piece;
    bool outer_dropped = false;
    for (size_t f = 0; f < in.feature_count(); ++f) {
        for (uint32_t i = in.feature_begin(f); i < in.feature_end[f]; ++i) {
            const Shapes::Part kind = in.part_kind[i];
            const XY* p = in.part_points(i);
            const uint32_t n = in.part_size(i);
            if (kind == Shapes::Part::points) {
                out.add_part(kind, p, n);
                continue;
            }
            if (kind == Shapes::Part::hole && outer_dropped) continue;
            Bounds b;
            for (uint32_t k = 0; k < n; ++k) b.add(p[k].x, p[k].y);
            bool tiny = b.width() < tolerance && b.height() < tolerance;
            piece.clear();
            if (!tiny) simplify_into(p, n, tolerance, piece);
            if (tiny && keep_short_lines && kind == Shapes::Part::line) {
                // A short stretch between two longer ones: its ends keep the line unbroken.
                piece.push_back(p[0]), piece.push_back(p[n - 1]);
                tiny = false;
            }
            // A ring needs three corners besides its closing point; a line two points.
            bool keep = !tiny && (kind == Shapes::Part::line ? piece.size() >= 2 : piece.size() >= 4);
            if (kind == Shapes::Part::outer) outer_dropped = !keep;
            if (keep) out.add_part(kind, piece.data(), piece.size());
        }
        out.end_feature();
    }
    out.points.shrink_to_fit();
    return out;
}

FeatureTriangles triangulate_shapes(const Shapes& in) {
    FeatureTriangles out;
    std::vector<std::vector<XY>> polygon;
    auto flush = [&] {
        if (polygon.empty()) return;
        std::vector<XY> t = triangulate(polygon);
        out.points.insert(out.points.end(), t.begin(), t.end());
        polygon.clear();
    };
    for (size_t f = 0; f < in.feature_count(); ++f) {
        for (uint32_t i = in.feature_begin(f); i < in.feature_end[f]; ++i) {
            Shapes::Part kind = in.part_kind[i];
            if (kind == Shapes::Part::outer) flush();
            if (kind != Shapes::Part::outer && kind != Shapes::Part::hole) continue;
            if (kind == Shapes::Part::hole && polygon.empty()) continue;
            polygon.emplace_back(in.part_points(i), in.part_points(i) + in.part_size(i));
        }
        flush();
        out.feature_end.push_back(static_cast<uint32_t>(out.points.size()));
    }
    return out;
}

namespace {

void project_points(const std::vector<LonLat>& in, const Projection& proj, std::vector<XY>& out, Bounds& b) {
    out.clear();
    out.reserve(in.size());
    for (const LonLat& ll : in) {
        XY p;
        if (!proj.forward(ll, p)) continue;  // outside the projection's domain
        out.push_back(p);
        b.add(p.x, p.y);
    }
}

}  // namespace

ProjectedLayer project_layer(const Layer& layer, const Projection& projection) {
    ProjectedLayer out;
    Shapes& s = out.full;
    size_t total = 0;
    for (const Feature& f : layer.features) {
        for (const Polygon& poly : f.polygons)
            for (const Ring& r : poly.rings) total += r.size();
        for (const auto& line : f.lines) total += line.size();
        total += f.points.size();
    }
    s.points.reserve(total);
    out.feature_bounds.reserve(layer.features.size());
    std::vector<XY> buf;
    for (const Feature& f : layer.features) {
        Bounds fb;
        for (const Polygon& poly : f.polygons) {
            for (size_t r = 0; r < poly.rings.size(); ++r) {
                Bounds rb;
                project_points(poly.rings[r], projection, buf, rb);
                if (buf.size() < 3) {
                    if (r == 0) break;  // no outer ring: its holes mean nothing
                    continue;
                }
                s.add_part(r == 0 ? Shapes::Part::outer : Shapes::Part::hole, buf.data(), buf.size());
                fb.add(rb);
            }
        }
        for (const auto& line : f.lines) {
            project_points(line, projection, buf, fb);
            if (buf.size() >= 2) s.add_part(Shapes::Part::line, buf.data(), buf.size());
        }
        project_points(f.points, projection, buf, fb);
        if (!buf.empty()) s.add_part(Shapes::Part::points, buf.data(), buf.size());
        s.end_feature();
        out.feature_bounds.push_back(fb);
        out.bounds.add(fb);
    }
    return out;
}

}  // namespace placeline::geo
