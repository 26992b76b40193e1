#include "placeline/render/cluster.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace placeline::render {

std::vector<Cluster> cluster_markers(const std::vector<ClusterInput>& in, float gap) {
    ClusterBuffers b;
    cluster_markers(in, gap, b);
    b.clusters.resize(b.count);
    return std::move(b.clusters);
}

void cluster_markers(const std::vector<ClusterInput>& in, float gap, ClusterBuffers& b) {
    b.count = 0;
    const size_t n = in.size();
    if (n == 0) return;
    std::vector<uint32_t>& order = b.order;
    order.resize(n);
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
    // The grid as a sorted list of (cell, marker): a cell's markers in input order, and no
    // allocation once the list has grown.
    b.grid.clear();
    for (uint32_t i = 0; i < n; ++i)
        if (!in[i].alone) b.grid.push_back({key(in[i].x, in[i].y), i});
    std::sort(b.grid.begin(), b.grid.end());

    b.taken.assign(n, 0);
    for (uint32_t lead : order) {
        if (b.taken[lead]) continue;
        b.taken[lead] = 1;
        if (b.clusters.size() <= b.count) b.clusters.emplace_back();
        Cluster& c = b.clusters[b.count++];
        c.x = in[lead].x, c.y = in[lead].y;
        c.members.clear();
        c.members.push_back(lead);
        if (!in[lead].alone) {
            const float cx = std::floor(in[lead].x / cell), cy = std::floor(in[lead].y / cell);
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int64_t k = key((cx + dx + 0.5f) * cell, (cy + dy + 0.5f) * cell);
                    auto it = std::lower_bound(b.grid.begin(), b.grid.end(), std::pair<int64_t, uint32_t>{k, 0});
                    for (; it != b.grid.end() && it->first == k; ++it) {
                        const uint32_t j = it->second;
                        if (b.taken[j]) continue;
                        float reach = std::max(in[lead].radius, in[j].radius) + gap;
                        if (std::hypot(in[j].x - in[lead].x, in[j].y - in[lead].y) < reach) {
                            b.taken[j] = 1;
                            c.members.push_back(j);
                        }
                    }
                }
            // The members after the leader in input order: results do not depend on the grid.
            std::sort(c.members.begin() + 1, c.members.end());
        }
    }
}

}  // namespace placeline::render
