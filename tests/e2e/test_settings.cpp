#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/settings.hpp"
#include "support.hpp"

using namespace placeline;
namespace fs = std::filesystem;

TEST_CASE("settings survive a save and a load") {
    std::string path = e2e::temp_path("cfg/settings.json");
    fs::remove_all(fs::path(path).parent_path());
    app::Settings s;
    s.window_w = 1024;
    s.projection = "EPSG:3857";
    s.label_mode = "language";  // the View > Labels choice
    s.label_language = "hy";
    s.last_folder = "/data/news";  // where the file browser was last
    app::remember(s.recent_corpora, "/data/a");
    app::remember(s.recent_corpora, "/data/b");
    app::remember(s.recent_corpora, "/data/a");
    CHECK(s.recent_corpora == std::vector<std::string>{"/data/a", "/data/b"});
    REQUIRE(app::save_settings(path, s).empty());
    Diagnostics diags;
    CHECK(app::load_settings(path, diags) == s);
    CHECK(diags.size() == 0);
    // No temporary file is left behind.
    size_t files = 0;
    for (auto& e : fs::directory_iterator(fs::path(path).parent_path())) files += e.is_regular_file();
    CHECK(files == 1);
}

TEST_CASE("a corrupt settings file is reported, kept aside and replaced by defaults") {
    std::string path = e2e::temp_path("cfg2/settings.json");
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path) << "{ \"window_w\": 800, oops";
    Diagnostics diags;
    app::Settings s = app::load_settings(path, diags);
    CHECK(s == app::Settings{});
    REQUIRE(diags.size() == 1);
    CHECK(diags.snapshot()[0].file == path);
    CHECK(diags.snapshot()[0].message.find("corrupt") != std::string::npos);
    CHECK(fs::exists(path + ".corrupt"));
}

TEST_CASE("a setting of the wrong type keeps its default and is named") {
    std::string path = e2e::temp_path("cfg3/settings.json");
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path) << R"({"window_w": "wide", "projection": "EPSG:3857"})";
    Diagnostics diags;
    app::Settings s = app::load_settings(path, diags);
    CHECK(s.window_w == app::Settings{}.window_w);
    CHECK(s.projection == "EPSG:3857");
    REQUIRE(diags.size() == 1);
    CHECK(diags.snapshot()[0].message.find("window_w") != std::string::npos);
}
