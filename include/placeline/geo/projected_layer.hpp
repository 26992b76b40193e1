#pragma once
// A layer projected once for drawing, with its levels of detail: for each zoom level (a power of
// the square root of two of the pixel size) the shapes simplified so that no point moves by more than a pixel and
// rings smaller than a pixel are gone. Each level is built the first time a view needs it and
// kept, as are its fill triangles (only GPU sinks ask for those); every frame after that only
// moves and scales the cached shapes.
#include <cstdint>
#include <memory>
#include <vector>

#include "placeline/geo/geometry.hpp"
#include "placeline/geo/projection.hpp"

namespace placeline::geo {

// Shapes of a layer in flat arrays, one allocation per array rather than one per ring: parts
// (polygon rings, lines, point sets) grouped by feature, in the Layer's feature order.
struct Shapes {
    enum class Part : uint8_t { outer, hole, line, points };
    std::vector<XY> points;
    std::vector<uint32_t> part_end;     // part i is points [part_begin(i), part_end[i])
    std::vector<Part> part_kind;
    std::vector<uint32_t> feature_end;  // feature f is parts [feature_begin(f), feature_end[f])

    size_t feature_count() const { return feature_end.size(); }
    uint32_t feature_begin(size_t f) const { return f ? feature_end[f - 1] : 0; }
    uint32_t part_begin(size_t i) const { return i ? part_end[i - 1] : 0; }
    const XY* part_points(size_t i) const { return points.data() + part_begin(i); }
    uint32_t part_size(size_t i) const { return part_end[i] - part_begin(i); }

    void add_part(Part kind, const XY* pts, size_t n);  // to the feature being built
    void end_feature() { feature_end.push_back(static_cast<uint32_t>(part_end.size())); }
};

struct Outlines;

// Fill triangles of each feature of a Shapes (three points per triangle).
struct FeatureTriangles {
    std::vector<XY> points;
    std::vector<uint32_t> feature_end;
    uint32_t feature_begin(size_t f) const { return f ? feature_end[f - 1] : 0; }
};

class ProjectedLayer {
public:
    ProjectedLayer();
    ~ProjectedLayer();
    ProjectedLayer(ProjectedLayer&&) noexcept;
    ProjectedLayer& operator=(ProjectedLayer&&) noexcept;

    Shapes full;                        // every point, as projected
    std::vector<Bounds> feature_bounds; // projected, per feature: what viewport culling tests
    Bounds bounds;

    // The level of detail for `scale` pixels per projected unit (a View's scale). Thread-safe:
    // the first caller for a level builds it, later ones get the same object.
    const Shapes& at_scale(double scale) const;
    const FeatureTriangles& triangles_at_scale(double scale) const;
    // Strokes with each shared border once (geo/outlines.hpp), at the level of detail for
    // `scale` like at_scale; null until set. Thread-safe like at_scale.
    void set_outlines(Outlines full_detail);
    const Outlines* outlines_at_scale(double scale) const;
    // The level's number, and its tolerance in projected units: between 0.71 and 1 pixel.
    static int level_of(double scale);
    static double tolerance_of(int level);
    size_t levels_built() const;

private:
    struct Cache;
    std::unique_ptr<Cache> cache_;
};

ProjectedLayer project_layer(const Layer& layer, const Projection& projection);

// The shapes simplified at `tolerance` (projected units): see simplify.hpp. Rings and lines whose
// extent is under the tolerance are dropped (lines keep their two ends with `keep_short_lines`:
// pieces of a longer outline); features keep their place, possibly empty.
Shapes simplify_shapes(const Shapes& in, double tolerance, bool keep_short_lines = false);

// Fill triangles of every polygon of every feature (an outer ring and the holes after it).
FeatureTriangles triangulate_shapes(const Shapes& in);

}  // namespace placeline::geo
