#pragma once
// What the command line asks of the window: the small interface through which `placeline` and
// `placeline present` start the window app without the command line knowing its headers.
#include <string>

#include "placeline/render/map_load.hpp"

namespace placeline::sink {

struct WindowOptions {
    render::MapSources sources;
    bool projection_given = false;  // --projection on the command line wins over the settings
    std::string deck;               // a slide deck to edit (or to present)
    bool present = false;           // start fullscreen in presentation mode
    float scale = 0;                // --scale; 0: PLACELINE_SCALE, else 1
};

// Opens the window and runs it until it is closed; returns the process's exit status.
using RunWindow = int (*)(const WindowOptions& options);

}  // namespace placeline::sink
