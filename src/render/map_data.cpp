#include "placeline/render/map_data.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "placeline/base/data_paths.hpp"
#include "placeline/geo/meridian_cut.hpp"
#include "placeline/geo/natural_earth_places.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/base/on_cores.hpp"
#include "placeline/render/auto_projection.hpp"
#include "placeline/render/outline_cover.hpp"
#include "placeline/render/time_rule.hpp"

namespace placeline::render {

std::shared_ptr<const MapData> build_map_data(std::shared_ptr<const Atlas> atlas, std::vector<geo::Layer> layers,
                                              const std::string& projection, Diagnostics& diags,
                                              const StyleSheet& styles, PlaceShapes shapes) {
    auto data = std::make_shared<MapData>();
    data->styles = styles;
    data->atlas = std::move(atlas);
    std::string error;
    auto proj = geo::Projection::create(resolve_projection(projection, data->atlas.get()), error);
    if (!proj) {
        diags.error("", error + "; using the regional default");
        proj = geo::Projection::create("regional", error);
    }
    data->projection = proj->definition();
    // The regional cone tears what lies far from it: a shape reaching the South Pole or across the
    // meridian opposite its centre (135 degrees W) would cover the whole map. The world base keeps
    // the shapes of the half of the world the cone can draw.
    // The places' own shapes are clipped to that half instead (below): a Caucasus corpus naming
    // Russia tints the Russia it shows.
    const bool regional = data->projection == geo::regional_projection;
    auto torn = [](const geo::Feature& f) {
        for (const geo::Polygon& p : f.polygons)
            for (const geo::Ring& r : p.rings)
                for (const LonLat& ll : r)
                    if (ll.lat < -50 || ll.lon < -100) return true;
        for (const auto& line : f.lines)
            for (const LonLat& ll : line)
                if (ll.lat < -50 || ll.lon < -100) return true;
        return false;
    };
    if (regional)
        for (geo::Layer& l : layers)
            if (l.role == geo::LayerRole::world_base) std::erase_if(l.features, torn);
    // A world map centred away from Greenwich has its edge at the meridian opposite: shapes are
    // cut there before projecting, or they would join its two edges (geo/meridian_cut.hpp). The
    // sources stay whole (features keep their index), so another projection of them has no seam.
    const double lon0 = geo::central_meridian(data->projection);
    const bool cut = !regional && lon0 != 0;
    const double cut_at = lon0 > 0 ? lon0 - 180 : lon0 + 180;
    auto project = [&](const geo::Layer& layer, const geo::Projection& with) {
        if (!cut) return geo::project_layer(layer, with);
        geo::Layer pieces = layer;
        geo::cut_at_meridian(pieces, cut_at);
        return geo::project_layer(pieces, with);
    };

    // Layers are independent: project and tessellate them in parallel, one PROJ object each.
    data->layers.resize(layers.size());
    std::atomic<size_t> next{0};
    auto worker = [&] {
        auto own = proj->clone();
        for (size_t i; (i = next.fetch_add(1)) < layers.size();) {
            data->layers[i].projected = project(layers[i], *own);
            MapLayer& ml = data->layers[i];
            ml.style = default_layer_style(layers[i].name, static_cast<int>(i));
            apply_styles(styles, layers[i].name, ml.style);
            ml.validity = feature_validity(layers[i], ml.style.time, diags);
            if (!ml.style.color_field.empty())
                for (const geo::Feature& f : layers[i].features)
                    ml.category.push_back(int16_t(category_of(ml.style, f.attribute(ml.style.color_field))));
            data->layers[i].source = std::move(layers[i]);
        }
    };
    run_on_cores(layers.size(), worker);
    for (const MapLayer& l : data->layers) {
        data->layer_bounds.add(l.projected.bounds);
        if (l.source.role == geo::LayerRole::detail) data->detail_bounds.add(l.projected.bounds);
        if (l.source.role == geo::LayerRole::regional) data->regional_bounds.add(l.projected.bounds);
    }
    build_layer_outlines(data->layers);

    if (data->atlas) {
        data->most_written = most_written_forms(*data->atlas);
        data->dated_names = read_dated_names(geodata_path("dated-names.tsv"), diags);
        const Gazetteer& g = data->atlas->gazetteer();
        // With a world gazetteer a corpus about one region still names London and Washington once
        // or twice: the default view frames the places nearest the weighted median of all places
        // that together hold 70 % of the passages, not every place.
        struct Weighted {
            geo::XY xy;
            double weight;
            std::vector<geo::XY> line;
        };
        std::vector<Weighted> framed, areas_only;
        for (const PlaceCount& pc : data->atlas->places()) {
            const Place& p = g.place(pc.place);
            PlaceGeometry geom;
            if (!proj->forward(p.point, geom.point)) continue;
            for (const LonLat& ll : p.line) {
                geo::XY xy;
                if (proj->forward(ll, xy)) geom.line.push_back(xy);
            }
            const bool area = p.kind == PlaceKind::country || p.kind == PlaceKind::continent || p.kind == PlaceKind::region;
            (area ? areas_only : framed).push_back({geom.point, double(pc.passages), geom.line});
            data->places.emplace(pc.place, std::move(geom));
        }
        // A corpus that names only countries and regions is framed on their points.
        if (framed.empty()) framed = std::move(areas_only);
        if (!framed.empty()) {
            auto weighted_median = [&](auto coord) {
                std::vector<std::pair<double, double>> v;
                double total = 0;
                for (const Weighted& w : framed) v.push_back({coord(w.xy), w.weight}), total += w.weight;
                std::sort(v.begin(), v.end());
                double acc = 0;
                for (auto [c, w] : v)
                    if ((acc += w) >= total / 2) return c;
                return v.back().first;
            };
            geo::XY centre{weighted_median([](const geo::XY& p) { return p.x; }),
                           weighted_median([](const geo::XY& p) { return p.y; })};
            std::sort(framed.begin(), framed.end(), [&](const Weighted& a, const Weighted& b) {
                return std::hypot(a.xy.x - centre.x, a.xy.y - centre.y) < std::hypot(b.xy.x - centre.x, b.xy.y - centre.y);
            });
            double total = 0, acc = 0;
            for (const Weighted& w : framed) total += w.weight;
            for (const Weighted& w : framed) {
                data->place_bounds.add(w.xy.x, w.xy.y);
                for (const auto& xy : w.line) data->place_bounds.add(xy.x, xy.y);
                if ((acc += w.weight) >= 0.7 * total) break;
            }
        }
        // Areas as areas: each mentioned place's own shape, projected like a layer. Under the
        // regional cone only the part it draws (Russia east of 100 W) is projected; the shape is
        // kept whole for another projection.
        PlaceShapes& kept = data->place_shapes;
        geo::Layer drawn;
        for (geo::Feature& f : shapes.areas.features) {
            const std::string* id = f.attribute("place");
            PlaceIndex place = id ? g.find_id(*id) : no_place;
            if (place == no_place || f.type == geo::GeometryType::none || !data->places.count(place) ||
                data->area_of.count(place))
                continue;
            geo::Feature part = f;
            if (regional && torn(part)) geo::clip_to_box(part, geo::Bounds{-100, -50, 180, 90});
            if (part.type == geo::GeometryType::none) continue;
            data->area_of.emplace(place, uint32_t(data->area_place.size()));
            data->area_place.push_back(place);
            drawn.features.push_back(std::move(part));
            kept.areas.features.push_back(std::move(f));
        }
        kept.areas.name = drawn.name = "areas";
        kept.areas.bounds = shapes.areas.bounds;
        data->areas = project(drawn, *proj);
        for (auto& [id, name] : shapes.division)
            if (PlaceIndex place = g.find_id(id); place != no_place && data->places.count(place))
                data->division.emplace(place, name);
        kept.division = std::move(shapes.division);
        kept.credits = std::move(shapes.credits);
        // And every article: one none of whose places lies in that frame (a world corpus's three
        // articles on New Orleans) adds all its places, wherever they are.
        const geo::Bounds core = data->place_bounds;
        std::vector<std::vector<PlaceIndex>> by_article(data->atlas->corpus().articles.size());
        std::vector<uint8_t> seen_in_core(by_article.size(), 0);
        for (const Mention& m : data->atlas->mentions()) {
            auto it = m.place == no_place ? data->places.end() : data->places.find(m.place);
            if (it == data->places.end() || m.article >= by_article.size()) continue;
            const PlaceKind k = g.place(m.place).kind;
            if (k == PlaceKind::country || k == PlaceKind::continent || k == PlaceKind::region) continue;
            const geo::XY& xy = it->second.point;
            if (xy.x >= core.min_x && xy.x <= core.max_x && xy.y >= core.min_y && xy.y <= core.max_y)
                seen_in_core[m.article] = 1;
            by_article[m.article].push_back(m.place);
        }
        for (size_t a = 0; a < by_article.size(); ++a) {
            if (seen_in_core[a]) continue;
            for (PlaceIndex place : by_article[a]) {
                const PlaceGeometry& geom = data->places.at(place);
                data->place_bounds.add(geom.point.x, geom.point.y);
                for (const auto& xy : geom.line) data->place_bounds.add(xy.x, xy.y);
            }
        }
    }
    return data;
}

void prepare_levels(const MapData& data, double scale) {
    for (const MapLayer& l : data.layers) {
        l.projected.at_scale(scale);
        l.projected.outlines_at_scale(scale);
    }
    data.areas.at_scale(scale);
}

PlaceShapes place_shapes_for(const Atlas& atlas, const geo::ShapeIndex& index, const std::string& boundaries,
                             Diagnostics& diags) {
    PlaceShapes out;
    const Gazetteer& g = atlas.gazetteer();
    std::vector<geo::ShapeRef> refs;
    std::vector<std::string> ids;
    for (const PlaceCount& pc : atlas.places()) {
        std::string id(g.id(pc.place));
        if (auto it = index.find(id); it != index.end()) refs.push_back(it->second), ids.push_back(std::move(id));
    }
    out.areas = geo::read_shapes(refs, diags);
    for (size_t i = 0; i < ids.size(); ++i) out.areas.features[i].attributes.emplace_back("place", std::move(ids[i]));

    // Towns that read alike (the list's names: the articles' most common spelling, else the
    // gazetteer's), and the division each lies in.
    const auto written = most_written_forms(atlas);
    std::unordered_map<std::string, int> uses;
    std::vector<std::pair<PlaceIndex, std::string>> named;
    for (const PlaceCount& pc : atlas.places()) {
        auto w = written.find(pc.place);
        named.push_back({pc.place, w != written.end() && !w->second.empty() ? w->second : g.place(pc.place).name});
        ++uses[named.back().second];
    }
    std::vector<LonLat> points;
    std::vector<PlaceIndex> towns;
    for (const auto& [place, name] : named) {
        const PlaceKind k = g.place(place).kind;
        if (uses[name] < 2 || k == PlaceKind::country || k == PlaceKind::admin1 || k == PlaceKind::continent ||
            k == PlaceKind::region)
            continue;
        towns.push_back(place);
        points.push_back(g.place(place).point);
    }
    if (boundaries.empty()) return out;
    const std::vector<std::string> names = geo::division_names(boundaries, points);
    for (size_t i = 0; i < towns.size(); ++i)
        if (!names[i].empty()) out.division.emplace(std::string(g.id(towns[i])), names[i]);
    return out;
}

geo::Bounds default_bounds(const MapData& data) {
    // No places: the regional extract when it is loaded (the view before the world base came),
    // else every layer.
    if (data.place_bounds.empty()) return data.detail_bounds.empty() ? data.layer_bounds : data.detail_bounds;
    geo::Bounds b = data.place_bounds;
    // Some context around the places: at least 150 km across, and 15 % more on every side.
    double pad_x = std::max(b.width() * 0.15, 75000.0 - b.width() / 2);
    double pad_y = std::max(b.height() * 0.15, 75000.0 - b.height() / 2);
    b.add(b.min_x - pad_x, b.min_y - pad_y);
    b.add(b.max_x + pad_x, b.max_y + pad_y);
    return b;
}

}  // namespace placeline::render
