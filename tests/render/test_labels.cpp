#include <doctest/doctest.h>

#include "placeline/render/labels.hpp"

using namespace placeline::render;

TEST_CASE("labels never overlap and the first request wins") {
    std::vector<LabelRequest> req;
    // Five markers on top of each other: at most a few labels fit around them, none overlapping.
    for (int i = 0; i < 5; ++i) req.push_back({100, 100, 5, 60, 14, i});
    auto placed = place_labels(req, {}, 400, 300);
    // Two at least, or the overlap checks below compare nothing.
    REQUIRE(placed.size() >= 2);
    CHECK(placed.size() < req.size());
    CHECK(placed.front().id == 0);
    for (size_t i = 0; i < placed.size(); ++i)
        for (size_t j = i + 1; j < placed.size(); ++j) CHECK_FALSE(placed[i].box.overlaps(placed[j].box));
}

TEST_CASE("labels avoid other markers and stay on screen") {
    // A marker right of the first one blocks the preferred right-hand position.
    std::vector<LabelRequest> req = {{100, 100, 5, 60, 14, 0}, {140, 100, 5, 10, 14, 1}};
    auto placed = place_labels(req, {}, 400, 300);
    REQUIRE(placed.size() >= 1);
    Box other{135, 95, 145, 105};
    CHECK_FALSE(placed[0].box.overlaps(other));
    auto edge = place_labels({{395, 150, 5, 60, 14, 0}}, {}, 400, 300);
    REQUIRE(edge.size() == 1);
    CHECK(edge[0].box.x1 <= 400);
}

TEST_CASE("two labels keep a gap between them, not just apart") {
    // Two markers side by side: the second label cannot sit flush against the first.
    std::vector<LabelRequest> reqs = {{100, 100, 4, 60, 20, 0}, {100 + 4 + 3 + 60 + 4 + 3, 100, 4, 60, 20, 1}};
    auto placed = place_labels(reqs, {}, 1000, 1000);
    REQUIRE(placed.size() == 2);
    const Box& a = placed[0].box;
    const Box& b = placed[1].box;
    const Box grown{a.x0 - 1.9f, a.y0 - 1.9f, a.x1 + 1.9f, a.y1 + 1.9f};
    CHECK_FALSE(grown.overlaps(b));
}
