// Presentation mode, run from the main loop: keys, the slide's view and time window (flying
// between slides, playing back inside one), and the overlay. The map itself is drawn by the
// same draw_map as the normal window.
#include <SDL.h>
#include <imgui.h>

#include "app_state.hpp"
#include "placeline/sink/slide_overlay.hpp"

namespace placeline::app {

namespace {

void go_to(AppState& s, size_t index) {
    Presentation& p = s.present;
    if (p.deck.slides.empty()) return;
    index = std::min(index, p.deck.slides.size() - 1);
    // The flight starts from what is on screen now: a slide, a flight half done, or a map the
    // user has moved.
    p.from_frame.view = s.view;
    p.from_frame.state = s.map;
    p.from = p.index;
    p.index = index;
    p.flight_start = s.now;
    p.live = false;
    s.map.selected = no_place;
    s.flight.active = false;
}

void ensure_frames(AppState& s) {
    Presentation& p = s.present;
    int w = int(s.map_rect.w), h = int(s.map_rect.h);
    if (p.frames_data == s.data.get() && p.frames_w == w && p.frames_h == h && p.frames_font == s.fonts.title &&
        p.frames.size() == p.deck.slides.size())
        return;
    p.frames.clear();
    if (!s.data || !s.projection) return;
    // Each slide framed beside its overlay as the slide fonts draw it (they may arrive a frame late).
    const size_t n = p.deck.slides.size();
    for (size_t i = 0; i < n; ++i) {
        std::vector<render::Box> covered =
            sink::slide_overlay_boxes(s.fonts, s.data->atlas.get(), p.deck.slides[i], i, n, float(w), float(h));
        p.frames.push_back(
            render::resolve_slide(p.deck.slides[i], *s.data, *s.projection, w, h, &s.messages, p.deck_path, &covered));
    }
    p.frames_data = s.data.get(), p.frames_w = w, p.frames_h = h, p.frames_font = s.fonts.title;
}

}  // namespace

void start_presentation(AppState& s, size_t index) {
    s.present.active = true;
    s.present.live = false;
    s.present.index = std::min(index, s.present.deck.slides.empty() ? 0 : s.present.deck.slides.size() - 1);
    s.present.from = s.present.index;
    s.present.flight_start = -1e9;  // already landed
    s.present.landed_at = s.now;
    s.map.selected = no_place;
}

void presentation_key(AppState& s, SDL_Scancode key) {
    Presentation& p = s.present;
    size_t n = p.deck.slides.size();
    switch (key) {
        case SDL_SCANCODE_RIGHT:
        case SDL_SCANCODE_SPACE:
        case SDL_SCANCODE_PAGEDOWN:
            if (p.index + 1 < n) go_to(s, p.index + 1);
            break;
        case SDL_SCANCODE_LEFT:
        case SDL_SCANCODE_PAGEUP:
            if (p.index > 0) go_to(s, p.index - 1);
            break;
        case SDL_SCANCODE_HOME: go_to(s, 0); break;
        case SDL_SCANCODE_END:
            if (n) go_to(s, n - 1);
            break;
        case SDL_SCANCODE_B: p.blank = !p.blank; break;
        case SDL_SCANCODE_T: p.show_timeline = !p.show_timeline; break;
        case SDL_SCANCODE_R:
        case SDL_SCANCODE_BACKSPACE: go_to(s, p.index); break;
        case SDL_SCANCODE_RETURN:
        case SDL_SCANCODE_KP_ENTER:
            if (!p.typed_number.empty()) {
                size_t k = std::stoul(p.typed_number.substr(0, 6));
                if (k >= 1 && k <= n) go_to(s, k - 1);
                p.typed_number.clear();
            }
            break;
        case SDL_SCANCODE_ESCAPE:
            if (s.map.selected != no_place) {
                s.map.selected = no_place;  // the first Esc closes the passages, the next one leaves
            } else {
                p.active = false;
                p.typed_number.clear();
                if (p.quit_on_exit) s.quit = true;
            }
            break;
        default:
            if (key >= SDL_SCANCODE_1 && key <= SDL_SCANCODE_0) p.typed_number += char(key == SDL_SCANCODE_0 ? '0' : '1' + (key - SDL_SCANCODE_1));
            if (key >= SDL_SCANCODE_KP_1 && key <= SDL_SCANCODE_KP_0) p.typed_number += char(key == SDL_SCANCODE_KP_0 ? '0' : '1' + (key - SDL_SCANCODE_KP_1));
            break;
    }
}

// Sets view and map state from the deck unless the user has taken the map over.
void apply_presentation(AppState& s) {
    Presentation& p = s.present;
    ensure_frames(s);
    if (p.frames.empty()) return;
    // Any pan or zoom by the user makes the map live until R (or a slide change).
    if (s.dragging || ImGui::GetIO().MouseWheel != 0) p.live = true;
    if (p.live) {
        p.covered = p.frames[p.index].covered;
        return;
    }
    const render::Slide& slide = p.deck.slides[p.index];
    double t = slide.transition > 0 ? (s.now - p.flight_start) / slide.transition : 1;
    render::SlideFrame f = p.frames[p.index];
    if (t < 1) {
        f = render::interpolate_frames(p.from_frame, p.frames[p.index], std::max(0.0, t));
        p.landed_at = s.now;
    } else if (slide.playback_days > 0 && s.data->atlas) {
        f.state.window = render::playback_window(f.state.window, slide.playback_days, s.now - p.landed_at,
                                                 s.data->atlas->extent(s.map.axis));
    }
    // The slide's window, highlights and named layers; the presenter's layer order, opacity and
    // other layers stay as the layers panel left them.
    s.view = f.view;
    render::apply_frame(f, s.map);
    p.covered = f.covered;
}

void fit_presentation_window(SDL_Window* window, bool presenting) {
    SDL_SetWindowFullscreen(window, presenting ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    if (!presenting) return;
    // Without a window manager "fullscreen" leaves the window at its own size, which may be larger
    // than the screen (captions cut off) or smaller: give it the display's bounds outright.
    SDL_Rect screen;
    if (SDL_GetDisplayBounds(SDL_GetWindowDisplayIndex(window), &screen) != 0) return;
    int w = 0, h = 0;
    SDL_GetWindowSize(window, &w, &h);
    if (w == screen.w && h == screen.h) return;
    SDL_SetWindowPosition(window, screen.x, screen.y);
    SDL_SetWindowSize(window, screen.w, screen.h);
}

bool presentation_animating(const AppState& s) {
    const Presentation& p = s.present;
    if (!p.active || p.live || p.deck.slides.empty()) return false;
    const render::Slide& slide = p.deck.slides[p.index];
    return s.now - p.flight_start < slide.transition || slide.playback_days > 0;
}

void draw_presentation_overlay(AppState& s) {
    Presentation& p = s.present;
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    float w = s.map_rect.w, h = s.map_rect.h + s.map_rect.y;
    if (p.blank) {
        fg->AddRectFilled(ImVec2(0, 0), ImVec2(w + 10000, h + 10000), IM_COL32(0, 0, 0, 255));
        return;
    }
    if (p.deck.slides.empty()) {
        fg->AddText(ImVec2(40, 40), IM_COL32(0, 0, 0, 255), "This deck has no slides. Esc leaves.");
        return;
    }
    const render::Slide& slide = p.deck.slides[p.index];
    double t = slide.transition > 0 ? (s.now - p.flight_start) / slide.transition : 1;
    size_t shown = t < 0.5 && p.from != p.index ? p.from : p.index;
    float alpha = t >= 1 || p.from == p.index ? 1.0f : float(std::abs(t - 0.5) * 2);
    const Atlas* atlas = s.data ? s.data->atlas.get() : nullptr;
    sink::draw_slide_overlay(fg, s.fonts, atlas, p.deck.slides[shown], shown, p.deck.slides.size(), w,
                       h - (p.show_timeline ? 0 : 0), alpha);
    if (p.live)
        fg->AddText(s.fonts.ui, s.fonts.ui->FontSize, ImVec2(16, 12), IM_COL32(120, 60, 0, 255),
                    "Live map: R returns to the slide");
    if (!p.typed_number.empty())
        fg->AddText(s.fonts.title, s.fonts.title->FontSize, ImVec2(w / 2 - 20, h / 2 - 20), IM_COL32(0, 0, 0, 200),
                    p.typed_number.c_str());
}

}  // namespace placeline::app
