#include "placeline/render/cluster.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace placeline::render {

std::vector<Cluster> cluster_markers(const std::vector<ClusterInput>& in, float gap) {
    std::vector<Cluster> out;
    const size_t n = in.size();
    if (n == 0) return out;
    std::vector<uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return in[a].weight > in[b].weight; });

    // Two discs touch when their centres are closer than the sum of the radii plus the gap; the
    // largest such reach sizes the cells, so a neighbour is always in one of the 3x3 cells around.
    float max_radius = 0;
    for (const ClusterInput& m : in) max_radius = std::max(max_radius, m.radius);
    const float cell = std::max(1.0f, 2 * max_radius + gap);
    auto key = [&](float x, float y) {
        auto cx = static_cast<int64_t>(std::floor(x / cell)), cy = static_cast<int64_t>(std::floor(y / cell));
        return (cx << 32) ^ (cy & 0xffffffff);
    };
    std::unordered_map<int64_t, std::vector<uint32_t>> grid;
    for (uint32_t i = 0; i < n; ++i)
        if (!in[i].alone) grid[key(in[i].x, in[i].y)].push_back(i);

    std::vector<uint8_t> taken(n, 0);
    for (uint32_t lead : order) {
        if (taken[lead]) continue;
        taken[lead] = 1;
        Cluster c{in[lead].x, in[lead].y, {lead}};
        if (!in[lead].alone) {
            const float cx = std::floor(in[lead].x / cell), cy = std::floor(in[lead].y / cell);
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    auto it = grid.find(key((cx + dx + 0.5f) * cell, (cy + dy + 0.5f) * cell));
                    if (it == grid.end()) continue;
                    for (uint32_t j : it->second) {
                        if (taken[j]) continue;
                        float reach = std::max(in[lead].radius, in[j].radius) + gap;
                        if (std::hypot(in[j].x - in[lead].x, in[j].y - in[lead].y) < reach) {
                            taken[j] = 1;
                            c.members.push_back(j);
                        }
                    }
                }
            // The members after the leader in input order: results do not depend on the grid.
            std::sort(c.members.begin() + 1, c.members.end());
        }
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace placeline::render
