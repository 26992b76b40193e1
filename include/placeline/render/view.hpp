#pragma once
// The view: which part of the projected plane is on screen, and how large.
#include "placeline/geo/geometry.hpp"

namespace placeline::render {

struct View {
    double cx = 0, cy = 0;   // projected coordinates at the centre of the screen
    double scale = 1e-3;     // pixels per projected unit (metre)
    int width = 800, height = 600;

    geo::XY to_screen(geo::XY p) const {
        return {(p.x - cx) * scale + width * 0.5, height * 0.5 - (p.y - cy) * scale};
    }
    geo::XY to_world(double sx, double sy) const {
        return {cx + (sx - width * 0.5) / scale, cy - (sy - height * 0.5) / scale};
    }
    geo::Bounds world_bounds() const {
        geo::Bounds b;
        geo::XY a = to_world(0, 0), c = to_world(width, height);
        b.add(a.x, a.y);
        b.add(c.x, c.y);
        return b;
    }
    // Zoom by `factor` keeping the world point under (sx, sy) where it is.
    void zoom_at(double sx, double sy, double factor) {
        geo::XY before = to_world(sx, sy);
        scale *= factor;
        geo::XY after = to_world(sx, sy);
        cx += before.x - after.x;
        cy += before.y - after.y;
    }
    void pan_pixels(double dx, double dy) {
        cx -= dx / scale;
        cy += dy / scale;
    }
    // The view that shows `b` whole with `margin` pixels around it.
    static View fit(const geo::Bounds& b, int width, int height, double margin = 40);
    // The same, with `b` framed inside the screen rectangle left free by the insets (pixels
    // covered by captions or panels on each side).
    static View fit_inside(const geo::Bounds& b, int width, int height, double left, double top, double right,
                           double bottom);
};

}  // namespace placeline::render
