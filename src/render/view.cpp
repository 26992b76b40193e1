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

View View::fit_inside(const geo::Bounds& b, int width, int height, double left, double top, double right,
                      double bottom) {
    int free_w = std::max(16, int(width - left - right)), free_h = std::max(16, int(height - top - bottom));
    View v = fit(b, free_w, free_h, 0);
    // Shift the centre so that the bounds' centre lands in the middle of the free rectangle.
    v.width = width, v.height = height;
    double dx = (left + (width - left - right) / 2) - width / 2.0;
    double dy = (top + (height - top - bottom) / 2) - height / 2.0;
    v.cx -= dx / v.scale;
    v.cy += dy / v.scale;
    return v;
}

}  // namespace placeline::render
