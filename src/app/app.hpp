#pragma once
// The window app: SDL window, Dear ImGui panels, map, passages, timeline.
#include "placeline/render/map_load.hpp"

namespace placeline::app {

struct AppOptions {
    render::MapSources sources;
};

int run_app(const AppOptions& options);

}  // namespace placeline::app
