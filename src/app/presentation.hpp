#pragma once
// Presentation mode: a deck of map views and time windows shown fullscreen, flying from slide
// to slide, still live (pan, zoom, click a place, read its passages) and back to the slide
// with one key.
#include <string>
#include <vector>

#include "placeline/render/deck.hpp"
#include "placeline/render/slide_frame.hpp"

namespace placeline::app {

struct Presentation {
    bool active = false;
    bool quit_on_exit = false;      // started by `placeline present`: Esc ends the program
    std::string deck_path;
    render::Deck deck;
    size_t index = 0;
    // Frames resolved for the current data and screen size; rebuilt when either changes.
    std::vector<render::SlideFrame> frames;
    const void* frames_data = nullptr;
    int frames_w = 0, frames_h = 0;
    const void* frames_font = nullptr;  // the title font the overlay boxes were measured with
    // The flight into the current slide, from what was on screen when it began.
    render::SlideFrame from_frame;
    size_t from = 0;                // the slide whose text fades out during the flight
    double flight_start = -1e9, landed_at = 0;
    // The boxes the shown slide's overlay covers: the map's labels and legend keep out of them,
    // as in `placeline render --deck`.
    std::vector<render::Box> covered;
    bool live = false;              // the user has moved the map: the slide waits for R
    bool blank = false, show_timeline = false;
    std::string typed_number;       // digits typed before Enter
};

}  // namespace placeline::app
