#pragma once
// The window app: SDL window, Dear ImGui panels, map, passages, timeline.
#include "placeline/render/map_load.hpp"

namespace placeline::app {

struct AppOptions {
    render::MapSources sources;
    bool projection_given = false;  // --projection on the command line wins over the settings
    std::string deck;               // a slide deck to edit (or to present)
    bool present = false;           // start fullscreen in presentation mode
    float scale = 0;                // --scale; 0: PLACELINE_SCALE, else 1
};

int run_app(const AppOptions& options);

}  // namespace placeline::app
