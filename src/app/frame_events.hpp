#pragma once
// Which of the queued SDL events one frame hands to Dear ImGui, and where the pointer and the
// buttons stand after them. Dear ImGui 1.86 has no input queue: it takes one pointer position
// and one state of each button and key a frame. A slow frame that got a press and the moves
// after it together would see the press where the pointer has gone (a drag on the time bar
// starting at other days than pressed); one that got the last moves of a drag and the release
// would never see the button held at the end of the drag; one that got a key's press and release
// would never see the key pressed. So a frame never takes both a pointer move and a button or
// wheel event, nor two changes of one button or key: where such an event comes, the frame ends,
// and the rest of the queue (keys and text too, in order) waits for the next frame.
#include <SDL_events.h>

#include <bitset>

namespace placeline::app {

class FrameEvents {
public:
    // The pointer as SDL last reported it, before any event is taken (window pixels, SDL_BUTTON
    // masks).
    FrameEvents(int x, int y, Uint32 held) : x_(x), y_(y), held_(held) {}

    // A new frame: nothing taken yet.
    void begin_frame();

    // Whether `e` belongs to this frame; if so it is taken (the pointer follows it). If not, it
    // and all after it wait for the next frame. The first event of a frame is always taken, so
    // every frame makes progress.
    bool take(const SDL_Event& e);

    // Where the pointer is after the events taken.
    int x() const { return x_; }
    int y() const { return y_; }

    // Whether SDL button `button` (SDL_BUTTON_LEFT...) is held after the events taken.
    bool down(int button) const { return (held_ & SDL_BUTTON(button)) != 0; }
    bool any_held() const { return held_ != 0; }

private:
    int x_, y_;
    Uint32 held_;
    // In this frame: the buttons (SDL_BUTTON masks) and keys (scancodes) pressed or let go.
    Uint32 changed_buttons_ = 0;
    std::bitset<SDL_NUM_SCANCODES> changed_keys_;
    bool taken_ = false, moved_ = false, acted_ = false;
};

}  // namespace placeline::app
