#pragma once
// Smooth movement between two views: the camera eases out, rises (zooms out) when the two
// views are far apart so the user keeps their bearings, then descends onto the target. At t = 1
// the result is exactly the target view.
#include "placeline/render/view.hpp"

namespace placeline::render {

double ease_in_out(double t);
View interpolate_view(const View& from, const View& to, double t);

struct Flight {
    View from, to;
    double start = 0, duration = 0;  // seconds
    bool active = false;

    void begin(const View& current, const View& target, double now, double seconds) {
        from = current, to = target, start = now, duration = seconds, active = true;
    }
    // The view at `now`; clears `active` when the flight has landed.
    View at(double now) {
        double t = duration > 0 ? (now - start) / duration : 1;
        if (t >= 1) {
            active = false;
            return to;
        }
        return interpolate_view(from, to, t < 0 ? 0 : t);
    }
};

}  // namespace placeline::render
