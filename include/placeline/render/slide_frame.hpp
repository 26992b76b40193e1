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
};

// Places named on a slide, by id or any spelling; mentioned places win over others of the same
// name. Names that match nothing are reported (with the slide's line) and skipped.
std::vector<PlaceIndex> resolve_places(const MapData& data, const std::vector<std::string>& names,
                                       Diagnostics* diags = nullptr, int line = 0, const std::string& source = {});

// Screen space a slide's overlay covers, in pixels per side: the quote column on the right, the
// title and caption box at the bottom. The overlay (app/slide_overlay) draws inside these, and
// views are framed in what is left.
struct Insets {
    double left, top, right, bottom;
};
Insets slide_insets(const Slide& slide, int width, int height);
float quote_column_width(int width);
float caption_width(int width);

SlideFrame resolve_slide(const Slide& slide, const MapData& data, const geo::Projection& projection, int width,
                         int height, Diagnostics* diags = nullptr, const std::string& source = {});

// The frame `t` of the way (0..1) from `a` to `b`: the view flies (zooming out on long
// distances), the time window's ends move linearly in time with the same easing. At t = 1 it is
// exactly `b`.
SlideFrame interpolate_frames(const SlideFrame& a, const SlideFrame& b, double t);

// During a slide with playback: the window moved forward by `seconds` at the slide's speed,
// wrapping to its start when it runs past the data's extent.
TimeSpan playback_window(const TimeSpan& start, double days_per_second, double seconds, const TimeSpan& extent);

}  // namespace placeline::render
