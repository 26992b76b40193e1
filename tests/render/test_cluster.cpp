#include <doctest/doctest.h>

#include <algorithm>

#include "placeline/render/cluster.hpp"

using namespace placeline::render;

namespace {
size_t cluster_of(const std::vector<Cluster>& cs, uint32_t member) {
    for (size_t i = 0; i < cs.size(); ++i)
        if (std::find(cs[i].members.begin(), cs[i].members.end(), member) != cs[i].members.end()) return i;
    return SIZE_MAX;
}
}  // namespace

TEST_CASE("overlapping markers merge behind the heaviest, distant ones stay apart") {
    std::vector<ClusterInput> in = {
        {100, 100, 6, 1},   // 0
        {104, 103, 6, 9},   // 1: heaviest of the pile
        {108, 100, 6, 2},   // 2
        {400, 300, 6, 5},   // 3: far away
    };
    auto cs = cluster_markers(in);
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].members == std::vector<uint32_t>{1, 0, 2});
    CHECK(cs[0].x == 104);  // sits on its leader
    CHECK(cs[1].members == std::vector<uint32_t>{3});
}

TEST_CASE("zooming in spreads the markers and the cluster dissolves") {
    // The same three places; doubling the zoom around (0, 0) doubles their distances.
    std::vector<ClusterInput> far = {{0, 0, 5, 3}, {4, 0, 5, 2}, {0, 4.5f, 5, 1}};
    CHECK(cluster_markers(far).size() == 1);
    std::vector<ClusterInput> near = far;
    for (auto& m : near) m.x *= 4, m.y *= 4;
    CHECK(cluster_markers(near).size() == 3);
}

TEST_CASE("the selection is never merged, and every marker is in exactly one cluster") {
    std::vector<ClusterInput> in;
    for (int i = 0; i < 200; ++i) in.push_back({float(i % 20) * 3, float(i / 20) * 3, 5, float(i % 7)});
    in[57].alone = true;
    auto cs = cluster_markers(in);
    std::vector<int> seen(in.size(), 0);
    for (const Cluster& c : cs)
        for (uint32_t m : c.members) ++seen[m];
    CHECK(std::all_of(seen.begin(), seen.end(), [](int k) { return k == 1; }));
    CHECK(cs[cluster_of(cs, 57)].members.size() == 1);
    CHECK(cs.size() < in.size() / 4);  // a dense grid collapses a lot
}

TEST_CASE("the gap widens what counts as crowded") {
    std::vector<ClusterInput> in = {{0, 0, 5, 2}, {14, 0, 5, 1}};
    CHECK(cluster_markers(in, 0).size() == 2);
    CHECK(cluster_markers(in, 10).size() == 1);
    CHECK(cluster_markers({}).empty());
}

TEST_CASE("clustering into kept buffers gives the same clusters and reuses their storage") {
    std::vector<ClusterInput> in = {{100, 100, 6, 1}, {104, 103, 6, 9}, {108, 100, 6, 2}, {400, 300, 6, 5}};
    ClusterBuffers b;
    cluster_markers(in, 0, b);
    REQUIRE(b.count == 2);
    CHECK(b.clusters[0].members == std::vector<uint32_t>{1, 0, 2});
    const uint32_t* storage = b.clusters[0].members.data();
    // A second, smaller frame: fewer live clusters, the first one's member list kept in place.
    in.resize(3);
    cluster_markers(in, 0, b);
    REQUIRE(b.count == 1);
    CHECK(b.clusters[0].members == std::vector<uint32_t>{1, 0, 2});
    CHECK(b.clusters[0].members.data() == storage);
}
