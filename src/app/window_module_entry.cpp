// The module's side of window_entry_points.hpp: its one exported function hands out the table of
// the real functions, compiled in this module with SDL2 and Dear ImGui. Everything else in the
// module is hidden (CMakeLists.txt), so its own copies of the rooms never meet the program's.
#include "window_entry_points.hpp"

#include "app.hpp"
#include "placeline/base/data_paths.hpp"

namespace placeline::app {
namespace {

WindowEntryPoints make_entry_points() {
    WindowEntryPoints e{};
    e.set_executable_folder = &set_executable_folder;
    e.run_app = &run_app;
    e.render_map_png = &cli::render_map_png;
    e.render_deck = &cli::render_deck;
    return e;
}

}  // namespace
}  // namespace placeline::app

extern "C" __attribute__((visibility("default"))) const placeline::app::WindowEntryPoints*
placeline_window_entry_points() {
    static const placeline::app::WindowEntryPoints table = placeline::app::make_entry_points();
    return &table;
}
