#pragma once
// One frame drawn as `placeline render` draws it, kept with what the map's hit test knows, for
// the tests that look at pixels inside and outside the areas drawn as areas.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <vector>

#include "cli/map_png.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/sink/canvas.hpp"

namespace e2e {

struct AreaFrame {
    int width = 0, height = 0;
    placeline::render::View view;
    placeline::render::MapHits hits;
    std::vector<uint8_t> rgba;
    std::vector<std::array<float, 4>> labels;  // x0, y0, x1, y1 of each text, with a margin

    const uint8_t* at(int x, int y) const { return rgba.data() + (size_t(y) * size_t(width) + size_t(x)) * 4; }
    // Clear of every marker and label: there only the land and the areas' tint show.
    bool clear(int x, int y) const {
        for (const auto& m : hits.markers)
            if (std::hypot(x - m.x, y - m.y) < m.radius + 4) return false;
        for (const auto& b : labels)
            if (x > b[0] && x < b[2] && y > b[1] && y < b[3]) return false;
        return true;
    }
    // Well inside the area's shape: not on its edge, where the border line is drawn over it.
    bool deep_inside(int x, int y, placeline::PlaceIndex area) const {
        for (auto [dx, dy] : {std::pair{0, 0}, {3, 0}, {-3, 0}, {0, 3}, {0, -3}})
            if (hits.area_at(float(x + dx), float(y + dy), 0) != area) return false;
        return true;
    }
    // Where a point of the map lies on the frame (REQUIREd to be on it).
    placeline::geo::XY screen_of(const placeline::render::MapData& data, placeline::LonLat ll) const {
        std::string error;
        auto proj = placeline::geo::Projection::create(data.projection, error);
        REQUIRE(proj);
        placeline::geo::XY xy;
        REQUIRE(proj->forward(ll, xy));
        const placeline::geo::XY s = view.to_screen(xy);
        REQUIRE(s.x >= 0);
        REQUIRE(s.y >= 0);
        REQUIRE(s.x < width);
        REQUIRE(s.y < height);
        return s;
    }
};

inline AreaFrame draw_area_frame(const placeline::render::MapData& data, const placeline::cli::MapPngRequest& req) {
    using namespace placeline;
    AreaFrame f;
    f.width = req.width, f.height = req.height;
    sink::OffscreenCanvas canvas(req.width, req.height);
    REQUIRE(canvas.ok());
    f.view = cli::request_view(data, req);
    render::MapState state = cli::request_state(data, req);
    render::Scene scene{&data, &state, {}};
    auto measure = sink::text_measure(canvas.label_font());
    render::DrawList list;
    render::draw_map(scene, f.view, measure, list, &f.hits);
    canvas.draw(list, scene.theme.water);
    f.rgba = canvas.pixels();
    for (const render::TextItem& t : list.texts)
        f.labels.push_back({t.x - 6, t.y - 6, t.x + measure(t.text, t.size) + 6, t.y + t.size * 1.4f + 6});
    return f;
}

}  // namespace e2e
