#pragma once
// File > Open folder, Add files and Export: the menu items, their keys (Ctrl+O, Ctrl+Shift+O,
// Ctrl+E), the file browser they share (file_browser.hpp) and the export window with its
// background job (export_job.hpp).
#include <SDL.h>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "export_job.hpp"
#include "file_browser.hpp"
#include "placeline/render/map_load.hpp"

namespace placeline::app {

struct AppState;

// The Export window's fields and what it last did.
struct ExportForm {
    enum class Format { png, gpkg };
    bool open = false;
    Format format = Format::png;
    int width = 0, height = 0;     // PNG pixels; 0 until the window first opens (then the map's size)
    std::string path;
    std::string confirm_replace;   // a typed path that exists, until Replace is pressed
    std::string replace_ok;        // the path whose replacement the user confirmed (here or in the browser)
    std::string result;            // the last export's outcome, for the user
    bool failed = false;
    FileBrowser::Box export_box, cancel_box, width_box, height_box, choose_box, png_box, gpkg_box;
};

struct FileDialogs {
    FileBrowser browser;
    enum class Purpose { open_corpus, add_articles, export_path } purpose = Purpose::open_corpus;
    ExportForm form;
    ExportJob job;
    // The sources before File > Open replaced them: a cancelled load puts them back.
    std::optional<render::MapSources> before_open;
};

// The File menu's items for opening and exporting (inside BeginMenu("File")).
void draw_file_menu_items(AppState& s);
// The browser and the export window, every frame.
void draw_file_dialogs(AppState& s);
// Ctrl+O, Ctrl+Shift+O and Ctrl+E; every key while the browser is open. True when used.
bool file_dialogs_key(AppState& s, const SDL_Keysym& key);
// Stops the load in progress (the status line's Cancel); an Open's previous corpus stays.
void cancel_loading(AppState& s);
// The browser's and the export window's state for the state dump (tests/window).
nlohmann::ordered_json file_dialogs_state(const AppState& s);

}  // namespace placeline::app
