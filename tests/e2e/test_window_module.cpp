// SDL2, Dear ImGui and the libraries they bring live in the window module, libplaceline_window.so
// (docs/ARCHITECTURE.md, "The window and the command line"), which the program loads only to open
// the window or to draw headless (render): geoparse never maps them. The dynamic loader itself says
// what it mapped (LD_DEBUG=libs, on stderr).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "module_checks.hpp"

namespace fs = std::filesystem;

using e2e::mapped;

namespace {

// The executable, geo's GDAL module and the transliterators' module, without the window module.
fs::path program_without_window_module(const std::string& name) {
    return e2e::program_copy(name, {"placeline", "libplaceline_geo_gdal.so", "libplaceline_translit.so"});
}

}  // namespace

TEST_CASE("geoparse maps neither SDL2, ImGui nor the window module, while render loads them to draw") {
    const std::string article = e2e::floods_article("window-module-article.txt");
    auto warm = e2e::run("geoparse --format jsonl " + article);  // compiles the gazetteer if needed
    REQUIRE(warm.status == 0);
    auto g = e2e::run("geoparse --format jsonl " + article, "LD_DEBUG=libs");
    CHECK(g.status == 0);
    CHECK(g.out == warm.out);
    REQUIRE(mapped(g.err, "libstdc++"));  // the log is there: the checks below are not vacuous
    CHECK_FALSE(mapped(g.err, "libplaceline_window"));
    CHECK_FALSE(mapped(g.err, "libSDL2-2.0"));
    CHECK_FALSE(mapped(g.err, "libimgui"));
    CHECK_FALSE(mapped(g.err, "libfontconfig"));

    const std::string out = e2e::temp_path("window-module-map.png");
    auto r = e2e::run("render --out " + out + " --size 320x200 " + article, "LD_DEBUG=libs");
    CHECK(r.status == 0);
    CHECK(mapped(r.err, "libplaceline_window"));
    CHECK(mapped(r.err, "libSDL2-2.0"));
    CHECK(fs::file_size(out) > 1000);
}

TEST_CASE("without the window module the program geoparses, and the window and render name the missing file") {
    const std::string article = e2e::floods_article("window-module-article.txt");
    auto before = e2e::run("geoparse --format jsonl " + article);
    REQUIRE(before.status == 0);
    const fs::path alone = program_without_window_module("no-window-module");
    const std::string exe = (alone / "placeline").string();
    const std::string module = (alone / "libplaceline_window.so").string();

    auto geoparse = e2e::run_program(exe, "geoparse --format jsonl " + article);
    CHECK(geoparse.status == 0);
    CHECK(geoparse.out == before.out);

    // The window, asked of SDL's offscreen driver so that no display is needed to reach the load.
    auto window = e2e::run_program(exe, article, "SDL_VIDEODRIVER=offscreen");
    CHECK(window.status == 1);
    CHECK(window.err.find("cannot load " + module) != std::string::npos);
    CHECK(window.err.find("No such file") != std::string::npos);  // dlerror() says why

    const std::string out = e2e::temp_path("no-window-module-map.png");
    auto render = e2e::run_program(exe, "render --out " + out + " --size 320x200 " + article);
    CHECK(render.status == 1);
    CHECK(render.err.find("cannot load " + module) != std::string::npos);
    CHECK_FALSE(fs::exists(out));
    std::error_code ec;
    fs::remove_all(alone.parent_path(), ec);
}

TEST_CASE("a window module that is not a library is named with the loader's reason, never a crash") {
    const fs::path alone = program_without_window_module("bad-window-module");
    const std::string module = (alone / "libplaceline_window.so").string();
    std::ofstream(module) << "not a shared object\n";
    auto window = e2e::run_program((alone / "placeline").string(), e2e::floods_article("window-module-article.txt"), "SDL_VIDEODRIVER=offscreen");
    CHECK(window.status == 1);
    CHECK(window.err.find("cannot load " + module + ": ") != std::string::npos);
    std::error_code ec;
    fs::remove_all(alone.parent_path(), ec);
}
