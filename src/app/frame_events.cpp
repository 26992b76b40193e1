#include "frame_events.hpp"

namespace placeline::app {

void FrameEvents::begin_frame() {
    changed_buttons_ = 0;
    changed_keys_.reset();
    taken_ = moved_ = acted_ = false;
}

bool FrameEvents::take(const SDL_Event& e) {
    const bool move = e.type == SDL_MOUSEMOTION;
    const bool button = e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP;
    // A wheel, like a button, acts where the pointer is: with a move after it in the same frame
    // it would turn what the pointer has reached instead.
    const bool action = button || e.type == SDL_MOUSEWHEEL;
    // A key held down repeats its press without changing: only a real press or release counts.
    const bool key = (e.type == SDL_KEYDOWN && !e.key.repeat) || e.type == SDL_KEYUP;
    const Uint32 button_bit = button ? SDL_BUTTON(e.button.button) : 0;
    const int scancode = key ? e.key.keysym.scancode : 0;
    if (taken_) {
        const bool later = (move && acted_) || (action && moved_) || (changed_buttons_ & button_bit) != 0 ||
                           (key && scancode < SDL_NUM_SCANCODES && changed_keys_[scancode]);
        if (later) return false;
    }
    taken_ = true;
    moved_ |= move;
    acted_ |= action;
    if (key && scancode < SDL_NUM_SCANCODES) changed_keys_[scancode] = true;
    if (move) {
        x_ = e.motion.x;
        y_ = e.motion.y;
    } else if (button) {
        x_ = e.button.x;
        y_ = e.button.y;
        changed_buttons_ |= button_bit;
        if (e.type == SDL_MOUSEBUTTONDOWN)
            held_ |= button_bit;
        else
            held_ &= ~button_bit;
    }
    return true;
}

}  // namespace placeline::app
