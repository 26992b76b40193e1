#pragma once
// Which layer's line a layer may leave its shared borders to (geo/outlines.hpp): regions leave
// the borders they share with their countries to the countries' wider line, so a national border
// is one clean line, not a dark line with a pale one down its middle, and is drawn once.
#include <cstddef>
#include <vector>

namespace placeline::render {

struct MapLayer;
struct Scene;

// Builds every polygon layer's outlines, each with its cover: of the layers drawn alike in every
// feature with a wider solid stroke, the one sharing the most segments (at least a tenth).
void build_layer_outlines(std::vector<MapLayer>& layers);

// Whether layer `li`'s covered segments are drawn by its cover in this scene: the cover is shown,
// opaque, solid and at least as wide.
bool cover_draws(const Scene& scene, size_t li);

}  // namespace placeline::render
