#pragma once
// A slide made concrete for one screen: the view and map state it asks for, and the frames in
// between two slides (the camera flies, the time window slides).
#include "placeline/geo/projection.hpp"
#include "placeline/render/deck.hpp"
#include "placeline/render/flight.hpp"
#include "placeline/render/map_data.hpp"
#include "placeline/render/scene.hpp"

namespace placeline::render {

struct SlideFrame {
    View view;
    MapState state;
    std::vector<Box> covered;  // screen boxes of the slide's overlay: labels keep out of them
};

// Places named on a slide, by id or any spelling; mentioned places win over others of the same
// name. Names that match nothing are reported (with the slide's line) and skipped.
std::vector<PlaceIndex> resolve_places(const MapData& data, const std::vector<std::string>& names,
                                       Diagnostics* diags = nullptr, int line = 0, const std::string& source = {});

// Widths of the overlay's text columns at a text scale (1: the window's 15 px body text).
float quote_column_width(int width, float text_scale = 1);
float caption_width(int width, float text_scale = 1);

// The boxes the overlay covers when no one has measured its text (sink/slide_overlay measures
// them with its fonts): the caption's band bottom left, the quote column top right.
std::vector<Box> estimated_overlay_boxes(const Slide& slide, int width, int height);

// Of the rectangles of the screen that no box covers (all those bounded by the screen's and the
// boxes' edges), the one `world` fits into at the largest scale, less `margin` on each side;
// ties go to the larger rectangle. The whole screen when there are no boxes.
Box best_free_rect(const geo::Bounds& world, const std::vector<Box>& covered, int width, int height, double margin);

// `covered`: the screen boxes of the slide's overlay (null: estimated_overlay_boxes). Places and
// boxes are framed in the best free rectangle beside them, labels keep out of them.
SlideFrame resolve_slide(const Slide& slide, const MapData& data, const geo::Projection& projection, int width,
                         int height, Diagnostics* diags = nullptr, const std::string& source = {},
                         const std::vector<Box>* covered = nullptr);

// What a slide sets of the map the presenter sees: the time window, highlights and, when the
// slide names its layers, their visibility. The presenter's layer order, opacity, label choice
// and every layer a slide does not name are kept.
void apply_frame(const SlideFrame& frame, MapState& state);

// The frame `t` of the way (0..1) from `a` to `b`: the view flies (zooming out on long
// distances), the time window's ends move linearly in time with the same easing. At t = 1 it is
// exactly `b`.
SlideFrame interpolate_frames(const SlideFrame& a, const SlideFrame& b, double t);

// During a slide with playback: the window moved forward by `seconds` at the slide's speed,
// wrapping to its start when it runs past the data's extent.
TimeSpan playback_window(const TimeSpan& start, double days_per_second, double seconds, const TimeSpan& extent);

}  // namespace placeline::render
