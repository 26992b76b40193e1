#include "placeline/render/map_load.hpp"

#include "placeline/geo/gazetteer_load.hpp"
#include "placeline/geo/layer_read.hpp"

namespace placeline::render {

std::shared_ptr<const MapData> load_map_data(const MapSources& sources, Diagnostics& diags, Progress* progress) {
    if (progress) progress->stage("Reading layers");
    std::vector<geo::Layer> layers;
    if (sources.default_layers) layers = geo::read_default_layers(diags);
    for (const std::string& spec : sources.layers)
        for (auto& l : geo::read_layers(geo::parse_layer_spec(spec), diags)) layers.push_back(std::move(l));

    if (progress) progress->stage("Loading gazetteer");
    auto gazetteer = geo::load_gazetteer(geo::default_gazetteer_sources(), diags, progress);
    auto atlas = build_atlas(sources.corpus, gazetteer, diags, progress);
    if (progress) progress->stage("Projecting layers");
    return build_map_data(std::move(atlas), std::move(layers), sources.projection, diags);
}

}  // namespace placeline::render
