#include "frame_events.hpp"

namespace placeline::app {

void FrameEvents::begin_frame() {
    pressed_ = released_ = 0;
    taken_ = moved_ = acted_ = false;
}

bool FrameEvents::take(const SDL_Event& e) {
    const bool move = e.type == SDL_MOUSEMOTION;
    const bool button = e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP;
    // A wheel, like a button, acts where the pointer is: with a move after it in the same frame
    // it would turn what the pointer has reached instead.
    const bool action = button || e.type == SDL_MOUSEWHEEL;
    if (taken_) {
        bool later = (move && acted_) || (action && moved_);
        // A press after a release of the same button: Dear ImGui would see it held throughout
        // and miss the release (the first click of a quick double click).
        if (e.type == SDL_MOUSEBUTTONDOWN && (released_ & SDL_BUTTON(e.button.button))) later = true;
        if (later) return false;
    }
    taken_ = true;
    moved_ |= move;
    acted_ |= action;
    if (move) {
        x_ = e.motion.x;
        y_ = e.motion.y;
    } else if (button) {
        x_ = e.button.x;
        y_ = e.button.y;
        const Uint32 bit = SDL_BUTTON(e.button.button);
        if (e.type == SDL_MOUSEBUTTONDOWN) {
            held_ |= bit;
            pressed_ |= bit;
        } else {
            held_ &= ~bit;
            released_ |= bit;
        }
    }
    return true;
}

}  // namespace placeline::app
