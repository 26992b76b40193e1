#pragma once
// Everything the window shows is a function of this state; panels read it and change it in
// response to input, never hold state of their own (the ImGui way).
#include <SDL.h>

#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "editing.hpp"
#include "file_dialogs.hpp"
#include "loader.hpp"
#include "placeline/places/mention.hpp"
#include "presentation.hpp"
#include "settings.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/render/flight.hpp"
#include "placeline/render/map_data.hpp"
#include "placeline/render/scene.hpp"
#include "placeline/render/time_rule.hpp"
#include "placeline/sink/canvas.hpp"
#include "placeline/sink/fonts.hpp"
#include "placeline/variants/variants.hpp"
#include "placeline/time/time_window.hpp"

namespace placeline::app {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    bool contains(float px, float py) const { return px >= x && py >= y && px < x + w && py < y + h; }
};

// Every cache below is keyed the same way: by the atlas it was computed from, held (so a new
// atlas never reuses a freed one's address), plus whatever else it depends on.
using AtlasKey = std::shared_ptr<const Atlas>;

// The time panel's histogram, recomputed only when its range, bins, axis or data change.
struct TimelineHistogram {
    AtlasKey atlas;
    TimeAxis axis = TimeAxis::event;
    TimeSpan range;
    int bins = 0;
    std::vector<uint32_t> counts;
};

// A drag on the time panel, from press to release.
struct TimelineDrag {
    enum class Grab { none, start, end, band, brush, pan } grab = Grab::none;
    Day day = 0;              // the day under the pointer at the press
    TimeSpan window, range;   // the window and the shown range at the press
};

// A row of the Variants panel's table.
struct VariantRow {
    PlaceIndex place = no_place;
    std::string place_name, form, flags;
    uint32_t count = 0, articles = 0;
    float confidence = -1;    // a suspect's, else -1
    std::string note;         // a suspect's evidence, or the contested pair
};

// What the user works on: the loaded data and its sources, the deck, the settings.
struct Model {
    render::MapSources sources;
    std::shared_ptr<const render::MapData> data;
    std::unique_ptr<geo::Projection> projection;  // the UI thread's own, for the cursor and scale
    TimeSpan extent;              // of the corpus on the current axis
    Settings settings;
    Diagnostics messages;         // the app's own (settings, files); the loader keeps its own
    Presentation present;
    std::shared_ptr<const VariantReport> variants;  // for variants_atlas (see Caches)
};

// How the user looks at it: view, selection, panels, input in progress.
struct ViewState {
    render::MapState map;
    render::View view;
    render::Flight flight;
    bool view_fitted = false;

    uint32_t selected_passage = UINT32_MAX;
    bool scroll_to_passage = false;
    std::optional<LonLat> cursor;
    bool dragging = false;
    geo::XY drag_anchor;          // world point under the cursor when the drag began
    PlaceIndex press_place = no_place;
    std::optional<geo::Bounds> press_cluster;  // a cluster under the pointer when pressed

    Rect map_rect;                // where the map is drawn this frame
    Rect timeline_rect;           // where the time panel is
    Rect time_bar;                // its bar, where days are
    Timeline timeline;            // zoom, window mode and playback (placeline/time_window.hpp)
    TimelineDrag timeline_drag;
    std::string last_state_dump;
    // Where some widgets are on screen this frame (mark_item), for the state dump.
    std::map<std::string, Rect> marks;
    int marks_frame = -1;
    bool show_slides = false;       // the slide sorter
    bool show_layers = false;       // the layers panel (L, or View > Layers panel)
    std::string layer_input;        // its "add a layer" field
    render::FeatureFader fader;     // time-ruled features fading in and out
    bool fading = false;
    sink::Fonts fonts;
    // High-DPI: renderer pixels per window unit (SDL_GetRendererOutputSize against the window
    // size; 2 on a Retina or scaled Wayland screen), and the user's scale (--scale,
    // PLACELINE_SCALE) for everything: text, widgets, lines and markers.
    float pixel_ratio = 1, ui_scale = 1;
    render::Theme theme;            // the map's palette, from settings.theme
    bool show_about = false;
    bool show_shortcuts = false;    // Help > Keyboard shortcuts (F1)
    bool show_messages = false;
    // The mention whose correction popup is open (right-click on a highlighted name).
    std::optional<Mention> correcting;
    bool correct_this_mention_only = false;
    std::string correction_error;
    bool show_all_passages = false;
    Editing editing;              // undo and redo, Find (editing.hpp)
    std::string projection_input;
    // The Variants panel (variants_panel.cpp).
    bool show_variants = false;
    int variants_article = -1;               // the article filter, -1 for all
    bool variant_rows_sorted = false;
    std::string variant_form;                // the clicked form: its passages are marked
    double now = 0;               // seconds since start
    bool quit = false;
};

// Derived from the model and the view, kept between frames; each can be dropped and rebuilt.
struct Caches {
    render::MapHits hits;
    render::DrawList draw_list;   // reused every frame: no allocation once warm
    render::SceneScratch scratch; // draw_map's working buffers, likewise
    std::unique_ptr<sink::MapPainter> painter;
    TimelineHistogram timeline_histogram;
    // The Variants table's rows, rebuilt only when the report, the filter or the sort changes.
    AtlasKey variants_atlas;      // the atlas the report (or the job) is for
    std::vector<VariantRow> variant_rows;
    bool variant_rows_dirty = true;
    // The places of the time window, asked by the passages list and the status line every frame:
    // kept until the window, the axis or the atlas changes (see visible_places).
    struct VisiblePlaces {
        AtlasKey atlas;
        TimeSpan window;
        TimeAxis axis = TimeAxis::event;
        std::vector<PlaceCount> places;
        std::vector<std::string> names;  // list_names of `places`
    } visible;
};

// Work off the UI thread.
struct Jobs {
    Loader loader;
    // The variant report, built for each new atlas.
    std::future<std::shared_ptr<const VariantReport>> variants_job;
    // File > Open and Export: the file browser, the export window and its job (file_dialogs.hpp).
    FileDialogs file_dialogs;
};

// Everything the window shows is a function of this state. The four parts are bases, so panels
// name a member the same way whichever part holds it.
struct AppState : Model, ViewState, Caches, Jobs {
    using VariantRow = app::VariantRow;
    using VisiblePlaces = Caches::VisiblePlaces;
};

// Selecting and framing, shared by the map, the passages list and the keyboard.
void select_place(AppState& s, PlaceIndex place);
void select_passage(AppState& s, uint32_t passage);
void fit_view(AppState& s, const geo::Bounds& bounds, bool animate);
// The margin a fitted view keeps around what it frames, in window pixels.
inline float fit_margin(const AppState& s) { return 60 * s.ui_scale; }
void fit_to_data(AppState& s, bool animate);
void adopt_data(AppState& s, std::shared_ptr<const render::MapData> data);
// The timeline range where the passages are on the current axis (focus_range), leaving out times
// that only stand for a file's date.
TimeSpan passage_focus(const AppState& s);
const std::vector<PlaceCount>& visible_places(AppState& s);
// Their names in the list (variants/list_names.hpp), one per entry of visible_places.
const std::vector<std::string>& visible_place_names(AppState& s);
// A layer source (PATH or PATH:LAYER) added to the map, remembered in the recent list.
void add_layer_source(AppState& s, const std::string& spec);

// Light or dark: the map's palette and ImGui's colours together; kept in the settings.
void apply_theme(AppState& s, const std::string& name);

// Panels (one file each).
void draw_menu_bar(AppState& s);
void handle_map_input(AppState& s);
void draw_map(AppState& s, SDL_Renderer* renderer);
void draw_passages_panel(AppState& s, const Rect& area);
void draw_timeline_panel(AppState& s, const Rect& area);
// Playback moves the time window by the frame's time; called before the map is drawn.
void advance_timeline(AppState& s);
void toggle_playback(AppState& s);
void timeline_key(AppState& s, SDL_Scancode key);
void draw_status_bar(AppState& s, const Rect& area);
void draw_about_box(AppState& s);
void draw_shortcuts(AppState& s);
// The program's version, as the build names it (CMake's project version).
const char* app_version();
void draw_messages(AppState& s);
// The geoparser's evidence for one mention (tooltip body), and the correction popup.
void draw_mention_evidence(const Atlas& atlas, const Mention& m);
void draw_mention_correction(AppState& s);
void write_state_dump(AppState& s, const std::string& path);
// Records where the last widget (or a box) is on screen this frame, under `name`: the state dump
// lists them, so a test can point at them.
void mark_item(AppState& s, const std::string& name);
void mark_rect(AppState& s, const std::string& name, const Rect& box);

// Presentation mode (present_mode.cpp) and the slide sorter (slides_panel.cpp).
void start_presentation(AppState& s, size_t index);
// Keys arrive as SDL events, one call each: ImGui 1.86 loses a press and release that fall
// in the same frame, which scripted input (and fast typists) produce.
void on_key(AppState& s, const SDL_Keysym& key);
void presentation_key(AppState& s, SDL_Scancode key);
void apply_presentation(AppState& s);
bool presentation_animating(const AppState& s);
// Fullscreen on the display the window is on, sized to it even without a window manager.
void fit_presentation_window(SDL_Window* window, bool presenting);
void draw_presentation_overlay(AppState& s);
void draw_slides_panel(AppState& s);
void draw_variants_panel(AppState& s);
void draw_layers_panel(AppState& s);
render::Slide slide_from_current_view(const AppState& s);

}  // namespace placeline::app
