#pragma once
// Loading the window module (window_entry_points.hpp) on first use.
#include "window_entry_points.hpp"

namespace placeline::app {

// The module's table, loaded once, thread-safe. The module is found beside the running
// executable. When it cannot be loaded the program says which file and why, and exits with
// status 1: neither the window nor a headless drawing can go on without it.
const WindowEntryPoints& window_module();

}  // namespace placeline::app
