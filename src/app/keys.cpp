// Keyboard shortcuts of the window, and of presentation mode while it runs.
#include <imgui.h>

#include "app_state.hpp"

namespace placeline::app {

void on_key(AppState& s, const SDL_Keysym& key) {
    if (file_dialogs_key(s, key)) return;
    if (edit_key(s, key)) return;
    bool ctrl = key.mod & KMOD_CTRL;
    if (ctrl && key.scancode == SDL_SCANCODE_Q) s.quit = true;
    if (ctrl && key.scancode == SDL_SCANCODE_R) s.loader.start(s.sources);
    if (ctrl) return;
    if (s.present.active) {
        presentation_key(s, key.scancode);
        return;
    }
    const Rect& r = s.map_rect;
    switch (key.scancode) {
        case SDL_SCANCODE_F1: s.show_shortcuts = !s.show_shortcuts; break;
        case SDL_SCANCODE_F5:
            if (!s.present.deck.slides.empty()) start_presentation(s, s.present.index);
            break;
        case SDL_SCANCODE_ESCAPE: select_place(s, no_place); break;
        case SDL_SCANCODE_F: fit_to_data(s, true); break;
        case SDL_SCANCODE_L: s.show_layers = !s.show_layers; break;
        case SDL_SCANCODE_EQUALS:
        case SDL_SCANCODE_KP_PLUS: s.view.zoom_at(r.w / 2, r.h / 2, 1.5); break;
        case SDL_SCANCODE_MINUS:
        case SDL_SCANCODE_KP_MINUS: s.view.zoom_at(r.w / 2, r.h / 2, 1 / 1.5); break;
        default: timeline_key(s, key.scancode); break;
    }
}

}  // namespace placeline::app
