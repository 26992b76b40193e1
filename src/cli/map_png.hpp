#pragma once
// Headless map rendering to PNG, shared by `render`, `present --out-dir` and the tests.
#include <array>
#include <optional>
#include <string>

#include "placeline/time/date.hpp"
#include "placeline/render/map_data.hpp"
#include "placeline/render/scene.hpp"
#include "placeline/render/view.hpp"

namespace placeline::cli {

struct MapPngRequest {
    int width = 1600, height = 1000;
    std::optional<Day> from, to;
    std::optional<std::array<double, 4>> bbox;  // lon_min, lat_min, lon_max, lat_max
    PlaceIndex selected = no_place;
    LabelChoice labels;  // how places are named (see label_for)
    std::string theme = "light";  // or "dark" (render/theme.hpp)
    float scale = 1;              // pixel scale: line widths, markers and text (high-DPI check)
};

// The view a request asks for: its bbox, else the default bounds of the data.
render::View request_view(const render::MapData& data, const MapPngRequest& req);
render::MapState request_state(const render::MapData& data, const MapPngRequest& req);

// Returns an empty string on success, else the reason.
std::string render_map_png(const render::MapData& data, const MapPngRequest& req, const std::string& path);

bool parse_size(const std::string& s, int& w, int& h);
bool parse_bbox(const std::string& s, double& lon0, double& lat0, double& lon1, double& lat1);

}  // namespace placeline::cli
