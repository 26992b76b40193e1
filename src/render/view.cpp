#include "placeline/render/view.hpp"

#include <algorithm>

namespace placeline::render {

View View::fit(const geo::Bounds& b, int width, int height, double margin) {
    View v;
    v.width = width;
    v.height = height;
    if (b.empty()) return v;
    v.cx = (b.min_x + b.max_x) / 2;
    v.cy = (b.min_y + b.max_y) / 2;
    double w = std::max(b.width(), 1.0), h = std::max(b.height(), 1.0);
    double avail_w = std::max(width - 2 * margin, 10.0), avail_h = std::max(height - 2 * margin, 10.0);
    v.scale = std::min(avail_w / w, avail_h / h);
    return v;
}

}  // namespace placeline::render
