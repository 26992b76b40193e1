#pragma once
// What needs SDL2 and Dear ImGui, as the module libplaceline_window.so hands it to the command
// line: the window app, and the two headless drawings of `placeline render` (a map to PNG, a deck
// to frames), which draw on sink's offscreen canvas. window_module_load.cpp loads the module at
// the first call; window_forwarders.cpp calls through it. A command that draws nothing then never
// maps SDL2 and the fifty libraries it brings (docs/ARCHITECTURE.md, "The window and the command
// line"). As with geo's GDAL module (src/geo/gdal_entry_points.hpp), both sides are built from
// this one header in one build, so plain C++ signatures cross; `size` catches a module left from
// an older build.
#include <cstddef>
#include <string>

#include "cli/deck_render.hpp"
#include "cli/map_png.hpp"
#include "placeline/base/diagnostics.hpp"
#include "placeline/render/deck.hpp"
#include "placeline/render/map_data.hpp"
#include "placeline/sink/window_options.hpp"

namespace placeline::app {

struct WindowEntryPoints {
    std::size_t size = sizeof(WindowEntryPoints);
    // The module's copy of the base room's one piece of process state (data_paths.hpp), set to
    // the program's when it is loaded.
    void (*set_executable_folder)(const std::string&);

    // app.hpp
    int (*run_app)(const sink::WindowOptions&);
    // cli/map_png.hpp
    std::string (*render_map_png)(const render::MapData&, const cli::MapPngRequest&, const std::string&);
    // cli/deck_render.hpp
    int (*render_deck)(const render::MapData&, const render::Deck&, const std::string&, const cli::DeckRenderOptions&,
                       Diagnostics&);
};

// The one name the module exports; it returns its table.
inline constexpr const char* window_entry_points_symbol = "placeline_window_entry_points";

}  // namespace placeline::app
