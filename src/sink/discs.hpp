#pragma once
// Filled discs and circles (place markers, clusters, selection rings) for the CPU sink, their
// coverage taken from each pixel centre's distance to the centre: a marker is a few hundred
// pixels, where a polygon rasterizer would first build and sort the cells of a 96-gon.
#include "placeline/sink/raster.hpp"

namespace placeline::sink {

void draw_disc(const PixelTarget& target, double cx, double cy, double radius, render::Color color, const ClipRect& clip);
// A ring `width` wide centred on `radius`.
void draw_circle(const PixelTarget& target, double cx, double cy, double radius, double width, render::Color color,
                 const ClipRect& clip);

}  // namespace placeline::sink
