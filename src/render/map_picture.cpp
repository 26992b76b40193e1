#include "placeline/render/map_picture.hpp"

#include "placeline/geo/projection.hpp"
#include "placeline/render/overlay.hpp"

namespace placeline::render {

void draw_map_picture(const Scene& scene, const View& view, const TextMeasure& measure, DrawList& out) {
    draw_map(scene, view, measure, out);
    std::string error;
    if (auto proj = geo::Projection::create(scene.data->projection, error))
        draw_scale_bar(out, view, metres_per_pixel(view, *proj), measure, &scene.theme);
    draw_credits(out, view, measure, &scene.theme, scene.data->place_shapes.credits);
}

}  // namespace placeline::render
