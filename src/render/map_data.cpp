#include "placeline/render/map_data.hpp"

#include <thread>

#include "placeline/geo/projection.hpp"

namespace placeline::render {

std::shared_ptr<const MapData> build_map_data(std::shared_ptr<const Atlas> atlas, std::vector<geo::Layer> layers,
                                              const std::string& projection, Diagnostics& diags) {
    auto data = std::make_shared<MapData>();
    data->atlas = std::move(atlas);
    std::string error;
    auto proj = geo::Projection::create(projection, error);
    if (!proj) {
        diags.error("", error + "; using the regional default");
        proj = geo::Projection::create("regional", error);
    }
    data->projection = proj->definition();

    // Layers are independent: project and tessellate them in parallel, one PROJ object each.
    data->layers.resize(layers.size());
    std::vector<std::thread> pool;
    std::atomic<size_t> next{0};
    auto worker = [&] {
        auto own = proj->clone();
        for (size_t i; (i = next.fetch_add(1)) < layers.size();) {
            data->layers[i].projected = geo::project_layer(layers[i], *own);
            data->layers[i].style = default_layer_style(layers[i].name, static_cast<int>(i));
            data->layers[i].source = std::move(layers[i]);
        }
    };
    size_t threads = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), layers.size());
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
    if (!layers.empty()) worker();
    for (auto& t : pool) t.join();
    for (const MapLayer& l : data->layers) data->layer_bounds.add(l.projected.bounds);

    if (data->atlas) {
        const Gazetteer& g = data->atlas->gazetteer();
        for (const PlaceCount& pc : data->atlas->places()) {
            const Place& p = g.place(pc.place);
            PlaceGeometry geom;
            if (!proj->forward(p.point, geom.point)) continue;
            for (const LonLat& ll : p.line) {
                geo::XY xy;
                if (proj->forward(ll, xy)) geom.line.push_back(xy);
            }
            if (p.kind != PlaceKind::country && p.kind != PlaceKind::continent) {
                data->place_bounds.add(geom.point.x, geom.point.y);
                for (const auto& xy : geom.line) data->place_bounds.add(xy.x, xy.y);
            }
            data->places.emplace(pc.place, std::move(geom));
        }
    }
    return data;
}

geo::Bounds default_bounds(const MapData& data) {
    if (data.place_bounds.empty()) return data.layer_bounds;
    geo::Bounds b = data.place_bounds;
    // Some context around the places: at least 150 km across, and 15 % more on every side.
    double pad_x = std::max(b.width() * 0.15, 75000.0 - b.width() / 2);
    double pad_y = std::max(b.height() * 0.15, 75000.0 - b.height() / 2);
    b.add(b.min_x - pad_x, b.min_y - pad_y);
    b.add(b.max_x + pad_x, b.max_y + pad_y);
    return b;
}

}  // namespace placeline::render
