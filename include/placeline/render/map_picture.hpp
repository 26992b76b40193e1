#pragma once
// The map as a picture of its own: the scene, then the scale bar and the data credits over it.
// `placeline render` and the window's File > Export draw PNGs through this one function, so an
// export from the window is the same picture the command line makes of the same view.
#include "placeline/render/draw_list.hpp"
#include "placeline/render/scene.hpp"
#include "placeline/render/view.hpp"

namespace placeline::render {

void draw_map_picture(const Scene& scene, const View& view, const TextMeasure& measure, DrawList& out);

}  // namespace placeline::render
