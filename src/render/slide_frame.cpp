#include "placeline/render/slide_frame.hpp"

#include <algorithm>
#include <cmath>

namespace placeline::render {

std::vector<PlaceIndex> resolve_places(const MapData& data, const std::vector<std::string>& names, Diagnostics* diags,
                                       int line, const std::string& source) {
    std::vector<PlaceIndex> out;
    if (!data.atlas) return out;
    const Atlas& atlas = *data.atlas;
    const Gazetteer& g = atlas.gazetteer();
    for (const std::string& name : names) {
        PlaceIndex found = g.find_id(name);
        if (found == no_place) {
            std::vector<PlaceIndex> all = g.find_by_name(name);
            for (PlaceIndex p : all)
                if (found == no_place || (!atlas.passages_of(p).empty() && atlas.passages_of(found).empty())) found = p;
        }
        if (found == no_place) {
            if (diags) diags->report(Severity::warning, source, line, "no place called '" + name + "'; skipped");
            continue;
        }
        out.push_back(found);
    }
    return out;
}

static geo::Bounds bbox_bounds(const std::array<double, 4>& bb, const geo::Projection& proj) {
    geo::Bounds b;
    for (int i = 0; i <= 16; ++i) {
        double t = i / 16.0;
        double lon = bb[0] + (bb[2] - bb[0]) * t, lat = bb[1] + (bb[3] - bb[1]) * t;
        for (LonLat ll : {LonLat{lon, bb[1]}, LonLat{lon, bb[3]}, LonLat{bb[0], lat}, LonLat{bb[2], lat}}) {
            geo::XY xy;
            if (proj.forward(ll, xy)) b.add(xy.x, xy.y);
        }
    }
    return b;
}

float quote_column_width(int width, float k) { return std::min(width * 0.34f, 620.0f * k); }
float caption_width(int width, float k) { return std::min(width * 0.5f, 900.0f * k); }

std::vector<Box> estimated_overlay_boxes(const Slide& slide, int width, int height) {
    std::vector<Box> out;
    const float w = float(width), h = float(height);
    const float margin = std::max(16.0f, w * 0.02f);
    if (!slide.title.empty() || !slide.caption.empty())
        out.push_back({0, h * 0.76f, std::min(w, caption_width(width) + 2 * margin + 28), h});
    if (!slide.quotes.empty())
        out.push_back({w - quote_column_width(width) - 2 * margin - 28, 0, w, std::min(h, h * 0.12f * float(slide.quotes.size()) + 2 * margin)});
    return out;
}

Box best_free_rect(const geo::Bounds& world, const std::vector<Box>& covered, int width, int height, double margin) {
    const float w = float(width), h = float(height);
    std::vector<float> xs{0, w}, ys{0, h};
    for (const Box& b : covered) {
        for (float x : {b.x0, b.x1})
            if (x > 0 && x < w) xs.push_back(x);
        for (float y : {b.y0, b.y1})
            if (y > 0 && y < h) ys.push_back(y);
    }
    std::sort(xs.begin(), xs.end()), xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    std::sort(ys.begin(), ys.end()), ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
    const double bw = std::max(world.width(), 1e-9), bh = std::max(world.height(), 1e-9);
    Box best{0, 0, w, h};
    double best_scale = -1, best_area = -1;
    for (size_t a = 0; a < xs.size(); ++a)
        for (size_t b = a + 1; b < xs.size(); ++b)
            for (size_t c = 0; c < ys.size(); ++c)
                for (size_t d = c + 1; d < ys.size(); ++d) {
                    Box r{xs[a], ys[c], xs[b], ys[d]};
                    bool free = true;
                    for (const Box& k : covered) free = free && !k.overlaps(r);
                    if (!free) continue;
                    const double fw = r.x1 - r.x0 - 2 * margin, fh = r.y1 - r.y0 - 2 * margin;
                    if (fw < 16 || fh < 16) continue;
                    const double scale = std::min(fw / bw, fh / bh), area = fw * fh;
                    if (scale > best_scale * 1.0001 || (scale > best_scale * 0.9999 && area > best_area))
                        best = r, best_scale = scale, best_area = area;
                }
    return best;
}

namespace {

View fit_in_rect(const geo::Bounds& b, int width, int height, const Box& r, double pad) {
    return View::fit_inside(b, width, height, r.x0 + pad, r.y0 + pad, width - r.x1 + pad, height - r.y1 + pad);
}

}  // namespace

void apply_frame(const SlideFrame& f, MapState& state) {
    state.window = f.state.window;
    state.highlighted = f.state.highlighted;
    state.pinned = f.state.pinned;
    if (f.state.layer_visible.empty()) return;
    state.layer_visible.resize(f.state.layer_visible.size(), true);
    for (size_t i = 0; i < f.state.layer_visible.size(); ++i) state.layer_visible[i] = f.state.layer_visible[i];
}

SlideFrame resolve_slide(const Slide& slide, const MapData& data, const geo::Projection& proj, int width, int height,
                         Diagnostics* diags, const std::string& source, const std::vector<Box>* covered) {
    SlideFrame f;
    const std::vector<Box> boxes = covered ? *covered : estimated_overlay_boxes(slide, width, height);
    f.covered = boxes;
    const double margin = std::max(16.0, width * 0.02);
    f.view = View::fit(default_bounds(data), width, height);
    const SlideView& v = slide.view;
    if (v.kind == SlideView::Kind::bbox) {
        const geo::Bounds b = bbox_bounds(v.bbox, proj);
        f.view = fit_in_rect(b, width, height, best_free_rect(b, boxes, width, height, margin), margin);
    } else if (v.kind == SlideView::Kind::center_zoom) {
        geo::XY c;
        if (proj.forward(v.center, c)) {
            // Web-map zoom levels, so that presenters can copy a view from any slippy map: ground
            // metres per pixel at the centre. The projection's own scale there converts it.
            double ground_mpp = 156543.03392 * std::cos(v.center.lat * M_PI / 180) / std::pow(2.0, v.zoom);
            geo::XY east;
            LonLat step{v.center.lon + 0.01, v.center.lat};
            double k = 1;
            if (proj.forward(step, east)) k = std::hypot(east.x - c.x, east.y - c.y) / geo::geodesic_distance(v.center, step);
            f.view.scale = 1.0 / (ground_mpp * k);
            // The centre goes to the middle of the part of the screen the overlay leaves free.
            geo::Bounds square;
            square.add(0, 0), square.add(1, 1);
            const Box r = best_free_rect(square, boxes, width, height, margin);
            f.view.cx = c.x - ((r.x0 + r.x1) / 2 - width / 2.0) / f.view.scale;
            f.view.cy = c.y + ((r.y0 + r.y1) / 2 - height / 2.0) / f.view.scale;
        }
    } else if (v.kind == SlideView::Kind::places) {
        geo::Bounds b;
        for (PlaceIndex p : resolve_places(data, v.places, diags, slide.line, source)) {
            const Place& place = data.atlas->gazetteer().place(p);
            geo::XY xy;
            if (proj.forward(place.point, xy)) b.add(xy.x, xy.y);
            for (const LonLat& ll : place.line)
                if (proj.forward(ll, xy)) b.add(xy.x, xy.y);
        }
        if (!b.empty()) {
            // At least 40 km each way, so a single place is shown with its surroundings; a long
            // row of places keeps its shape, to fill the free band it fits best.
            double cx = (b.min_x + b.max_x) / 2, cy = (b.min_y + b.max_y) / 2;
            double half_w = std::max(b.width(), 40000.0) / 2, half_h = std::max(b.height(), 40000.0) / 2;
            b.add(cx - half_w, cy - half_h);
            b.add(cx + half_w, cy + half_h);
            // Room around the places for their markers and labels.
            const double pad = margin + std::min(width, height) * 0.06;
            f.view = fit_in_rect(b, width, height, best_free_rect(b, boxes, width, height, pad), pad);
        }
    }
    if (slide.window) f.state.window = *slide.window;
    f.state.highlighted = resolve_places(data, slide.highlight, diags, slide.line, source);
    for (PlaceIndex p : f.state.highlighted) {
        geo::XY xy;
        if (proj.forward(data.atlas->gazetteer().place(p).point, xy)) f.state.pinned.push_back({p, xy});
    }
    if (slide.layers) {
        f.state.layer_visible.assign(data.layers.size(), false);
        for (const std::string& name : *slide.layers) {
            bool found = false;
            for (size_t i = 0; i < data.layers.size(); ++i)
                if (data.layers[i].source.name == name) f.state.layer_visible[i] = found = true;
            if (!found && diags) diags->report(Severity::warning, source, slide.line, "no layer called '" + name + "'");
        }
    }
    return f;
}

SlideFrame interpolate_frames(const SlideFrame& a, const SlideFrame& b, double t) {
    if (t >= 1) return b;
    SlideFrame f = b;
    f.view = interpolate_view(a.view, b.view, t);
    double e = ease_in_out(std::max(0.0, t));
    // "All time" windows are huge; clamp so the interpolation stays meaningful.
    auto clamp_day = [](Day d) { return std::clamp(d, make_day(1800, 1, 1), make_day(2200, 12, 31)); };
    f.state.window.first = Day(std::lround(clamp_day(a.state.window.first) * (1 - e) + clamp_day(b.state.window.first) * e));
    f.state.window.last = Day(std::lround(clamp_day(a.state.window.last) * (1 - e) + clamp_day(b.state.window.last) * e));
    // Highlights and layers switch at the middle of the flight.
    if (t < 0.5) {
        f.state.highlighted = a.state.highlighted;
        f.state.pinned = a.state.pinned;
        f.state.layer_visible = a.state.layer_visible;
        f.covered = a.covered;
    }
    return f;
}

TimeSpan playback_window(const TimeSpan& start, double days_per_second, double seconds, const TimeSpan& extent) {
    if (days_per_second <= 0 || !extent.valid()) return start;
    Day length = start.last - start.first;
    Day span = std::max<Day>(1, extent.last - length - extent.first + 1);
    Day offset = Day(std::floor(days_per_second * seconds));
    Day first = start.first + offset;
    if (first > extent.last - length) first = extent.first + (first - extent.first) % span;
    return {first, first + length, start.granularity};
}

}  // namespace placeline::render
