#pragma once
// The window app: SDL window, Dear ImGui panels, map, passages, timeline.
#include "placeline/sink/window_options.hpp"

namespace placeline::app {

using AppOptions = sink::WindowOptions;

int run_app(const AppOptions& options);

}  // namespace placeline::app
