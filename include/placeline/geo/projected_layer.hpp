#pragma once
// A layer projected and tessellated once for drawing: every frame only moves and scales it.
#include <vector>

#include "placeline/geo/geometry.hpp"
#include "placeline/geo/projection.hpp"

namespace placeline::geo {

struct ProjectedFeature {
    Bounds bounds;                          // projected
    std::vector<XY> triangles;              // polygon fill, three points per triangle (for GPUs)
    std::vector<std::vector<XY>> rings;     // polygon rings: outer and holes of every part
    std::vector<std::vector<XY>> lines;     // line geometry
    std::vector<XY> points;
};

struct ProjectedLayer {
    std::vector<ProjectedFeature> features;  // same order as the Layer's
    Bounds bounds;
};

ProjectedLayer project_layer(const Layer& layer, const Projection& projection);

}  // namespace placeline::geo
