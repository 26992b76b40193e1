#pragma once
// Labels of styled layers (label_field, label_size): one per distinct text per layer, at the
// biggest of its features on screen, placed after the places' labels and never over them.
#include <vector>

#include "placeline/render/labels.hpp"
#include "placeline/render/scene.hpp"

namespace placeline::render {

void draw_layer_labels(const Scene& scene, const View& view, const TextMeasure& measure, DrawList& out,
                       const std::vector<Box>& obstacles);

}  // namespace placeline::render
