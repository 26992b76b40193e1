#include "placeline/render/labels.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace placeline::render {

namespace {

// A uniform grid over the screen: each box is registered in the cells it covers, so a test
// looks at a handful of boxes instead of all of them.
class BoxGrid {
public:
    explicit BoxGrid(float cell) : cell_(cell) {}
    bool free(const Box& b, int ignore_owner) const {
        bool ok = true;
        visit(b, [&](long long key) {
            auto it = cells_.find(key);
            if (it == cells_.end()) return;
            for (const auto& [box, owner] : it->second)
                if (owner != ignore_owner && box.overlaps(b)) ok = false;
        });
        return ok;
    }
    void insert(const Box& b, int owner) {
        visit(b, [&](long long key) { cells_[key].push_back({b, owner}); });
    }

private:
    float cell_;
    std::unordered_map<long long, std::vector<std::pair<Box, int>>> cells_;
    template <class F>
    void visit(const Box& b, F f) const {
        int x0 = int(std::floor(b.x0 / cell_)), x1 = int(std::floor(b.x1 / cell_));
        int y0 = int(std::floor(b.y0 / cell_)), y1 = int(std::floor(b.y1 / cell_));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) f((static_cast<long long>(y) << 32) ^ static_cast<unsigned>(x));
    }
};

}  // namespace

std::vector<PlacedLabel> place_labels(const std::vector<LabelRequest>& requests, const std::vector<Box>& obstacles,
                                      float screen_width, float screen_height) {
    BoxGrid grid(64);
    for (const Box& o : obstacles) grid.insert(o, -1);
    // Every marker is an obstacle to every label but its own.
    for (const LabelRequest& r : requests)
        grid.insert({r.anchor_x - r.radius, r.anchor_y - r.radius, r.anchor_x + r.radius, r.anchor_y + r.radius}, r.id);
    std::vector<PlacedLabel> out;
    for (const LabelRequest& r : requests) {
        float gap = r.radius + 3;
        // Right, left, above, below, then the four diagonals: the order cartographers prefer.
        const float cx = r.anchor_x, cy = r.anchor_y, w = r.width, h = r.height;
        Box candidates[] = {
            {cx + gap, cy - h / 2, cx + gap + w, cy + h / 2},
            {cx - gap - w, cy - h / 2, cx - gap, cy + h / 2},
            {cx - w / 2, cy - gap - h, cx + w / 2, cy - gap},
            {cx - w / 2, cy + gap, cx + w / 2, cy + gap + h},
            {cx + gap * 0.7f, cy - gap * 0.7f - h, cx + gap * 0.7f + w, cy - gap * 0.7f},
            {cx - gap * 0.7f - w, cy - gap * 0.7f - h, cx - gap * 0.7f, cy - gap * 0.7f},
            {cx + gap * 0.7f, cy + gap * 0.7f, cx + gap * 0.7f + w, cy + gap * 0.7f + h},
            {cx - gap * 0.7f - w, cy + gap * 0.7f, cx - gap * 0.7f, cy + gap * 0.7f + h},
        };
        // A gap of a tenth of the text's height around each label: two names that touch read as one.
        const float pad = std::max(1.0f, h * 0.1f);
        for (const Box& b : candidates) {
            if (b.x0 < 0 || b.y0 < 0 || b.x1 > screen_width || b.y1 > screen_height) continue;
            if (!grid.free({b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad}, r.id)) continue;
            grid.insert(b, -2);
            out.push_back({r.id, b});
            break;
        }
    }
    return out;
}

}  // namespace placeline::render
