// The Edit menu and its keys: undo and redo with the edit's name, and Find.
#include <imgui.h>

#include "app_state.hpp"

namespace placeline::app {

namespace {

void undo(AppState& s) {
    if (std::string error = s.editing.history.undo(s); !error.empty()) s.messages.error("", "cannot undo: " + error);
}

void redo(AppState& s) {
    if (std::string error = s.editing.history.redo(s); !error.empty()) s.messages.error("", "cannot redo: " + error);
}

void open_find(AppState& s) {
    s.editing.find.open = true;
    s.editing.find.focus = true;
    s.editing.find.awaiting_field = 5;
}

}  // namespace

void draw_edit_menu(AppState& s) {
    if (!ImGui::BeginMenu("Edit")) return;
    const CommandHistory& h = s.editing.history;
    std::string undo_label = h.can_undo() ? "Undo " + h.undo_name() : std::string("Undo");
    std::string redo_label = h.can_redo() ? "Redo " + h.redo_name() : std::string("Redo");
    if (ImGui::MenuItem(undo_label.c_str(), "Ctrl+Z", false, h.can_undo())) undo(s);
    if (ImGui::MenuItem(redo_label.c_str(), "Ctrl+Y", false, h.can_redo())) redo(s);
    ImGui::Separator();
    if (ImGui::MenuItem("Find", "Ctrl+F")) open_find(s);
    if (ImGui::MenuItem("Find next", "F3", false, s.editing.find.open)) find_step(s, +1);
    if (ImGui::MenuItem("Find previous", "Shift+F3", false, s.editing.find.open)) find_step(s, -1);
    ImGui::EndMenu();
}

bool edit_key(AppState& s, const SDL_Keysym& key) {
    if (s.present.active) return false;
    const bool ctrl = key.mod & KMOD_CTRL, shift = key.mod & KMOD_SHIFT;
    if (ctrl && key.scancode == SDL_SCANCODE_Z) {
        shift ? redo(s) : undo(s);
        return true;
    }
    if (ctrl && key.scancode == SDL_SCANCODE_Y) {
        redo(s);
        return true;
    }
    if (ctrl && key.scancode == SDL_SCANCODE_F) {
        open_find(s);
        return true;
    }
    if (!ctrl && key.scancode == SDL_SCANCODE_F3 && s.editing.find.open) {
        find_step(s, shift ? -1 : +1);
        return true;
    }
    if (!ctrl && s.editing.find.open && s.editing.find.awaiting_field > 0) return true;  // typed for the field
    return false;
}

void text_field_key(AppState& s, const SDL_Keysym& key) {
    FindState& f = s.editing.find;
    const bool shift = key.mod & KMOD_SHIFT;
    // Ctrl+F means nothing to a text field: Find, from any field (and from the Find field just
    // closed, which keeps the keyboard until the next frame).
    if ((key.mod & KMOD_CTRL) && key.scancode == SDL_SCANCODE_F) {
        open_find(s);
        return;
    }
    if (!f.open) return;
    if (key.scancode == SDL_SCANCODE_F3) {  // types nothing: whichever field has the keyboard
        find_step(s, shift ? -1 : +1);
        return;
    }
    // The Find field, or about to be again (Enter leaves it for a frame).
    if (!f.field_active && !f.focus) return;
    switch (key.scancode) {
        case SDL_SCANCODE_RETURN:
        case SDL_SCANCODE_KP_ENTER:
            find_step(s, shift ? -1 : +1);
            f.focus = true;  // Enter would leave the field: keep typing there
            break;
        case SDL_SCANCODE_DOWN: find_step(s, +1); break;
        case SDL_SCANCODE_UP: find_step(s, -1); break;
        case SDL_SCANCODE_ESCAPE: f.open = false; break;
        default: break;
    }
}

}  // namespace placeline::app
