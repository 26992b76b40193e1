#pragma once
// The window's file dialog, drawn with Dear ImGui (SDL 2.26 has none, and the stack has no
// GTK): a path bar, folders first, the files a corpus walk reads (or all of them), multi-select
// with Ctrl and Shift, Enter and double-click, keyboard navigation, and a save mode with a file
// name and an overwrite confirmation. Folders are listed with stat only (folder_listing.hpp), so
// a FIFO or a device in a folder never makes the window wait.
#include <SDL.h>

#include <optional>
#include <string>
#include <vector>

#include "folder_listing.hpp"

namespace placeline::app {

struct FileBrowser {
    enum class Mode { open, add, save };
    bool open = false;
    Mode mode = Mode::open;
    std::string title;             // the window's
    std::string accept_label;      // its button: Open, Add, Save
    std::string extension;         // save mode: added to a name without one (".png")
    FolderListing listing;
    bool show_all_files = false;
    std::string path_input;        // the path bar's text
    std::string file_name;         // save mode
    std::vector<char> selected;    // one flag per entry of the listing
    int cursor = -1;               // the row the keys move, -1 for none
    int anchor = -1;               // where a Shift range starts
    bool scroll_to_cursor = false;
    std::string message;           // a problem to show (cannot list a folder, bad name)
    std::string confirm_replace;   // save mode: the existing file to replace, once confirmed
    bool focus_name = false;

    // Where the widgets were drawn last frame, in window pixels (the state dump, for the tests).
    struct Box {
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    };
    Box accept_box, cancel_box, replace_box, name_box, path_box;
    std::vector<Box> row_boxes;
};

// Opens the browser on `folder` (its nearest folder that can be listed, else the home folder).
void open_browser(FileBrowser& b, FileBrowser::Mode mode, const std::string& title, const std::string& folder,
                  const std::string& file_name = {}, const std::string& extension = {});
// Lists `folder` instead; on failure the old listing stays and the message says why.
void browse_to(FileBrowser& b, const std::string& folder);
// A key while the browser is open (arrows, Page Up/Down, Home, End, Enter, Backspace, Esc,
// Ctrl+A, Ctrl+Enter). Returns the chosen paths when the key accepts.
std::optional<std::vector<std::string>> browser_key(FileBrowser& b, const SDL_Keysym& key);
// Draws the browser; returns the chosen paths when the user accepts (the browser then closes).
// Open and add modes: the selected files and folders, or the folder shown when none is selected.
// Save mode: the one file to write, confirmed if it exists.
std::optional<std::vector<std::string>> draw_browser(FileBrowser& b, float ui_scale);

}  // namespace placeline::app
