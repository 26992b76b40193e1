// The main loop: events -> state -> frame. The map is drawn straight into the SDL renderer,
// then ImGui draws the labels and the panels over it. When nothing moves the loop sleeps in
// SDL_WaitEventTimeout, so an idle window costs nothing.
#include "app.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <stb_image_write.h>

#include "app_state.hpp"
#include "frame_events.hpp"
#include "placeline/base/atomic_write.hpp"
#include "placeline/geo/postgres_source.hpp"
#include "placeline/render/project_file.hpp"

namespace placeline::app {

namespace {

using Clock = std::chrono::steady_clock;

// The queue's first event, left in the queue.
bool peek_event(SDL_Event& e) {
    SDL_PumpEvents();
    return SDL_PeepEvents(&e, 1, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) == 1;
}

// Whether a quit or the window's close waits among the events left for the next frame: those
// are handled at once.
bool quit_queued() {
    if (SDL_HasEvent(SDL_QUIT)) return true;
    SDL_Event w[16];
    const int n = SDL_PeepEvents(w, 16, SDL_PEEKEVENT, SDL_WINDOWEVENT, SDL_WINDOWEVENT);
    for (int i = 0; i < n; ++i)
        if (w[i].window.event == SDL_WINDOWEVENT_CLOSE) return true;
    return false;
}

bool is_layer_file(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".gpkg" || ext == ".shp" || ext == ".geojson" || ext == ".json" || ext == ".fgb" ||
           ext == ".kml" || ext == ".gml" || ext == ".topojson" || ext == ".csv" || ext == ".sqlite";
}

// A layer style file (README, "Layer styles"), as opposed to a slide deck, also TOML.
bool is_style_file(const std::string& path) {
    std::string name = std::filesystem::path(path).filename().string();
    return name.size() > 11 && name.compare(name.size() - 11, 11, ".style.toml") == 0;
}

std::string absolute_path(const std::string& p) {
    if (geo::is_postgres_source(p)) return p;  // a database, not a file
    std::error_code ec;
    auto abs = std::filesystem::absolute(p, ec);
    return ec ? p : abs.lexically_normal().string();
}

bool gpu_requested() {
    const char* want = std::getenv("PLACELINE_RENDERER");
    return want && std::string(want) == "accelerated";
}

SDL_Renderer* create_renderer(SDL_Window* window) {
    // The app never needs a GPU: the software renderer draws exactly what `placeline render`
    // writes. PLACELINE_RENDERER=accelerated asks for the GPU when there is one.
    bool accelerated = gpu_requested();
    SDL_Renderer* r = nullptr;
    if (accelerated) r = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!r) r = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    return r;
}

// The scale a slide filling the window's screen is drawn at (1 when the screen is unknown).
float screen_output_scale(SDL_Window* window) {
    SDL_Rect screen;
    if (SDL_GetDisplayBounds(SDL_GetWindowDisplayIndex(window), &screen) != 0) return 1;
    return render::output_scale(screen.w, screen.h);
}

// Presentation: the map fills the screen; the time panel and the passages of a clicked place
// appear only when asked for.
void layout_presentation(AppState& s, SDL_Renderer* renderer, int width, int height) {
    const float timeline_h = 150 * s.ui_scale;
    bool timeline = s.present.show_timeline;
    s.map_rect = {0, 0, float(width), std::max(1.0f, height - (timeline ? timeline_h : 0))};
    s.loader.set_map_size(int(s.map_rect.w), int(s.map_rect.h), fit_margin(s));
    if (auto fresh = s.loader.take()) adopt_data(s, std::move(fresh));
    handle_map_input(s);
    apply_presentation(s);
    draw_map(s, renderer);
    draw_presentation_overlay(s);
    if (timeline) {
        s.timeline_rect = {0, s.map_rect.h, float(width), timeline_h};
        draw_timeline_panel(s, s.timeline_rect);
    }
    if (s.map.selected != no_place) {
        float panel_w = std::min(460.0f * s.ui_scale, width * 0.34f);
        draw_passages_panel(s, {width - panel_w, 0, panel_w, s.map_rect.h});
    }
    draw_messages(s);
}

void layout_and_draw(AppState& s, SDL_Renderer* renderer, int width, int height) {
    if (s.present.active) {
        layout_presentation(s, renderer, width, height);
        return;
    }
    const float menu_h = ImGui::GetFrameHeight();
    const float status_h = ImGui::GetFrameHeight() + 4;
    const float timeline_h = 150 * s.ui_scale;
    const float panel_w = std::min(460.0f * s.ui_scale, width * 0.38f);
    s.map_rect = {0, menu_h, std::max(1.0f, width - panel_w), std::max(1.0f, height - menu_h - timeline_h - status_h)};
    s.loader.set_map_size(int(s.map_rect.w), int(s.map_rect.h), fit_margin(s));
    if (auto fresh = s.loader.take()) adopt_data(s, std::move(fresh));
    draw_menu_bar(s);
    handle_map_input(s);
    advance_timeline(s);
    draw_map(s, renderer);
    draw_passages_panel(s, {width - panel_w, menu_h, panel_w, height - menu_h - status_h});
    s.timeline_rect = {0, menu_h + s.map_rect.h, s.map_rect.w, timeline_h};
    draw_timeline_panel(s, s.timeline_rect);
    draw_status_bar(s, {0, float(height) - status_h, float(width), status_h});
    draw_about_box(s);
    draw_shortcuts(s);
    draw_messages(s);
    draw_slides_panel(s);
    draw_variants_panel(s);
    draw_layers_panel(s);
    draw_find_panel(s);
    track_layer_edits(s);
    draw_file_dialogs(s);
}

float ui_scale_from(const AppOptions& options) {
    float scale = options.scale;
    if (scale <= 0)
        if (const char* env = std::getenv("PLACELINE_SCALE")) scale = std::strtof(env, nullptr);
    return scale >= 0.5f && scale <= 4.0f ? scale : 1.0f;
}

float pixel_ratio_of(SDL_Window* window, SDL_Renderer* renderer) {
    int ww = 0, wh = 0, pw = 0, ph = 0;
    SDL_GetWindowSize(window, &ww, &wh);
    if (SDL_GetRendererOutputSize(renderer, &pw, &ph) != 0 || ww <= 0) return 1;
    return std::clamp(float(pw) / float(ww), 1.0f, 4.0f);
}

void save_screenshot(SDL_Renderer* renderer, const char* path) {
    int w, h;
    SDL_GetRendererOutputSize(renderer, &w, &h);
    std::vector<uint8_t> rgba(size_t(w) * h * 4);
    SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGBA32, rgba.data(), w * 4);
    std::string error = write_via_temporary(path, [&](const std::string& temp) -> std::string {
        return stbi_write_png(temp.c_str(), w, h, 4, rgba.data(), w * 4) ? "" : "cannot write " + temp;
    });
    if (!error.empty()) std::fprintf(stderr, "placeline: %s\n", error.c_str());
}

}  // namespace

int run_app(const AppOptions& options) {
    const auto t0 = Clock::now();
    const bool timing = std::getenv("PLACELINE_TIMING") != nullptr;
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr,
                     "placeline: cannot open a window (%s); to draw the map without one, run: "
                     "placeline render --out map.png CORPUS...\n",
                     SDL_GetError());
        return 2;
    }
    auto mark = [&](const char* what) {
        if (timing)
            std::fprintf(stderr, "placeline: %s after %.1f ms\n", what,
                         std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    };
    mark("SDL_Init");
    AppState s;
    const std::string settings_file = settings_path();
    s.settings = load_settings(settings_file, s.messages);
    s.map.labels = {label_mode_from_string(s.settings.label_mode), s.settings.label_language};
    s.sources = options.sources;
    s.show_layers = s.settings.show_layers;
    if (!options.projection_given) s.sources.projection = s.settings.projection;
    if (s.sources.corpus.empty() && !s.settings.recent_corpora.empty()) {
        // No articles named: reopen the last corpus, as a desktop app does.
        std::error_code ec;
        if (std::filesystem::exists(s.settings.recent_corpora.front(), ec)) {
            s.sources.corpus = {s.settings.recent_corpora.front()};
            s.messages.info(s.sources.corpus.front(), "reopened the most recent corpus");
        }
    }
    for (const std::string& c : s.sources.corpus) remember(s.settings.recent_corpora, absolute_path(c));
    for (const std::string& l : s.sources.layers) remember(s.settings.recent_layers, absolute_path(l));

    Uint32 window_flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (s.settings.maximized) window_flags |= SDL_WINDOW_MAXIMIZED;
    int wx = s.settings.window_x >= 0 ? s.settings.window_x : int(SDL_WINDOWPOS_CENTERED);
    int wy = s.settings.window_y >= 0 ? s.settings.window_y : int(SDL_WINDOWPOS_CENTERED);
    SDL_Window* window = SDL_CreateWindow("Placeline", wx, wy, s.settings.window_w, s.settings.window_h, window_flags);
    if (!window) {
        std::fprintf(stderr, "placeline: cannot create a window: %s\n", SDL_GetError());
        return 2;
    }
    mark("window");
    SDL_Renderer* renderer = create_renderer(window);
    if (!renderer) {
        std::fprintf(stderr, "placeline: cannot create a renderer: %s\n", SDL_GetError());
        return 2;
    }

    mark("window and renderer");
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(renderer, &info);
    s.painter = std::make_unique<sink::MapPainter>(!(info.flags & SDL_RENDERER_SOFTWARE));
    // The loader wakes the event loop when it is done, so the data shows at once.
    const Uint32 loaded_event = SDL_RegisterEvents(1);
    s.loader.on_done([loaded_event] {
        SDL_Event e{};
        e.type = loaded_event;
        SDL_PushEvent(&e);
    });
    s.loader.start(s.sources);  // the heavy work starts at once, on its own thread
    // A corpus folder's project file may name its deck (the loader reports the file's problems).
    std::string deck = options.deck;
    for (const std::string& c : s.sources.corpus) {
        if (!deck.empty()) break;
        Diagnostics ignored;
        deck = render::read_project_file(c, ignored).deck;
    }
    if (!deck.empty()) {
        s.present.deck_path = deck;
        s.present.deck = render::read_deck(deck, s.messages);
        if (s.messages.size()) s.show_messages = true;
        if (options.present) {
            s.present.quit_on_exit = true;
            start_presentation(s, 0);
        }
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is fixed; settings are ours to keep
    apply_theme(s, s.settings.theme);
    ImGui::GetStyle().WindowRounding = 0;
    s.ui_scale = ui_scale_from(options);
    s.pixel_ratio = pixel_ratio_of(window, renderer);
    ImGui::GetStyle().ScaleAllSizes(s.ui_scale);
    // Glyphs rasterized at the screen's real resolution, then drawn at logical size: crisp text
    // on high-DPI screens instead of stretched text.
    const float font_scale = s.ui_scale * s.pixel_ratio;
    io.FontGlobalScale = 1.0f / s.pixel_ratio;
    std::string font_error;
    // The large slide fonts only when a deck is open: they double the atlas, and start-up time.
    // The slide fonts are sized for the screen the slides fill, as `placeline render --deck` sizes
    // them for its output (render::output_scale).
    const float slide_font_scale = font_scale * screen_output_scale(window);
    s.fonts = sink::load_fonts(*io.Fonts, 15.0f, font_scale, font_error, false);
    if (!deck.empty() && !sink::add_presentation_fonts(*io.Fonts, s.fonts, 15.0f, slide_font_scale) && font_error.empty())
        font_error = "cannot load the slide fonts";
    if (!font_error.empty()) std::fprintf(stderr, "placeline: %s\n", font_error.c_str());
    mark("fonts");
    ImGui_ImplSDL2_InitForSDLRenderer(window);
    ImGui_ImplSDLRenderer_Init(renderer);

    bool first_frame = true, data_frame_reported = false, screenshot_done = false;
    const char* screenshot_path = std::getenv("PLACELINE_SCREENSHOT");
    const char* state_dump_path = std::getenv("PLACELINE_STATE_DUMP");
    int idle_frames = 0;
    bool fullscreen = false;
    int mouse_x = 0, mouse_y = 0;
    const Uint32 mouse_held = SDL_GetMouseState(&mouse_x, &mouse_y);
    FrameEvents frame_events(mouse_x, mouse_y, mouse_held);
    while (!s.quit) {
        // Sleep while idle; wake for input, for the loader, and for animations.
        // While loading, a frame every 50 ms is enough for the progress bar and leaves the cores
        // to the loader.
        if (s.loader.busy() && !s.flight.active && !s.dragging) SDL_WaitEventTimeout(nullptr, 50);
        bool animating = s.flight.active || s.dragging || presentation_animating(s) || s.timeline.playback.playing ||
                         s.fading;
        // Idle: sleep until an event comes, leaving it queued for the frame to take below.
        if (!animating && idle_frames >= 3) SDL_WaitEventTimeout(nullptr, 500);
        // The queue's events in order, up to where the frame ends (frame_events.hpp): the rest
        // stays in SDL's queue for the next frame, which then comes without a wait.
        frame_events.begin_frame();
        SDL_Event e;
        bool held_back = false;
        while (peek_event(e)) {
            if (!frame_events.take(e)) {
                held_back = true;
                break;
            }
            SDL_PeepEvents(&e, 1, SDL_GETEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT);  // the one peeked
            ImGui_ImplSDL2_ProcessEvent(&e);
            if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) {
                // The backend reads the modifiers from SDL's state, already that of the last key
                // queued: ImGui gets those of the key events this frame took.
                io.KeyCtrl = (e.key.keysym.mod & KMOD_CTRL) != 0;
                io.KeyShift = (e.key.keysym.mod & KMOD_SHIFT) != 0;
                io.KeyAlt = (e.key.keysym.mod & KMOD_ALT) != 0;
                io.KeySuper = (e.key.keysym.mod & KMOD_GUI) != 0;
            }
            if (e.type == SDL_QUIT) s.quit = true;
            if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE) s.quit = true;
            if (e.type == SDL_KEYDOWN && !ImGui::GetIO().WantTextInput) on_key(s, e.key.keysym);
            if (e.type == SDL_KEYDOWN && ImGui::GetIO().WantTextInput) text_field_key(s, e.key.keysym);
            if (e.type == SDL_DROPFILE) {
                std::string path = e.drop.file;
                SDL_free(e.drop.file);
                if (is_style_file(path)) {
                    s.sources.styles.push_back(path);  // restyles the layers: reload them
                    s.loader.start(s.sources);
                } else {
                    bool layer = is_layer_file(path);
                    (layer ? s.sources.layers : s.sources.corpus).push_back(path);
                    remember(layer ? s.settings.recent_layers : s.settings.recent_corpora, absolute_path(path));
                    s.loader.start(s.sources);
                }
            }
            idle_frames = 0;
        }
        if (held_back && quit_queued()) s.quit = true;

        s.now = std::chrono::duration<double>(Clock::now() - t0).count();
        if ((s.present.active || s.show_slides) && !sink::has_presentation_fonts(s.fonts)) {
            // Between frames, where the font atlas may change: the backend rebuilds its texture.
            ImGui_ImplSDLRenderer_DestroyFontsTexture();
            sink::add_presentation_fonts(*io.Fonts, s.fonts, 15.0f, slide_font_scale);
        }
        ImGui_ImplSDLRenderer_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        // The backend reads the buttons from SDL's state and the pointer from X11's global
        // state. SDL's is already that of the last event queued, not of the last one this frame
        // took; X11's follows only real device motion: a pointer moved otherwise (xdotool, remote
        // desktops) stays where it was pressed while a button is held. ImGui gets both as the
        // events this frame took left them.
        if (SDL_GetMouseFocus() == window || frame_events.any_held())
            io.MousePos = ImVec2(float(frame_events.x()), float(frame_events.y()));
        io.MouseDown[ImGuiMouseButton_Left] = frame_events.down(SDL_BUTTON_LEFT);
        io.MouseDown[ImGuiMouseButton_Right] = frame_events.down(SDL_BUTTON_RIGHT);
        io.MouseDown[ImGuiMouseButton_Middle] = frame_events.down(SDL_BUTTON_MIDDLE);
        ImGui::NewFrame();
        // Layout in ImGui's logical pixels; the renderer scales them on high-DPI screens.
        int w = static_cast<int>(io.DisplaySize.x), h = static_cast<int>(io.DisplaySize.y);
        s.pixel_ratio = pixel_ratio_of(window, renderer);
        SDL_SetRenderDrawColor(renderer, s.theme.water.r, s.theme.water.g, s.theme.water.b, 255);
        SDL_RenderClear(renderer);
        layout_and_draw(s, renderer, w, h);
        ImGui::Render();
        if (s.present.active != fullscreen) {
            fullscreen = s.present.active;
            fit_presentation_window(window, fullscreen);
        }
        if (state_dump_path) write_state_dump(s, state_dump_path);
        ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
        if (s.data && screenshot_path && !screenshot_done && idle_frames >= 2) {
            // For tests and the README: the window's own pixels (read before present), not a
            // screen capture.
            save_screenshot(renderer, screenshot_path);
            screenshot_done = true;
        }
        SDL_RenderPresent(renderer);
        ++idle_frames;
        if (timing && first_frame) {
            std::fprintf(stderr, "placeline: first frame after %.1f ms\n",
                         std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            first_frame = false;
        }
        if (timing && s.data && !data_frame_reported) {
            std::fprintf(stderr, "placeline: first frame with the corpus after %.1f ms\n",
                         std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            data_frame_reported = true;
            if (std::getenv("PLACELINE_EXIT_AFTER_LOAD")) s.quit = true;
        }
    }

    // Window geometry and the recent lists for next time.
    Uint32 flags = SDL_GetWindowFlags(window);
    s.settings.maximized = (flags & SDL_WINDOW_MAXIMIZED) != 0;
    if (!s.settings.maximized) {
        SDL_GetWindowPosition(window, &s.settings.window_x, &s.settings.window_y);
        SDL_GetWindowSize(window, &s.settings.window_w, &s.settings.window_h);
    }
    s.settings.projection = s.sources.projection;
    s.settings.show_layers = s.show_layers;
    if (std::string error = save_settings(settings_file, s.settings); !error.empty())
        std::fprintf(stderr, "placeline: cannot save settings to %s: %s\n", settings_file.c_str(), error.c_str());

    ImGui_ImplSDLRenderer_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    SDL_Quit();
    // The window is gone: a load still running is cancelled, and if it cannot stop within half a
    // second the process ends without it (every file the user wrote is already on disk, written
    // atomically), instead of running on unseen.
    if (!s.loader.stop(std::chrono::milliseconds(500))) {
        std::fflush(nullptr);
        std::_Exit(0);
    }
    return 0;
}

}  // namespace placeline::app
