#pragma once
// Headless rendering of a slide deck: one PNG per slide, optional in-between frames, and video
// (ffmpeg, found at run time) or GIF (giflib) made of frames rendered at a fixed rate, never by
// capturing a screen. Same scene, sinks and overlay as the window's presentation mode.
#include <string>

#include "placeline/base/diagnostics.hpp"
#include "placeline/render/deck.hpp"
#include "placeline/render/map_data.hpp"
#include "placeline/render/slide_frame.hpp"
#include "placeline/sink/canvas.hpp"

namespace placeline::cli {

struct DeckRenderOptions {
    std::string out_dir;     // slide-NN.png (and slide-NN-in-KK.png) go here; may be empty with video/gif
    int frames = 0;          // in-between frames per transition
    int width = 1920, height = 1080;
    float scale = 0;         // pixel scale of map and text; 0: render::output_scale of the size
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

// Brightness (0..1) of frame `i` of `count` in a video at `fps`: it fades in from black over its
// first half second and out to black over its last.
float deck_fade(size_t i, size_t count, int fps);

// The deck's frames, drawn one at a time at the options' size and scale: the same scene, sinks
// and overlay as the window's presentation mode.
class DeckRenderer {
public:
    DeckRenderer(const render::MapData& data, const render::Deck& deck, const std::string& deck_path,
                 const DeckRenderOptions& options, Diagnostics& diags);
    ~DeckRenderer();
    DeckRenderer(const DeckRenderer&) = delete;
    DeckRenderer& operator=(const DeckRenderer&) = delete;

    bool ok() const;
    std::string error() const;
    // Each slide as resolved for this size, framed beside its overlay's measured boxes.
    const std::vector<render::SlideFrame>& frames() const { return frames_; }
    render::SlideFrame frame_at(const DeckFrame& f) const;
    // The map of a frame (layers, markers, labels, legend), without the slide's overlay.
    const render::DrawList& map_list(const DeckFrame& f);
    // The whole frame's RGBA pixels.
    std::vector<uint8_t> draw(const DeckFrame& f);
    render::TextMeasure measure() const;
    float scale() const { return scale_; }
    int width() const { return canvas_.width(); }
    int height() const { return canvas_.height(); }
    const render::Deck& deck() const { return deck_; }

private:
    const render::MapData& data_;
    const render::Deck& deck_;
    float scale_;
    sink::OffscreenCanvas canvas_;
    std::vector<render::SlideFrame> frames_;
    TimeSpan extent_;
    render::DrawList list_;
};

// Returns the exit status; problems go to `diags`.
int render_deck(const render::MapData& data, const render::Deck& deck, const std::string& deck_path,
                const DeckRenderOptions& options, Diagnostics& diags);

}  // namespace placeline::cli
