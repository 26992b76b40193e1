// The historical layers follow the time window: `placeline render --at DAY` draws the NKAO
// boundary in 1990, the 1994 ceasefire line in 2000, neither in October 2023. Checked on the
// PNG's pixels along each line's projected path, in the colour its default style gives it.
#include <doctest/doctest.h>

#include <stb_image.h>

#include <cmath>
#include <fstream>
#include <memory>

#include "cli/map_png.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/geo/layer_read.hpp"
#include "placeline/render/style_file.hpp"
#include "support.hpp"

using namespace placeline;

namespace {

const char* const bbox = "45.6,39.1,47.6,40.6";
const int width = 1000, height = 800;

struct Image {
    int w = 0, h = 0;
    std::unique_ptr<uint8_t, void (*)(void*)> px{nullptr, stbi_image_free};
    // Whether a pixel within 2 of (x, y) has colour c (anti-aliasing blends the edges only).
    bool near(double x, double y, render::Color c) const {
        for (int dy = -2; dy <= 2; ++dy)
            for (int dx = -2; dx <= 2; ++dx) {
                int ix = int(std::lround(x)) + dx, iy = int(std::lround(y)) + dy;
                if (ix < 0 || iy < 0 || ix >= w || iy >= h) continue;
                const uint8_t* p = px.get() + (size_t(iy) * w + ix) * 4;
                if (std::abs(p[0] - c.r) <= 24 && std::abs(p[1] - c.g) <= 24 && std::abs(p[2] - c.b) <= 24) return true;
            }
        return false;
    }
};

Image render_at(const std::string& day, const std::string& extra = "", std::string* err = nullptr) {
    std::string out = e2e::temp_path("history-" + day + ".png");
    e2e::Run r = e2e::run("render --at " + day + " --bbox " + bbox + " --size " + std::to_string(width) + "x" +
                          std::to_string(height) + " --out " + out + " " + extra);
    INFO(r.err);
    REQUIRE(r.status == 0);
    if (err) *err = r.err;
    Image img;
    int n;
    img.px.reset(stbi_load(out.c_str(), &img.w, &img.h, &n, 4));
    REQUIRE(img.px);
    return img;
}

// The share of points along the layer's lines, every 3 pixels, that show the colour.
double share_drawn(const Image& img, const std::string& layer_name, render::Color c) {
    Diagnostics diags;
    auto layers = geo::read_layers({geodata_path("history.gpkg"), layer_name}, diags);
    REQUIRE(layers.size() == 1);
    auto data = render::build_map_data(nullptr, layers, "regional", diags);
    cli::MapPngRequest req;
    req.width = width, req.height = height;
    double b[4];
    REQUIRE(cli::parse_bbox(bbox, b[0], b[1], b[2], b[3]));
    req.bbox = std::array<double, 4>{b[0], b[1], b[2], b[3]};
    render::View view = cli::request_view(*data, req);
    int seen = 0, hit = 0;
    const geo::Shapes& shapes = data->layers[0].projected.full;
    for (size_t part = 0; part < shapes.part_kind.size(); ++part) {
        if (shapes.part_kind[part] != geo::Shapes::Part::line) continue;
        const geo::XY* line = shapes.part_points(part);
        for (size_t i = 1; i < shapes.part_size(part); ++i) {
            geo::XY a = view.to_screen(line[i - 1]), z = view.to_screen(line[i]);
            double len = std::hypot(z.x - a.x, z.y - a.y);
            for (double t = 0; t < len; t += 3) {
                double x = a.x + (z.x - a.x) * t / len, y = a.y + (z.y - a.y) * t / len;
                // Off the image, under the legend (top left) or the scale bar and credits.
                if (x < 10 || y < 10 || x > width - 10 || y > height - 40 || (x < 330 && y < 110)) continue;
                ++seen;
                hit += img.near(x, y, c);
            }
        }
    }
    REQUIRE(seen > 100);
    return double(hit) / seen;
}

render::Color style_colour(const std::string& layer) {
    Diagnostics diags;
    render::StyleSheet sheet = render::read_style_file(asset_path("styles/history.toml"), diags);
    render::LayerStyle s = render::default_layer_style(layer, 0);
    render::apply_styles(sheet, layer, s);
    return s.stroke;
}

}  // namespace

TEST_CASE("the default style gives the NKAO boundary and the 1994 line colours of their own") {
    CHECK(style_colour("nkao_boundary") != style_colour("ceasefire_1994"));
}

TEST_CASE("1990-06-01: the NKAO boundary is drawn, the 1994 ceasefire line is not") {
    Image img = render_at("1990-06-01");
    CHECK(share_drawn(img, "nkao_boundary", style_colour("nkao_boundary")) > 0.6);
    CHECK(share_drawn(img, "ceasefire_1994", style_colour("ceasefire_1994")) < 0.03);
}

TEST_CASE("2000-01-01: the 1994 ceasefire line is drawn, the NKAO boundary is not") {
    Image img = render_at("2000-01-01");
    CHECK(share_drawn(img, "nkao_boundary", style_colour("nkao_boundary")) < 0.03);
    CHECK(share_drawn(img, "ceasefire_1994", style_colour("ceasefire_1994")) > 0.6);
}

TEST_CASE("2023-10-01: neither line is drawn") {
    Image img = render_at("2023-10-01");
    CHECK(share_drawn(img, "nkao_boundary", style_colour("nkao_boundary")) < 0.03);
    CHECK(share_drawn(img, "ceasefire_1994", style_colour("ceasefire_1994")) < 0.03);
}

TEST_CASE("--at takes one day, and a bad day is refused with exit status 2") {
    e2e::Run r = e2e::run("render --at 1991-13-01 --out " + e2e::temp_path("bad.png"));
    CHECK(r.status == 2);
    CHECK(r.err.find("--at must be YYYY-MM-DD") != std::string::npos);
    r = e2e::run("render --at 1991-01-01 --from 1990-01-01 --out " + e2e::temp_path("bad.png"));
    CHECK(r.status == 2);
}

TEST_CASE("a project style file (--style) wins over the default one, its bad lines are named, the rest applies") {
    std::string style = e2e::temp_path("project.style.toml");
    std::ofstream(style) << "[layer.nkao_boundary]\nstroke = \"#00ff00\"\ncolour = \"#0000ff\"\nwidth = \"wide\"\ndash = \"none\"\n";
    std::string err;
    Image img = render_at("1990-06-01", "--style " + style, &err);
    CHECK(err.find(style + ":3: warning: unknown key 'colour'") != std::string::npos);
    CHECK(err.find(style + ":4: warning: 'width' must be a number") != std::string::npos);
    CHECK(share_drawn(img, "nkao_boundary", {0, 255, 0}) > 0.9);  // solid now, and green
    CHECK(share_drawn(img, "nkao_boundary", style_colour("nkao_boundary")) < 0.03);
}

TEST_CASE("a corpus folder's placeline.style.toml styles the map of that corpus") {
    namespace fs = std::filesystem;
    fs::path dir = e2e::temp_path("styled-corpus");
    fs::create_directories(dir);
    std::ofstream(dir / "article.txt") << "Talks were held in Goris, Armenia.\n";
    std::ofstream(dir / "placeline.style.toml") << "[layer.ceasefire_1994]\nstroke = \"#00ff00\"\n";
    Image img = render_at("2000-01-01", dir.string());
    CHECK(share_drawn(img, "ceasefire_1994", {0, 255, 0}) > 0.6);
    fs::remove_all(dir);
}
