#pragma once
// Headless rendering of a slide deck: one PNG per slide, optional in-between frames, and video
// (ffmpeg, found at run time) or GIF (giflib) made of frames rendered at a fixed rate, never by
// capturing a screen. Same scene, sinks and overlay as the window's presentation mode.
#include <string>

#include "placeline/base/diagnostics.hpp"
#include "placeline/render/deck.hpp"
#include "placeline/render/map_data.hpp"

namespace placeline::cli {

struct DeckRenderOptions {
    std::string out_dir;     // slide-NN.png (and slide-NN-in-KK.png) go here; may be empty with video/gif
    int frames = 0;          // in-between frames per transition
    int width = 1920, height = 1080;
    std::string video, gif;  // optional outputs
    int video_fps = 30, gif_fps = 10;
};

// A frame of the deck's timeline: slide `slide`, either flying in from the previous slide
// (`t` in (0, 1)) or showing it, `elapsed` seconds after it landed.
struct DeckFrame {
    size_t slide = 0;
    double t = 1;
    double elapsed = 0;
};

// The frames a video at `fps` shows, in order: for each slide its transition (none for the
// first) then its hold.
std::vector<DeckFrame> deck_timeline(const render::Deck& deck, int fps);

// Returns the exit status; problems go to `diags`.
int render_deck(const render::MapData& data, const render::Deck& deck, const std::string& deck_path,
                const DeckRenderOptions& options, Diagnostics& diags);

}  // namespace placeline::cli
