// File > Open and File > Export through the real window (Xvfb, xdotool): a folder and files chosen
// in the app's own file browser with the keyboard, a PNG of the view at a typed size, a
// GeoPackage chosen in the browser's save mode over an existing file (confirmed), read back with
// GDAL. The app reports the browser's and the export window's state in its state dump.
#include <doctest/doctest.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <stb_image.h>
#include <sys/stat.h>

#include "window/window_session.hpp"

namespace {

// A folder to browse: `news/` with the sample articles (copied at run time) and a FIFO named
// like an article, which the browser must neither list as one nor open.
std::string make_tree(const std::string& root) {
    fs::remove_all(root);
    fs::create_directories(root + "/news");
    for (const auto& e : fs::directory_iterator(SAMPLE_CORPUS))
        if (e.is_regular_file()) fs::copy_file(e.path(), root + "/news/" + e.path().filename().string());
    REQUIRE(::mkfifo((root + "/news/stuck.txt").c_str(), 0644) == 0);
    return root;
}

json settings_with_folder(const std::string& folder) { return json{{"last_folder", folder}}; }

struct Driver {
    Session& s;
    json state;
    int key(const std::string& keys) { return xdotool(s.display, "search --name Placeline key --window %1 " + keys); }
    // Waits until the dump satisfies `ok`, then reads it again a few frames later: buttons that
    // appear with a change are placed (and dumped) on the frame after it.
    bool wait(const std::function<bool(const json&)>& ok, double seconds = 20) {
        auto satisfied = [&] {
            state = read_json(s.dump);
            return state.is_object() && state.contains("files") && ok(state);
        };
        if (!wait_for(satisfied, seconds)) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        return wait_for(satisfied, seconds);
    }
    // Moves there first and lets the app see the pointer, then clicks (see test_real_window.cpp).
    void click_box(const json& box) {
        REQUIRE(box.is_array());
        const int x = int((box[0].get<double>() + box[2].get<double>()) / 2);
        const int y = int((box[1].get<double>() + box[3].get<double>()) / 2);
        move_pointer(s, x, y);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        xdotool(s.display, "click 1");
        std::this_thread::sleep_for(std::chrono::milliseconds(300));  // a field takes focus on the next frame
    }
    void type(const std::string& text) { xdotool(s.display, "type --delay 40 '" + text + "'"); }
};

}  // namespace

TEST_CASE("File > Open and Add articles choose a folder and files in the app's own browser, by keyboard") {
    const std::string root = make_tree((fs::temp_directory_path() / ("placeline-browse-" + std::to_string(getpid()))).string());
    Session s;
    start(s, {}, 20, "1600x1000x24", settings_with_folder(root).dump());
    Driver d{s, {}};
    REQUIRE_MESSAGE(d.wait([](const json& j) { return j.contains("files"); }, 30), "the app did not start");
    REQUIRE(xdotool(s.display, "search --sync --name Placeline") == 0);

    // Add articles (Ctrl+Shift+O) opens on the remembered folder; into news/ with Down, Enter.
    d.key("ctrl+shift+o");
    REQUIRE_MESSAGE(d.wait([](const json& j) { return j["files"]["browser"]["open"] == true; }), "Ctrl+Shift+O opened nothing");
    const json& browser = d.state["files"]["browser"];
    CHECK(browser["mode"] == "add");
    CHECK(browser["path"] == root);
    REQUIRE(browser["entries"].size() == 1);
    CHECK(browser["entries"][0]["name"] == "news");
    CHECK(browser["entries"][0]["kind"] == "folder");
    d.key("Down");
    d.key("Return");
    REQUIRE_MESSAGE(d.wait([&](const json& j) { return j["files"]["browser"]["path"] == root + "/news"; }), d.state.dump());
    std::vector<std::string> names;
    for (const auto& e : d.state["files"]["browser"]["entries"]) {
        names.push_back(e["name"]);
        CHECK(e["kind"] == "article");
    }
    CHECK(names.size() == 5);  // the FIFO named stuck.txt is not an article and is never opened
    CHECK(std::find(names.begin(), names.end(), "stuck.txt") == names.end());

    // Two articles with Shift+Down, then Enter adds them.
    d.key("Down");
    d.key("shift+Down");
    CHECK(d.wait([](const json& j) {
        int n = 0;
        for (const auto& e : j["files"]["browser"]["entries"]) n += e["selected"] == true;
        return n == 2;
    }));
    d.key("Return");
    CHECK_MESSAGE(d.wait([](const json& j) { return j["loaded"] == true && j["files"]["articles"] == 2; }, 30), d.state.dump());
    CHECK(d.state["files"]["browser"]["open"] == false);
    CHECK(d.state["files"]["corpus"].size() == 2);

    // Open (Ctrl+O) replaces the corpus: Enter in news/ with no row chosen opens the folder shown.
    d.key("ctrl+o");
    REQUIRE(d.wait([&](const json& j) {
        return j["files"]["browser"]["open"] == true && j["files"]["browser"]["path"] == root + "/news";
    }));
    CHECK(d.state["files"]["browser"]["mode"] == "open");
    d.key("Return");
    CHECK_MESSAGE(d.wait([](const json& j) { return j["loaded"] == true && j["files"]["articles"] == 5; }, 30), d.state.dump());
    CHECK(d.state["files"]["corpus"] == json::array({root + "/news"}));
    CHECK(!d.state["markers"].empty());

    // A FIFO typed into the path bar is said to be no folder, at once, and the listing stays.
    d.key("ctrl+o");
    REQUIRE(d.wait([](const json& j) { return j["files"]["browser"]["open"] == true; }));
    d.click_box(d.state["files"]["browser"]["path_bar"]);
    d.type(root + "/news/stuck.txt");
    // Down and up apart: ImGui 1.86 misses a press and release within one frame.
    xdotool(s.display, "keydown Return");
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    xdotool(s.display, "keyup Return");
    CHECK_MESSAGE(d.wait([&](const json& j) {
                      return j["files"]["browser"]["message"] == root + "/news/stuck.txt: not a folder";
                  }),
                  d.state["files"]["browser"].dump());
    CHECK(d.state["files"]["browser"]["path"] == root + "/news");
    d.key("Escape");
    CHECK(d.wait([](const json& j) { return j["files"]["browser"]["open"] == false; }));

    // The folder is remembered for next time.
    kill(s.app, SIGTERM);
    waitpid(s.app, nullptr, 0);
    s.app = -1;
    json settings = read_json(s.dir + "/config/placeline/settings.json");
    CHECK(settings["last_folder"] == root + "/news");
    fs::remove_all(root);
}

TEST_CASE("File > Export writes a PNG of the view at a typed size and a GeoPackage GDAL reads back") {
    const std::string out = (fs::temp_directory_path() / ("placeline-export-" + std::to_string(getpid()))).string();
    fs::remove_all(out);
    fs::create_directories(out);
    Session s;
    start(s, {SAMPLE_CORPUS}, 21, "1600x1000x24", settings_with_folder(out).dump());
    Driver d{s, {}};
    REQUIRE_MESSAGE(d.wait([](const json& j) { return j["loaded"] == true && !j["markers"].empty(); }, 30),
                    "the app did not show the corpus");
    REQUIRE(xdotool(s.display, "search --sync --name Placeline") == 0);
    // Stepanakert's marker, or the first GeoNames town's when the opening view merges it into a
    // neighbour's cluster: the PNG is checked for a marker where the window draws this one.
    json marker;
    for (const auto& m : d.state["markers"])
        if (m["id"] == "gn:146970") marker = m;
    for (const auto& m : d.state["markers"])
        if (!marker.is_object() && m["id"].get<std::string>().rfind("gn:", 0) == 0) marker = m;
    REQUIRE_MESSAGE(marker.is_object(), "no town's marker on screen");
    const json map_rect = d.state["map_rect"];

    d.key("ctrl+e");
    REQUIRE(d.wait([](const json& j) { return j["files"]["export"]["open"] == true; }));
    // The default size is the map's in the window.
    CHECK(d.state["files"]["export"]["width"] == int(map_rect[2].get<double>()));
    CHECK(d.state["files"]["export"]["height"] == int(map_rect[3].get<double>()));
    d.click_box(d.state["files"]["export"]["width_box"]);
    d.type("640");
    d.click_box(d.state["files"]["export"]["height_box"]);
    d.type("400");
    REQUIRE_MESSAGE(d.wait([](const json& j) {
                        return j["files"]["export"]["width"] == 640 && j["files"]["export"]["height"] == 400;
                    }),
                    d.state["files"]["export"].dump());

    // The path from the browser's save mode: it opens on the remembered folder with "map.png".
    d.click_box(d.state["files"]["export"]["choose"]);
    REQUIRE(d.wait([](const json& j) { return j["files"]["browser"]["open"] == true; }));
    CHECK(d.state["files"]["browser"]["mode"] == "save");
    CHECK(d.state["files"]["browser"]["path"] == out);
    CHECK(d.state["files"]["browser"]["file_name"] == "map.png");
    d.click_box(d.state["files"]["browser"]["accept"]);
    REQUIRE(d.wait([&](const json& j) { return j["files"]["export"]["path"] == out + "/map.png"; }));
    d.click_box(d.state["files"]["export"]["export"]);
    REQUIRE_MESSAGE(d.wait([](const json& j) {
                        return j["files"]["export"]["running"] == false && !j["files"]["export"]["result"].get<std::string>().empty();
                    }, 30),
                    d.state["files"]["export"].dump());
    CHECK(d.state["files"]["export"]["failed"] == false);

    int w = 0, h = 0, n = 0;
    unsigned char* px = stbi_load((out + "/map.png").c_str(), &w, &h, &n, 4);
    REQUIRE(px);
    CHECK(w == 640);
    CHECK(h == 400);
    // Water and land both show, and the town's marker is where the window's view puts it at
    // the new size (the view's extent fitted into 640 x 400).
    size_t water = 0;
    for (int i = 0; i < w * h; ++i) water += px[i * 4] == 170 && px[i * 4 + 1] == 205 && px[i * 4 + 2] == 228;
    CHECK(water > size_t(w * h) / 20);
    CHECK(water < size_t(w * h) * 19 / 20);
    const double mw = map_rect[2].get<double>(), mh = map_rect[3].get<double>();
    const double k = std::min(640 / mw, 400 / mh);
    const double ex = (marker["x"].get<double>() - map_rect[0].get<double>() - mw / 2) * k + 320;
    const double ey = (marker["y"].get<double>() - map_rect[1].get<double>() - mh / 2) * k + 200;
    bool marker_found = false;
    for (int y = int(ey) - 4; y <= int(ey) + 4; ++y)
        for (int x = int(ex) - 4; x <= int(ex) + 4; ++x) {
            if (x < 0 || y < 0 || x >= w || y >= h) continue;
            const unsigned char* p = px + (size_t(y) * w + x) * 4;
            marker_found |= std::abs(p[0] - 210) < 20 && std::abs(p[1] - 69) < 20 && std::abs(p[2] - 47) < 20;
        }
    CHECK_MESSAGE(marker_found, "no marker colour near " << ex << "," << ey);
    stbi_image_free(px);

    // Exporting again to the same file asks first.
    d.click_box(d.state["files"]["export"]["export"]);
    REQUIRE(d.wait([&](const json& j) { return j["files"]["export"]["confirm_replace"] == out + "/map.png"; }));

    // GeoPackage over an existing file: the browser asks, Replace confirms.
    d.click_box(d.state["files"]["export"]["cancel"]);
    REQUIRE(d.wait([](const json& j) { return j["files"]["export"]["confirm_replace"] == ""; }));
    { std::ofstream(out + "/map.gpkg") << "an older file"; }
    d.click_box(d.state["files"]["export"]["gpkg"]);
    REQUIRE(d.wait([](const json& j) { return j["files"]["export"]["format"] == "gpkg"; }));
    d.click_box(d.state["files"]["export"]["choose"]);
    REQUIRE(d.wait([](const json& j) {
        return j["files"]["browser"]["open"] == true && j["files"]["browser"]["file_name"] == "map.gpkg";  // the path follows the format
    }));
    // Save mode lists the files of the format being saved: map.gpkg, not map.png.
    REQUIRE(d.state["files"]["browser"]["entries"].size() == 1);
    CHECK(d.state["files"]["browser"]["entries"][0]["name"] == "map.gpkg");
    d.click_box(d.state["files"]["browser"]["accept"]);
    REQUIRE(d.wait([&](const json& j) { return j["files"]["browser"]["confirm_replace"] == out + "/map.gpkg"; }));
    d.click_box(d.state["files"]["browser"]["replace"]);
    REQUIRE(d.wait([&](const json& j) {
        return j["files"]["browser"]["open"] == false && j["files"]["export"]["path"] == out + "/map.gpkg";
    }));
    d.click_box(d.state["files"]["export"]["export"]);
    REQUIRE_MESSAGE(d.wait([&](const json& j) {
                        return j["files"]["export"]["running"] == false &&
                               j["files"]["export"]["result"] == "Wrote " + out + "/map.gpkg";
                    }, 60),
                    d.state["files"]["export"].dump());

    GDALAllRegister();
    GDALDataset* ds = static_cast<GDALDataset*>(GDALOpenEx((out + "/map.gpkg").c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                            nullptr, nullptr, nullptr));
    REQUIRE(ds);
    OGRLayer* places = ds->GetLayerByName("places");
    OGRLayer* mentions = ds->GetLayerByName("mentions");
    REQUIRE(places);
    REQUIRE(mentions);
    CHECK(mentions->GetFeatureCount() > places->GetFeatureCount());
    bool stepanakert = false;
    for (auto& f : *places) stepanakert |= std::string(f->GetFieldAsString("place_id")) == "gn:146970";
    CHECK(stepanakert);
    GDALClose(ds);
    fs::remove_all(out);
}
