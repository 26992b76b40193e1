#pragma once
// Label placement: by priority, each label takes the first of a few positions around its
// anchor that overlaps no placed label and no obstacle; labels that fit nowhere are dropped.
#include <string>
#include <vector>

namespace placeline::render {

struct Box {
    float x0, y0, x1, y1;
    bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

struct LabelRequest {
    float anchor_x, anchor_y;  // marker centre
    float radius;              // marker radius: labels sit just outside it
    float width, height;       // text size
    int id;                    // caller's identifier
};

struct PlacedLabel {
    int id;
    Box box;
};

// `requests` in priority order (most important first). No label covers another label or any
// marker but its own; `obstacles` are further areas to keep clear (the scale bar...).
std::vector<PlacedLabel> place_labels(const std::vector<LabelRequest>& requests, const std::vector<Box>& obstacles,
                                      float screen_width, float screen_height);

}  // namespace placeline::render
