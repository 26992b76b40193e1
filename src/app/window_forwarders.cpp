// What needs SDL2 and Dear ImGui, as the executable sees it: each function calls the real one in
// libplaceline_window.so (window_entry_points.hpp), which is loaded at the first call. The
// declarations are the headers' own; the tests link the real functions instead.
#include "app.hpp"
#include "cli/deck_render.hpp"
#include "cli/map_png.hpp"
#include "window_entry_points.hpp"
#include "window_module_load.hpp"

namespace placeline::app {

int run_app(const AppOptions& options) { return window_module().run_app(options); }

}  // namespace placeline::app

namespace placeline::cli {

std::string render_map_png(const render::MapData& data, const MapPngRequest& req, const std::string& path) {
    return app::window_module().render_map_png(data, req, path);
}

int render_deck(const render::MapData& data, const render::Deck& deck, const std::string& deck_path,
                const DeckRenderOptions& options, Diagnostics& diags) {
    return app::window_module().render_deck(data, deck, deck_path, options, diags);
}

}  // namespace placeline::cli
