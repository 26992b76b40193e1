#include "placeline/render/flight.hpp"

#include <algorithm>
#include <cmath>

namespace placeline::render {

double ease_in_out(double t) { return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2; }

View interpolate_view(const View& a, const View& b, double t) {
    if (t <= 0) return a;
    if (t >= 1) return b;
    double e = ease_in_out(t);
    View v = b;
    // Distance between the centres in screens of the wider view: far jumps rise higher.
    double span = std::max(a.width / a.scale, b.width / b.scale);
    double dist = std::hypot(b.cx - a.cx, b.cy - a.cy) / span;
    double rise = std::min(dist, 3.0) * 0.6;  // 0: no zoom-out for short moves
    double log_scale = std::log(a.scale) * (1 - e) + std::log(b.scale) * e - rise * 4 * e * (1 - e);
    v.scale = std::exp(log_scale);
    v.cx = a.cx + (b.cx - a.cx) * e;
    v.cy = a.cy + (b.cy - a.cy) * e;
    return v;
}

}  // namespace placeline::render
