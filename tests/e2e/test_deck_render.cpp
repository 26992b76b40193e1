// Slide decks headless: the example deck renders, each slide shows its highlighted places
// where they belong, a bad field costs only that field, and videos are made or refused clearly.
#include <doctest/doctest.h>
#include <stb_image.h>

#include <filesystem>
#include <fstream>

#include "placeline/geo/projection.hpp"
#include "placeline/render/deck.hpp"
#include "placeline/render/map_load.hpp"
#include "placeline/render/slide_frame.hpp"
#include "cli/deck_render.hpp"
#include "skip.hpp"
#include "support.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

constexpr int W = 960, H = 540;
const std::string example_deck = ASSETS "/september-2023.toml";

struct Image {
    int w = 0, h = 0;
    std::vector<uint8_t> rgba;
    const uint8_t* at(int x, int y) const { return rgba.data() + (size_t(y) * w + x) * 4; }
};

Image load_png(const std::string& path) {
    Image img;
    int n;
    unsigned char* data = stbi_load(path.c_str(), &img.w, &img.h, &n, 4);
    if (data) img.rgba.assign(data, data + size_t(img.w) * img.h * 4), stbi_image_free(data);
    return img;
}

bool is_selected_colour(const uint8_t* p) {
    render::Color c = render::Theme{}.selected;
    return std::abs(p[0] - c.r) < 16 && std::abs(p[1] - c.g) < 16 && std::abs(p[2] - c.b) < 16;
}

}  // namespace

TEST_CASE("the example deck renders headless, each slide with its highlighted places where they are") {
    std::string dir = e2e::temp_path("deck-slides");
    fs::remove_all(dir);
    auto r = e2e::run("render --deck " + example_deck + " --out-dir " + dir + " --size 960x540 " SAMPLE_CORPUS);
    CHECK(r.status == 0);

    Diagnostics diags;
    render::Deck deck = render::read_deck(example_deck, diags);
    CHECK(diags.size() == 0);
    REQUIRE(deck.slides.size() >= 8);
    REQUIRE(deck.slides.size() <= 12);
    render::MapSources sources;
    sources.corpus = {SAMPLE_CORPUS};
    auto data = render::load_map_data(sources, diags);
    std::string error;
    auto proj = geo::Projection::create(data->projection, error);
    // The frames as the renderer resolved them, beside the overlay's measured boxes.
    cli::DeckRenderOptions o;
    o.width = W, o.height = H;
    cli::DeckRenderer renderer(*data, deck, example_deck, o, diags);
    REQUIRE(renderer.ok());

    size_t checked = 0;
    for (size_t i = 0; i < deck.slides.size(); ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "/slide-%02zu.png", i + 1);
        Image img = load_png(dir + name);
        REQUIRE_MESSAGE(img.w == W, name);
        REQUIRE(img.h == H);
        const render::SlideFrame& f = renderer.frames()[i];
        for (PlaceIndex p : f.state.highlighted) {
            const Place& place = data->atlas->gazetteer().place(p);
            geo::XY xy;
            REQUIRE(proj->forward(place.point, xy));
            geo::XY s = f.view.to_screen(xy);
            // Only where the overlay leaves the map visible.
            bool under = s.x < 0 || s.y < 0 || s.x >= W || s.y >= H;
            for (const render::Box& b : f.covered) under = under || (s.x >= b.x0 && s.x <= b.x1 && s.y >= b.y0 && s.y <= b.y1);
            if (under) continue;
            CHECK_MESSAGE(is_selected_colour(img.at(int(s.x), int(s.y))), name, " ", place.name);
            ++checked;
        }
    }
    CHECK(checked >= deck.slides.size());
}

TEST_CASE("in-between frames are written for each transition") {
    std::string dir = e2e::temp_path("deck-frames");
    fs::remove_all(dir);
    auto r = e2e::run("render --deck " + example_deck + " --out-dir " + dir + " --frames 2 --size 320x180 " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    CHECK(fs::exists(dir + "/slide-02-in-01.png"));
    CHECK(fs::exists(dir + "/slide-02-in-02.png"));
    CHECK_FALSE(fs::exists(dir + "/slide-01-in-01.png"));
}

TEST_CASE("a deck with a bad field is reported with its line and the other slides still render") {
    std::string deck = e2e::temp_path("bad-deck.toml");
    std::ofstream(deck) << "[[slide]]\ntitle = \"good\"\n[[slide]]\ntitle = \"bad\"\nfrom = \"yesterday\"\n"
                           "[[slide]]\ntitle = \"also good\"\nview = { places = [\"Atlantis-under-the-Sea\"] }\n";
    std::string dir = e2e::temp_path("bad-deck-slides");
    fs::remove_all(dir);
    auto r = e2e::run("render --deck " + deck + " --out-dir " + dir + " --size 320x180 " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    CHECK(r.err.find("bad-deck.toml:5") != std::string::npos);
    CHECK(r.err.find("Atlantis-under-the-Sea") != std::string::npos);
    CHECK(fs::exists(dir + "/slide-01.png"));
    CHECK(fs::exists(dir + "/slide-02.png"));
    CHECK(fs::exists(dir + "/slide-03.png"));
}

TEST_CASE("a GIF of the deck is an animated GIF") {
    std::string deck = e2e::temp_path("short-deck.toml");
    std::ofstream(deck) << "[[slide]]\ntitle = \"a\"\nhold = 0.5\n[[slide]]\ntitle = \"b\"\nview = { places = [\"Yerevan\"] }\n"
                           "transition = 0.5\nhold = 0.5\n";
    std::string gif = e2e::temp_path("deck.gif");
    auto r = e2e::run("render --deck " + deck + " --gif " + gif + " --size 240x135 " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    std::ifstream in(gif, std::ios::binary);
    char header[6] = {};
    in.read(header, 6);
    CHECK(std::string(header, 6) == "GIF89a");
    CHECK(fs::file_size(gif) > 1000);
}

TEST_CASE("--video with ffmpeg makes the video") {
    // scripts/setup.sh installs ffmpeg; without it this is a skip, which CI does not accept.
    if (std::system("command -v ffmpeg >/dev/null 2>&1") != 0) {
        test::skip("ffmpeg is not installed (run scripts/setup.sh)");
        return;
    }
    std::string deck = e2e::temp_path("short-deck3.toml");
    std::ofstream(deck) << "[[slide]]\ntitle = \"a\"\nhold = 0.2\n";
    std::string out = e2e::temp_path("talk-made.mp4");
    fs::remove(out);
    auto r = e2e::run("render --deck " + deck + " --video " + out + " --size 160x90 " SAMPLE_CORPUS);
    INFO(r.err);
    CHECK(r.status == 0);
    REQUIRE(fs::exists(out));
    CHECK(fs::file_size(out) > 0);
}

TEST_CASE("--video without ffmpeg says what is missing") {
    std::string deck = e2e::temp_path("short-deck2.toml");
    std::ofstream(deck) << "[[slide]]\ntitle = \"a\"\nhold = 0.2\n";
    std::string out = e2e::temp_path("talk.mp4");
    // With ffmpeg out of reach the message names it.
    auto missing = e2e::run("--version >/dev/null 2>&1; PATH=/nonexistent " PLACELINE_EXE " render --deck " + deck +
                            " --video " + out + ".2.mp4 --size 160x90 " SAMPLE_CORPUS);
    CHECK(missing.status == 1);
    CHECK(missing.err.find("ffmpeg") != std::string::npos);
    CHECK_FALSE(fs::exists(out + ".2.mp4"));
}
