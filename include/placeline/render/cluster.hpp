#pragma once
// Clustering of markers in screen space: where markers would cover each other (a region seen
// from far away), they merge into one marker that shows how many places it holds; zooming in
// spreads them apart and the cluster dissolves by itself, since it is recomputed every frame
// from screen positions. Pure: no view, no atlas, testable alone.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace placeline::render {

struct ClusterInput {
    float x, y;           // screen pixels
    float radius;         // the marker's own radius
    float weight;         // importance: the heaviest marker of a cluster leads it
    bool alone = false;   // never merged (the selection, highlighted places)
};

struct Cluster {
    float x, y;                     // the leader's position
    std::vector<uint32_t> members;  // indices into the input, the leader first
};

// Greedy: markers by weight, heaviest first (ties by input order); each marker not yet taken
// starts a cluster and takes every untaken marker whose centre lies in the larger of the two
// discs (or within `gap` pixels of it): the markers that would mostly hide each other. Markers marked `alone` form clusters of one and are never taken. Every input
// index is in exactly one cluster. A grid of cells as wide as the largest reach keeps it linear
// in practice.
std::vector<Cluster> cluster_markers(const std::vector<ClusterInput>& markers, float gap = 0);

// The same, into buffers kept between calls (the window clusters every frame): the first `count`
// entries of `clusters` are the result; the vectors keep their capacity, so a warm call allocates
// nothing.
struct ClusterBuffers {
    std::vector<Cluster> clusters;
    size_t count = 0;
    std::vector<uint32_t> order;
    std::vector<std::pair<int64_t, uint32_t>> grid;  // (cell, marker), sorted
    std::vector<uint8_t> taken;
};
void cluster_markers(const std::vector<ClusterInput>& markers, float gap, ClusterBuffers& out);

}  // namespace placeline::render
