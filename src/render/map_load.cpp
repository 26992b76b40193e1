#include "placeline/render/map_load.hpp"

#include <filesystem>

#include "placeline/base/data_paths.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "placeline/geo/layer_read.hpp"
#include "placeline/geo/natural_earth_rivers.hpp"
#include "placeline/geo/ncarg_earth.hpp"
#include "placeline/geo/us_counties.hpp"
#include "placeline/geo/water_shapes.hpp"
#include "placeline/render/project_file.hpp"

namespace placeline::render {

namespace {

// The mentioned seas and lakes find their polygons in the data cache's water file by location
// (geo/water_shapes.hpp): only these few points are looked up. Whether any found one.
bool add_water_shapes(const Atlas& atlas, geo::ShapeIndex& index, Diagnostics& diags) {
    const Gazetteer& g = atlas.gazetteer();
    std::vector<geo::WaterPlace> water;
    for (const PlaceCount& pc : atlas.places()) {
        const Place& p = g.place(pc.place);
        std::string id(g.id(pc.place));
        if (p.kind == PlaceKind::water && !index.count(id)) water.push_back({std::move(id), p.point});
    }
    const size_t before = index.size();
    geo::add_water_shapes(cache_dir() + "/" + geo::water_file_name, water, index, diags);
    return index.size() > before;
}

}  // namespace

std::shared_ptr<const MapData> load_map_data(const MapSources& sources, Diagnostics& diags, Progress* progress) {
    if (progress) progress->stage("Reading layers");
    // The corpus folders' project files (placeline.toml): their layers and styles join the
    // command line's; any of them may leave the regional pack out.
    std::vector<std::string> layer_specs, project_styles;
    bool regional_pack = true;
    for (const std::string& c : sources.corpus) {
        ProjectFile p = read_project_file(c, diags);
        layer_specs.insert(layer_specs.end(), p.layers.begin(), p.layers.end());
        project_styles.insert(project_styles.end(), p.styles.begin(), p.styles.end());
        if (p.regional_layers == false) regional_pack = false;
    }
    layer_specs.insert(layer_specs.end(), sources.layers.begin(), sources.layers.end());
    std::vector<geo::Layer> layers;
    if (sources.default_layers)
        layers = geo::read_default_layers(diags, sources.world ? cache_dir() + "/world_map.gpkg" : std::string(),
                                          regional_pack);
    for (const std::string& spec : layer_specs)
        for (auto& l : geo::read_layers(geo::parse_layer_spec(spec), diags)) layers.push_back(std::move(l));

    // Styles: the default one for the embedded layers, then each layer source's own file beside
    // it, then the project's (placeline.style.toml in a corpus folder, then --style): later files
    // win key by key.
    StyleSheet styles;
    if (sources.default_layers) {
        std::string history = asset_path("styles/history.toml");
        std::error_code ec;
        if (std::filesystem::exists(history, ec)) styles.append(read_style_file(history, diags));
    }
    for (const std::string& spec : layer_specs)
        if (std::string side = sidecar_style_path(geo::parse_layer_spec(spec).path); !side.empty())
            styles.append(read_style_file(side, diags));
    // A corpus folder's own project style, like its placeline-overrides.json.
    for (const std::string& c : sources.corpus) {
        std::error_code ec;
        auto project = std::filesystem::path(c) / "placeline.style.toml";
        if (std::filesystem::is_directory(c, ec) && std::filesystem::exists(project, ec))
            styles.append(read_style_file(project.string(), diags));
    }
    for (const std::string& file : project_styles) styles.append(read_style_file(file, diags));
    for (const std::string& file : sources.styles) styles.append(read_style_file(file, diags));
    std::vector<std::string> names;
    for (const geo::Layer& l : layers) names.push_back(l.name);
    report_unmatched_styles(styles, names, diags);

    if (progress) progress->stage("Loading gazetteer");
    const geo::GazetteerSources gazetteer_sources = geo::default_gazetteer_sources();
    auto gazetteer = geo::load_gazetteer(gazetteer_sources, diags, progress);
    auto atlas = build_atlas(sources.corpus, gazetteer, diags, progress);
    if (progress && progress->cancelled()) return nullptr;  // nobody waits for it
    // The mentioned places' own shapes, from the files their places came from.
    PlaceShapes shapes;
    // Without the counties file they are not in the gazetteer either; without the boundaries,
    // the counties still come. A corpus that names no county pays nothing for them.
    if (atlas) {
        std::vector<std::string> ids, landmark_ids;
        bool names_a_county = false, names_a_river = false;
        const std::string county = geo::county_place_id("");
        for (const PlaceCount& pc : atlas->places()) {
            ids.emplace_back(atlas->gazetteer().id(pc.place));
            names_a_county |= ids.back().compare(0, county.size(), county) == 0;
            const PlaceKind kind = atlas->gazetteer().facts(pc.place).kind;
            names_a_river |= kind == PlaceKind::river;
            if (kind == PlaceKind::landmark) landmark_ids.push_back(ids.back());
        }
        const bool counties = names_a_county && !gazetteer_sources.counties.empty();
        const bool rivers = names_a_river && !gazetteer_sources.rivers.empty();
        geo::ShapeIndex index;
        if (!gazetteer_sources.boundaries.empty())
            geo::add_natural_earth_shapes(gazetteer_sources.boundaries, index, diags);
        if (counties) geo::add_us_county_shapes(gazetteer_sources.counties, index, diags);
        if (rivers) geo::add_river_shapes(gazetteer_sources.rivers, index, diags);
        // Islands (NCAR's outlines, read only when the corpus names one of its islands: its lakes
        // take water.gpkg's polygons below).
        const size_t before_earth = index.size();
        if (!gazetteer_sources.earth.empty()) geo::add_earth_shapes(gazetteer_sources.earth, landmark_ids, index, diags);
        const bool islands = index.size() > before_earth;
        const bool water = add_water_shapes(*atlas, index, diags);
        if (!gazetteer_sources.boundaries.empty() || counties || rivers || water || islands)
            shapes = place_shapes_for(*atlas, index, gazetteer_sources.boundaries, diags);
        // A county's state is in its code: surer than the boundaries' division its point falls in.
        if (counties)
            for (auto& [id, state] : geo::us_county_states(gazetteer_sources.counties, ids, diags))
                shapes.division.insert_or_assign(id, std::move(state));
        // The sea and lake polygons are OpenStreetMap data (geodata/PROVENANCE.md, water.gpkg).
        if (water) shapes.credits.push_back("© OpenStreetMap contributors (ODbL)");
        // The islands' outlines are NCAR Graphics' (UCAR; geodata/PROVENANCE.md, Earth..4).
        if (islands) shapes.credits.push_back("NCAR Graphics (UCAR)");
    }
    if (progress) progress->stage("Projecting layers");
    return build_map_data(std::move(atlas), std::move(layers), sources.projection, diags, styles, std::move(shapes));
}

}  // namespace placeline::render
