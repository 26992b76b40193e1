#pragma once
// Map furniture drawn over the map: the scale bar and the data credits.
#include "placeline/geo/projection.hpp"
#include "placeline/render/draw_list.hpp"
#include "placeline/render/scene.hpp"
#include "placeline/render/view.hpp"

namespace placeline::render {

// Ground metres per screen pixel at the centre of the view (geodesic, so right in any projection).
double metres_per_pixel(const View& view, const geo::Projection& projection);

// A round length (1, 2 or 5 times a power of ten) whose bar is at most `max_pixels` long.
struct ScaleBar {
    double metres;
    float pixels;
};
ScaleBar choose_scale_bar(double metres_per_pixel, float max_pixels);
std::string format_distance(double metres);

// `theme`: its dark variant draws dark boxes with light ink; none, the light look.
void draw_scale_bar(DrawList& out, const View& view, double metres_per_pixel, const TextMeasure& measure,
                    const Theme* theme = nullptr);
// `more`: further attributions the map's data asks for (MapData::place_shapes.credits).
void draw_credits(DrawList& out, const View& view, const TextMeasure& measure, const Theme* theme = nullptr,
                  const std::vector<std::string>& more = {});

}  // namespace placeline::render
