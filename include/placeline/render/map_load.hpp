#pragma once
// One call from what the user named (articles, layers, projection) to MapData: used by the
// window's background loader and by every subcommand, so they all see the same map.
#include <memory>
#include <string>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/base/progress.hpp"
#include "placeline/render/map_data.hpp"

namespace placeline::render {

struct MapSources {
    std::vector<std::string> corpus;       // files and folders of articles
    std::vector<std::string> layers;       // extra --layer PATH[:LAYER] specs
    bool default_layers = true;            // the embedded regional extract and historical layers
    bool world = false;                    // the whole world's boundaries instead of the regional extract
    std::vector<std::string> styles;       // --style FILE: project style files, applied last
    std::string projection = "auto";
};

std::shared_ptr<const MapData> load_map_data(const MapSources& sources, Diagnostics& diags,
                                             Progress* progress = nullptr);

}  // namespace placeline::render
