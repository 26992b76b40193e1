#include "map_png.hpp"

#include "placeline/geo/projection.hpp"
#include "placeline/render/map_picture.hpp"
#include "placeline/render/theme.hpp"
#include "placeline/sink/canvas.hpp"

namespace placeline::cli {

render::View request_view(const render::MapData& data, const MapPngRequest& req) {
    if (!req.bbox) return render::View::fit(render::default_bounds(data), req.width, req.height);
    std::string error;
    auto proj = geo::Projection::create(data.projection, error);
    geo::Bounds b;
    // The edges of a lon/lat box are curves in most projections: sample them.
    const auto& bb = *req.bbox;
    for (int i = 0; i <= 32; ++i) {
        double t = i / 32.0;
        double lon = bb[0] + (bb[2] - bb[0]) * t, lat = bb[1] + (bb[3] - bb[1]) * t;
        for (LonLat ll : {LonLat{lon, bb[1]}, LonLat{lon, bb[3]}, LonLat{bb[0], lat}, LonLat{bb[2], lat}}) {
            geo::XY xy;
            if (proj && proj->forward(ll, xy)) b.add(xy.x, xy.y);
        }
    }
    return render::View::fit(b, req.width, req.height, 0);
}

render::MapState request_state(const render::MapData&, const MapPngRequest& req) {
    render::MapState state;
    if (req.from) state.window.first = *req.from;
    if (req.to) state.window.last = *req.to;
    state.selected = req.selected;
    state.labels = req.labels;
    return state;
}

std::string render_map_png(const render::MapData& data, const MapPngRequest& req, const std::string& path) {
    sink::OffscreenCanvas canvas(req.width, req.height, false, req.scale);
    if (!canvas.ok()) return canvas.error();
    render::View view = request_view(data, req);
    render::MapState state = request_state(data, req);
    render::Scene scene{&data, &state, render::theme_named(req.theme), req.scale};
    render::DrawList list;
    render::draw_map_picture(scene, view, sink::text_measure(canvas.label_font()), list);
    canvas.draw(list, scene.theme.water);
    return canvas.write_png(path);
}

}  // namespace placeline::cli
