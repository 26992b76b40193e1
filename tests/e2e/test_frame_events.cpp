// The app's frames and the events in them (src/app/frame_events.hpp): Dear ImGui 1.86 sees one
// pointer position and one state of each button and key a frame, so a press, a release or a wheel
// never shares a frame with a pointer move, a button or key changes once a frame, and what waits
// keeps its order.
#include <doctest/doctest.h>

#include <vector>

#include "app/frame_events.hpp"

using placeline::app::FrameEvents;

namespace {

SDL_Event motion(int x, int y) {
    SDL_Event e{};
    e.type = SDL_MOUSEMOTION;
    e.motion.x = x;
    e.motion.y = y;
    return e;
}

SDL_Event left_button(Uint32 type, int x, int y) {
    SDL_Event e{};
    e.type = type;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = x;
    e.button.y = y;
    return e;
}

SDL_Event key(Uint32 type, SDL_Scancode scancode, bool repeat = false) {
    SDL_Event e{};
    e.type = type;
    e.key.keysym.scancode = scancode;
    e.key.repeat = repeat;
    return e;
}

SDL_Event other(Uint32 type) {
    SDL_Event e{};
    e.type = type;
    return e;
}

// What one frame handed to Dear ImGui: the events' types in order, and the pointer after them.
struct Frame {
    std::vector<Uint32> types;
    int x = 0, y = 0;
    bool left_down = false;
};

// The frames a queue that came all at once reaches ImGui in, as the app's loop takes it.
std::vector<Frame> frames_of(const std::vector<SDL_Event>& queue, FrameEvents events) {
    std::vector<Frame> frames;
    size_t next = 0;
    while (next < queue.size()) {
        events.begin_frame();
        Frame frame;
        while (next < queue.size() && events.take(queue[next])) frame.types.push_back(queue[next++].type);
        frame.x = events.x();
        frame.y = events.y();
        frame.left_down = events.down(SDL_BUTTON_LEFT);
        REQUIRE_MESSAGE(!frame.types.empty(), "a frame took no event");
        frames.push_back(frame);
    }
    return frames;
}

}  // namespace

TEST_CASE("a frame that got a press and the moves after it sees the press where it was, the moves in the next frame") {
    const auto frames = frames_of({left_button(SDL_MOUSEBUTTONDOWN, 100, 50), motion(110, 52), motion(120, 54), motion(130, 56)},
                                  FrameEvents(100, 50, 0));
    REQUIRE(frames.size() == 2);
    CHECK(frames[0].types == std::vector<Uint32>{SDL_MOUSEBUTTONDOWN});
    CHECK(frames[0].x == 100);
    CHECK(frames[0].y == 50);
    CHECK(frames[0].left_down);
    CHECK(frames[1].types.size() == 3);
    CHECK(frames[1].x == 130);
    CHECK(frames[1].y == 56);
    CHECK(frames[1].left_down);
}

TEST_CASE("a frame that got a drag's last moves and the release sees the moves with the button held, the release after them") {
    const auto frames = frames_of({motion(120, 50), motion(130, 50), left_button(SDL_MOUSEBUTTONUP, 130, 50)},
                                  FrameEvents(110, 50, SDL_BUTTON(SDL_BUTTON_LEFT)));
    REQUIRE(frames.size() == 2);
    CHECK(frames[0].types == std::vector<Uint32>{SDL_MOUSEMOTION, SDL_MOUSEMOTION});
    CHECK(frames[0].x == 130);
    CHECK(frames[0].left_down);
    CHECK(frames[1].types == std::vector<Uint32>{SDL_MOUSEBUTTONUP});
    CHECK(frames[1].x == 130);
    CHECK_FALSE(frames[1].left_down);
}

TEST_CASE("keys and text behind a move left for the next frame wait with it, in order, and none is lost") {
    const std::vector<SDL_Event> queue = {left_button(SDL_MOUSEBUTTONDOWN, 10, 10), key(SDL_KEYDOWN, SDL_SCANCODE_A), motion(20, 10),
                                          other(SDL_TEXTINPUT), key(SDL_KEYUP, SDL_SCANCODE_B), other(SDL_MOUSEWHEEL),
                                          motion(30, 10)};
    const auto frames = frames_of(queue, FrameEvents(10, 10, 0));
    REQUIRE(frames.size() == 4);
    CHECK(frames[0].types == std::vector<Uint32>{SDL_MOUSEBUTTONDOWN, SDL_KEYDOWN});
    CHECK(frames[1].types == std::vector<Uint32>{SDL_MOUSEMOTION, SDL_TEXTINPUT, SDL_KEYUP});
    // A wheel acts where the pointer is: not in the frame of a move, before or after it.
    CHECK(frames[2].types == std::vector<Uint32>{SDL_MOUSEWHEEL});
    CHECK(frames[3].types == std::vector<Uint32>{SDL_MOUSEMOTION});
    std::vector<Uint32> all;
    for (const Frame& f : frames) all.insert(all.end(), f.types.begin(), f.types.end());
    std::vector<Uint32> sent;
    for (const SDL_Event& e : queue) sent.push_back(e.type);
    CHECK(all == sent);
}

TEST_CASE("a click or a key shorter than a frame is seen down for one frame and up in the next") {
    const auto clicks = frames_of({left_button(SDL_MOUSEBUTTONDOWN, 5, 5), left_button(SDL_MOUSEBUTTONUP, 5, 5),
                                   left_button(SDL_MOUSEBUTTONDOWN, 5, 5), left_button(SDL_MOUSEBUTTONUP, 5, 5)},
                                  FrameEvents(5, 5, 0));
    REQUIRE(clicks.size() == 4);
    for (size_t i = 0; i < clicks.size(); ++i) CHECK(clicks[i].left_down == (i % 2 == 0));

    const auto keys = frames_of({key(SDL_KEYDOWN, SDL_SCANCODE_A), other(SDL_TEXTINPUT), key(SDL_KEYDOWN, SDL_SCANCODE_A, true),
                                 key(SDL_KEYUP, SDL_SCANCODE_A), key(SDL_KEYDOWN, SDL_SCANCODE_B), key(SDL_KEYUP, SDL_SCANCODE_B)},
                                FrameEvents(5, 5, 0));
    REQUIRE(keys.size() == 3);
    // A held key's repeats change nothing: they share the frame of its press.
    CHECK(keys[0].types == std::vector<Uint32>{SDL_KEYDOWN, SDL_TEXTINPUT, SDL_KEYDOWN});
    CHECK(keys[1].types == std::vector<Uint32>{SDL_KEYUP, SDL_KEYDOWN});
    CHECK(keys[2].types == std::vector<Uint32>{SDL_KEYUP});
}
