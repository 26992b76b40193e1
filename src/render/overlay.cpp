#include "placeline/render/overlay.hpp"

#include <cmath>
#include <cstdio>

namespace placeline::render {

double metres_per_pixel(const View& view, const geo::Projection& projection) {
    LonLat a, b;
    double half = 50;
    geo::XY wa = view.to_world(view.width * 0.5 - half, view.height * 0.5);
    geo::XY wb = view.to_world(view.width * 0.5 + half, view.height * 0.5);
    if (!projection.inverse(wa, a) || !projection.inverse(wb, b)) return 1.0 / view.scale;
    return geo::geodesic_distance(a, b) / (2 * half);
}

ScaleBar choose_scale_bar(double mpp, float max_pixels) {
    double max_metres = mpp * max_pixels;
    double power = std::pow(10.0, std::floor(std::log10(max_metres)));
    double best = power;
    for (double step : {1.0, 2.0, 5.0})
        if (step * power <= max_metres) best = step * power;
    return {best, static_cast<float>(best / mpp)};
}

std::string format_distance(double metres) {
    char buf[32];
    if (metres >= 1000) std::snprintf(buf, sizeof buf, "%g km", metres / 1000);
    else std::snprintf(buf, sizeof buf, "%g m", metres);
    return buf;
}

void draw_scale_bar(DrawList& out, const View& view, double mpp, const TextMeasure& measure, const Theme* theme) {
    ScaleBar bar = choose_scale_bar(mpp, 160);
    float x0 = 14, y = float(view.height) - 16;
    const bool dark = theme && theme->invert_layers;
    Color ink = dark ? Color{225, 227, 232} : Color{40, 40, 40};
    out.add_rect(x0 - 6, y - 24, x0 + bar.pixels + 6 + 30, y + 8, dark ? Color{16, 20, 28, 190} : Color{255, 255, 255, 190});
    geo::XY line[] = {{x0, y - 6}, {x0, y}, {x0 + bar.pixels, y}, {x0 + bar.pixels, y - 6}};
    out.add_stroke(line, 4, false, ink, 2.0f);
    std::string label = format_distance(bar.metres);
    (void)measure;
    out.add_text({x0, y - 22, 13, label, ink, {255, 255, 255, 0}});
}

void draw_credits(DrawList& out, const View& view, const TextMeasure& measure, const Theme* theme,
                  const std::vector<std::string>& more) {
    std::string credit = "Natural Earth · GeoNames (CC BY 4.0)";
    for (const std::string& c : more) credit += " · " + c;
    float w = measure(credit, 12);
    float x = float(view.width) - w - 8, y = float(view.height) - 18;
    const bool dark = theme && theme->invert_layers;
    out.add_rect(x - 4, y - 2, x + w + 4, y + 16, dark ? Color{16, 20, 28, 170} : Color{255, 255, 255, 170});
    out.add_text({x, y, 12, credit, dark ? Color{190, 192, 198} : Color{70, 70, 70}, {255, 255, 255, 0}});
}

}  // namespace placeline::render
