// Douglas-Peucker without recursion (an explicit stack of index ranges), so a ring of a hundred
// thousand points cannot overflow the call stack.
#include "placeline/geo/simplify.hpp"

#include <cmath>
#include <utility>

namespace placeline::geo {

namespace {

double segment_distance_sq(XY p, XY a, XY b) {
    double dx = b.x - a.x, dy = b.y - a.y;
    double len_sq = dx * dx + dy * dy;
    double t = len_sq > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len_sq : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return ex * ex + ey * ey;
}

}  // namespace

double segment_distance(XY p, XY a, XY b) { return std::sqrt(segment_distance_sq(p, a, b)); }

void simplify_into(const XY* pts, size_t n, double tolerance, std::vector<XY>& out) {
    if (n <= 2 || tolerance <= 0) {
        out.insert(out.end(), pts, pts + n);
        return;
    }
    const double tol_sq = tolerance * tolerance;
    // Radial pass: a point within the tolerance of the last one kept adds nothing visible. The
    // last point is always kept. Dropping such a point moves the line by less than the
    // tolerance, and Douglas-Peucker below keeps its own bound on what remains, so the total
    // error stays under twice the tolerance; callers pick tolerances with that in mind.
    thread_local std::vector<XY> kept;
    kept.clear();
    kept.push_back(pts[0]);
    for (size_t i = 1; i + 1 < n; ++i) {
        double dx = pts[i].x - kept.back().x, dy = pts[i].y - kept.back().y;
        if (dx * dx + dy * dy > tol_sq) kept.push_back(pts[i]);
    }
    kept.push_back(pts[n - 1]);

    const size_t m = kept.size();
    thread_local std::vector<uint8_t> keep;
    thread_local std::vector<std::pair<size_t, size_t>> stack;
    keep.assign(m, 0);
    keep[0] = keep[m - 1] = 1;
    stack.clear();
    stack.push_back({0, m - 1});
    while (!stack.empty()) {
        auto [first, last] = stack.back();
        stack.pop_back();
        double worst = -1;
        size_t at = first;
        for (size_t i = first + 1; i < last; ++i) {
            double d = segment_distance_sq(kept[i], kept[first], kept[last]);
            if (d > worst) worst = d, at = i;
        }
        if (worst > tol_sq) {
            keep[at] = 1;
            if (at - first > 1) stack.push_back({first, at});
            if (last - at > 1) stack.push_back({at, last});
        }
    }
    for (size_t i = 0; i < m; ++i)
        if (keep[i]) out.push_back(kept[i]);
}

}  // namespace placeline::geo
