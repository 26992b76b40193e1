#pragma once
// The window's editing side: undo and redo of corrections and layer changes (Edit menu, Ctrl+Z,
// Ctrl+Y, Ctrl+Shift+Z), and Find (Ctrl+F, F3, Shift+F3). Its state is one member of AppState;
// the functions below are the only calls the rest of the window makes into it.
#include <SDL.h>

#include <atomic>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "command_history.hpp"
#include "placeline/atlas/search.hpp"
#include "placeline/places/overrides.hpp"

namespace placeline::app {

struct AppState;

// The layers as the user set them up: what undo restores. Normalised to the loaded layers
// (missing entries filled with their defaults, the order complete), so that merely resizing the
// map state's vectors is no change.
struct LayerSetup {
    size_t count = 0;                       // layers loaded
    std::vector<bool> visible;
    std::vector<float> opacity;
    std::vector<size_t> order;              // bottom first
    std::vector<std::string> layers, styles;  // the sources' --layer and --style lists
    bool world = false;                     // the 1:10m world boundaries
    bool operator==(const LayerSetup&) const = default;
};

struct FindState {
    bool open = false;
    bool focus = false;          // put the keyboard in the field on the next frame
    bool field_active = false;   // the field has the keyboard (set every frame)
    // Frames left for the field to take the keyboard after Ctrl+F (ImGui gives it on the next
    // frame): plain keys typed meanwhile are for the field, not shortcuts of the map.
    int awaiting_field = 0;
    std::string query;
    SearchResults results;       // for results.query
    std::future<SearchResults> job;
    std::string job_query;       // what the running job searches
    std::shared_ptr<std::atomic<bool>> cancel;  // the running job's
    int pending_step = 0;        // asked for while the results were not ready
    int current = -1;            // into places then passages; -1: none yet
    bool scroll = false;         // bring the current result into the list's view
    FindState() = default;
    FindState(const FindState&) = delete;
    FindState& operator=(const FindState&) = delete;
    // A search still running when the window closes stops at its next passage (the future waits).
    ~FindState() {
        if (cancel) cancel->store(true);
    }
};

struct Editing {
    CommandHistory history;
    LayerSetup layers_seen;      // the setup the last edit (or load) left
    bool layers_known = false;
    std::vector<std::string> corpus_seen;  // the sources' corpus when last looked at
    std::string overrides_path;  // the overrides file of the corpus the history is about
    FindState find;
};

// Layer changes become edits: called once a frame after the panels, it compares the layers'
// setup with the last one seen. A change made while a mouse button is down (an opacity slider
// being dragged) becomes one edit when the button is let go.
void track_layer_edits(AppState& s);
// The index into the sources' layers (--layer, dropped, added in the panel) a loaded layer came
// from, or -1 (the embedded layers, a project file's).
int layer_source_of(const AppState& s, size_t layer);
// Removes that source (all its layers) and loads again; the other layers keep their look.
void remove_layer_source(AppState& s, size_t layer);
// A correction saved to the overrides file: `before` and `after` are the whole file's contents.
void record_correction(AppState& s, Overrides before, Overrides after, std::string name);
// The Edit menu (between File and View).
void draw_edit_menu(AppState& s);
// Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z, Ctrl+F, F3 and Shift+F3 (outside text fields). True when used.
bool edit_key(AppState& s, const SDL_Keysym& key);
// A key while a text field has the keyboard: Ctrl+F and F3 from any field; Enter, Up and Down
// step through the results when it is the Find field, Esc closes it.
void text_field_key(AppState& s, const SDL_Keysym& key);
void draw_find_panel(AppState& s);
void find_step(AppState& s, int direction);

}  // namespace placeline::app
