#include "discs.hpp"

#include <algorithm>
#include <cmath>

#include "blend.hpp"

namespace placeline::sink {

namespace {

// Pixels whose centre lies within `outer` of the centre, each blended with what `coverage`
// makes of its centre's distance.
template <class Coverage>
void cover_round(const PixelTarget& b, double cx, double cy, double outer, render::Color color, const ClipRect& clip,
                 Coverage coverage) {
    if (color.a == 0 || !(outer > 0)) return;
    const int x0 = std::max(clip.x0, int(std::floor(cx - outer))), x1 = std::min(clip.x1 - 1, int(std::ceil(cx + outer)));
    const int y0 = std::max(clip.y0, int(std::floor(cy - outer))), y1 = std::min(clip.y1 - 1, int(std::ceil(cy + outer)));
    const BlendColor src(color, b.bgra);
    const double outer_sq = outer * outer;
    for (int y = y0; y <= y1; ++y) {
        const double dy = y + 0.5 - cy;
        uint8_t* row = b.row(y);
        for (int x = x0; x <= x1; ++x) {
            const double dx = x + 0.5 - cx;
            const double d_sq = dx * dx + dy * dy;
            if (d_sq >= outer_sq) continue;
            const double cov = std::clamp(coverage(std::sqrt(d_sq)), 0.0, 1.0);
            const auto a = static_cast<uint32_t>(color.a * cov + 0.5);
            if (a) blend(row + size_t(x) * 4, src, a);
        }
    }
}

}  // namespace

void draw_disc(const PixelTarget& b, double cx, double cy, double radius, render::Color color, const ClipRect& clip) {
    // Coverage falls from 1 to 0 over the pixel straddling the edge.
    cover_round(b, cx, cy, radius + 0.5, color, clip, [radius](double d) { return radius + 0.5 - d; });
}

void draw_circle(const PixelTarget& b, double cx, double cy, double radius, double width, render::Color color,
                 const ClipRect& clip) {
    const double half = width / 2;
    // A ring thinner than a pixel covers no pixel wholly: its peak is its width.
    cover_round(b, cx, cy, radius + half + 0.5, color, clip,
                [=](double d) { return std::min(half + 0.5 - std::abs(d - radius), width); });
}

}  // namespace placeline::sink
