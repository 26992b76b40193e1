// The app in a real X window (Xvfb), driven by real mouse events (xdotool): open on the sample
// corpus, click Stepanakert's marker, see its passages listed, drag the time slider, zoom with
// the wheel. The app reports what it shows through PLACELINE_STATE_DUMP.
#include "window_session.hpp"

#include <doctest/doctest.h>

TEST_CASE("the real window answers real mouse input") {
    Session s;
    start(s, {SAMPLE_CORPUS}, 0);
    json state = wait_for_markers(s);

    // Click Stepanakert's marker where the app drew it, or, when the default view draws it under
    // a neighbour's (markers that overlap are culled, and the view follows what the geoparser
    // finds), the first town's marker on screen: the point is that a real click selects.
    json marker;
    for (const auto& m : state["markers"])
        if (m["id"] == "gn:146970") marker = m;
    for (const auto& m : state["markers"])
        if (!marker.is_object() && m["id"].get<std::string>().rfind("gn:", 0) == 0) marker = m;
    REQUIRE_MESSAGE(marker.is_object(), "no town's marker on screen");
    const std::string clicked = marker["id"].get<std::string>();
    auto move = [&](double x, double y) {
        return move_pointer(s, x, y);
    };
    // Move first and let the app see the pointer, then press: a click on a pointer that has
    // just entered the window would reach SDL before the position does.
    auto move_click = [&](double x, double y) {
        if (move(x, y) != 0) return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        return xdotool(s.display, "click 1");
    };
    REQUIRE(move_click(marker["x"].get<double>(), marker["y"].get<double>()) == 0);
    CHECK_MESSAGE(wait_for([&] {
                      state = read_json(s.dump);
                      return state["selected"].is_object() && state["selected"]["id"] == clicked;
                  }, 10),
                  state.dump());
    CHECK(state["passages_listed"].size() > 0);

    // Drag across the timeline: the time window changes.
    json before = state["window"];
    auto tl = state["timeline_rect"];
    double y = tl[1].get<double>() + tl[3].get<double>() * 0.6;
    double x0 = tl[0].get<double>() + tl[2].get<double>() * 0.3, x1 = tl[0].get<double>() + tl[2].get<double>() * 0.7;
    move(x0, y);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    xdotool(s.display, "mousedown 1");
    for (int i = 1; i <= 8; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        move(x0 + (x1 - x0) * i / 8, y);
    }
    xdotool(s.display, "mouseup 1");
    CHECK_MESSAGE(wait_for([&] {
                      state = read_json(s.dump);
                      return state["window"] != before;
                  }, 10),
                  "the time window did not move");

    // Wheel over the map: the view zooms in.
    double scale = state["view"]["scale"].get<double>();
    auto mr = state["map_rect"];
    move(mr[0].get<double>() + mr[2].get<double>() / 2, mr[1].get<double>() + mr[3].get<double>() / 2);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    xdotool(s.display, "click 4 click 4");
    CHECK_MESSAGE(wait_for([&] {
                      state = read_json(s.dump);
                      return state["view"]["scale"].get<double>() > scale * 1.2;
                  }, 10),
                  "the wheel did not zoom");

    // Closing the window saves the settings (atomically) in the XDG config folder.
    kill(s.app, SIGTERM);
    int status = 0;
    waitpid(s.app, &status, 0);
    s.app = -1;
    CHECK(WIFEXITED(status));
    json settings = read_json(s.dir + "/config/placeline/settings.json");
    REQUIRE(settings.is_object());
    CHECK(!settings["recent_corpora"].empty());
}

// The map's place labels on screen that overlap a box the slide's overlay covers.
static std::vector<std::string> labels_under_overlay(const json& state) {
    std::vector<std::string> out;
    // .value() and .at(), never operator[] on a const json: a key missing from a dump is then a
    // failed check (or an empty list), not nlohmann's assertion aborting the test with the app and
    // its X server left running.
    for (const auto& l : state.value("labels", json::array())) {
        const auto& b = l.at("box");
        for (const auto& c : state.at("presentation").value("covered", json::array()))
            if (b[0].get<double>() < c[2].get<double>() && c[0].get<double>() < b[2].get<double>() &&
                b[1].get<double>() < c[3].get<double>() && c[1].get<double>() < b[3].get<double>())
                out.push_back(l.at("text").get<std::string>());
    }
    return out;
}

TEST_CASE("presentation mode at 1080p draws like the deck render and keeps labels off the caption") {
    Session s;
    start(s, {"present", ASSETS "/september-2023.toml", SAMPLE_CORPUS}, 8, "1920x1080x24");
    json state;
    auto wait_state = [&](const std::function<bool(const json&)>& ok, double seconds = 30) {
        return wait_for([&] {
            state = read_json(s.dump);
            return state.is_object() && ok(state);
        }, seconds);
    };
    // Fullscreen on a 1920x1080 screen: the scale `placeline render --deck --size 1920x1080` uses.
    REQUIRE_MESSAGE(wait_state([](const json& j) {
                        if (!j.contains("presentation")) return false;
                        const json& p = j["presentation"];
                        return j.value("loaded", false) && p.value("active", false) &&
                               !j.value("labels", json::array()).empty() && !p.value("covered", json::array()).empty() &&
                               p.value("pixel_scale", 0.0) > 1.7;
                    }),
                    "the presentation did not fill the 1080p screen");
    CHECK(state["presentation"]["pixel_scale"].get<double>() == doctest::Approx(1.8).epsilon(0.01));
    auto check_slide = [&](int index) {
        CAPTURE(index);
        // Landed: the view holds still between two dumps.
        json view;
        CHECK(wait_state([&](const json& j) {
            bool still = j.contains("presentation") && j["presentation"].value("index", -1) == index &&
                         j.value("view", json()) == view;
            view = j.value("view", json());
            if (!still) std::this_thread::sleep_for(std::chrono::milliseconds(300));
            return still;
        }));
        CHECK(labels_under_overlay(state).empty());
        // Map labels read from the back of a room: at least 20 px.
        for (const auto& l : state.value("labels", json::array())) CHECK(l.at("size").get<double>() >= 20);
    };
    check_slide(0);
    REQUIRE(xdotool(s.display, "search --sync --name Placeline") == 0);
    xdotool(s.display, "search --name Placeline key --window %1 End");
    check_slide(state["presentation"]["slides"].get<int>() - 1);
}

TEST_CASE("presentation mode answers its keys") {
    Session s;
    start(s, {"present", ASSETS "/september-2023.toml", SAMPLE_CORPUS}, 1);
    json state;
    REQUIRE_MESSAGE(wait_for([&] {
                        state = read_json(s.dump);
                        return state.is_object() && state["loaded"] == true && state["presentation"]["active"] == true;
                    }, 30),
                    "the presentation did not start");
    REQUIRE(xdotool(s.display, "search --sync --name Placeline") == 0);
    CHECK(state["presentation"]["index"] == 0);
    auto key = [&](const std::string& keys) { return xdotool(s.display, "search --name Placeline key --window %1 " + keys); };
    auto wait_state = [&](const std::function<bool(const json&)>& ok) {
        return wait_for([&] {
            state = read_json(s.dump);
            return state.is_object() && ok(state);
        }, 10);
    };
    json first_view = state["view"];
    key("Right");
    CHECK(wait_state([](const json& j) { return j["presentation"]["index"] == 1; }));
    // The camera flies there and lands on another view.
    CHECK(wait_state([&](const json& j) { return j["view"] != first_view; }));
    key("5 Return");
    CHECK(wait_state([](const json& j) { return j["presentation"]["index"] == 4; }));
    key("End");
    CHECK(wait_state([](const json& j) { return j["presentation"]["index"] == j["presentation"]["slides"].get<int>() - 1; }));
    key("Home");
    CHECK(wait_state([](const json& j) { return j["presentation"]["index"] == 0; }));
    key("b");
    CHECK(wait_state([](const json& j) { return j["presentation"]["blank"] == true; }));
    key("b");
    // Esc leaves; started by `present`, the program ends.
    key("Escape");
    int status = 0;
    bool ended = wait_for([&] { return waitpid(s.app, &status, WNOHANG) == s.app; }, 10);
    CHECK(ended);
    if (ended) s.app = -1;
}

TEST_CASE("the time panel zooms under the wheel and plays with Space, the map following") {
    Session s;
    start(s, {SAMPLE_CORPUS}, 2);
    json state;
    auto wait_state = [&](const std::function<bool(const json&)>& ok) {
        return wait_for([&] {
            state = read_json(s.dump);
            return state.is_object() && ok(state);
        }, 10);
    };
    REQUIRE_MESSAGE(wait_state([](const json& j) { return j["loaded"] == true && !j["markers"].empty(); }),
                    "the app did not show the corpus");
    REQUIRE(xdotool(s.display, "search --sync --name Placeline") == 0);
    const json all_range = state["timeline"]["range"];
    const size_t all_markers = state["markers"].size();
    auto days = [](const json& span) {
        auto d = [](const std::string& iso) {
            return std::stoi(iso.substr(0, 4)) * 372 + std::stoi(iso.substr(5, 2)) * 31 + std::stoi(iso.substr(8, 2));
        };
        return d(span[1].get<std::string>()) - d(span[0].get<std::string>());
    };

    // The range shown starts on where the passages are (1988-2023), not on the "200 years" passage
    // or the article dated by its file; the window holds all of the corpus's time.
    CHECK(std::stoi(all_range[0].get<std::string>().substr(0, 4)) >= 1985);
    CHECK(std::stoi(all_range[1].get<std::string>().substr(0, 4)) <= 2025);
    CHECK(days(all_range) < days(state["window"]));

    // Wheel up over the histogram: the range shown narrows (zoom), the time window stays.
    auto tl = state["timeline_rect"];
    int x = int(tl[0].get<double>() + tl[2].get<double>() * 0.9), y = int(tl[1].get<double>() + tl[3].get<double>() * 0.6);
    move_pointer(s, x, y);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const json window_before = state["window"];
    xdotool(s.display, "click 4 click 4 click 4 click 4");
    CHECK_MESSAGE(wait_state([&](const json& j) { return days(j["timeline"]["range"]) < days(all_range) / 2; }),
                  state["timeline"].dump());
    CHECK(state["window"] == window_before);

    // Space plays: the window (a twelfth of all time, from the start) moves on by itself and the
    // map shows fewer places than with all of time.
    auto key = [&](const std::string& keys) { return xdotool(s.display, "search --name Placeline key --window %1 " + keys); };
    key("bracketright bracketright bracketright");  // 30 -> 91 -> 365 -> 3652 days per second
    CHECK(wait_state([](const json& j) { return j["timeline"]["days_per_second"] == 3652.0; }));
    key("space");
    CHECK(wait_state([](const json& j) { return j["timeline"]["playing"] == true; }));
    json first = state["window"];
    CHECK(wait_state([&](const json& j) { return j["window"][0] > first[0]; }));
    CHECK(days(state["window"]) == doctest::Approx(days(first)).epsilon(0.02));  // moving: same length
    CHECK(state["markers"].size() < all_markers);
    // It stops by itself at the end of the corpus's time.
    CHECK(wait_for([&] {
        state = read_json(s.dump);
        return state.is_object() && state["timeline"]["playing"] == false;
    }, 60));
    // M: cumulative, the window starts at the beginning.
    key("m");
    CHECK(wait_state([](const json& j) { return j["timeline"]["mode"] == "cumulative"; }));
    key("p");
    CHECK(wait_state([](const json& j) { return j["timeline"]["axis"] == "publication"; }));
}

TEST_CASE("a historical layer fades out as the time window leaves its dates, instead of popping") {
    // Two slides, 1990 then 2000: the flight between them moves the time window past the NKAO's
    // abolition (1991-11-26), and the boundary's opacity ramps down over a few frames.
    std::string deck = (fs::temp_directory_path() / ("placeline-fade-" + std::to_string(getpid()) + ".toml")).string();
    std::ofstream(deck) << "[[slide]]\ntitle = \"1990\"\nview = { bbox = [45.6, 39.1, 47.6, 40.6] }\n"
                           "from = 1990-06-01\nto = 1990-06-01\ntransition = 0.5\n"
                           "[[slide]]\ntitle = \"2000\"\nview = { bbox = [45.6, 39.1, 47.6, 40.6] }\n"
                           "from = 2000-01-01\nto = 2000-01-01\ntransition = 0.5\n";
    Session s;
    start(s, {"present", deck, SAMPLE_CORPUS}, 3);
    json state;
    auto nkao = [](const json& j) {
        for (const auto& l : j["layers"])
            if (l["name"] == "nkao_boundary") return l["shown"].get<double>();
        return -1.0;
    };
    REQUIRE_MESSAGE(wait_for([&] {
                        state = read_json(s.dump);
                        return state.is_object() && state["loaded"] == true && state["presentation"]["active"] == true &&
                               nkao(state) > 0;
                    }, 30),
                    "the presentation did not start on the 1990 slide");
    const double all_in = nkao(state);
    REQUIRE(xdotool(s.display, "search --sync --name Placeline") == 0);
    xdotool(s.display, "search --name Placeline key --window %1 Right");
    // Watch the dump as fast as it changes: some frame must show the boundary partly faded.
    bool partly = false;
    auto end = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < end) {
        json j = read_json(s.dump);
        if (!j.is_object()) continue;
        double shown = nkao(j);
        partly |= shown > 0 && shown < all_in;
        if (shown == 0) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    CHECK(partly);
    CHECK(nkao(read_json(s.dump)) == 0);
    fs::remove(deck);
}

#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>

TEST_CASE("a world corpus opens on the world: land on every continent, every place in view, no Caucasus legend") {
    // A data cache holding the gazetteer only, no world boundaries.
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    fs::path cities = fs::path(xdg ? xdg : std::string(home ? home : "") + "/.cache") / "placeline" / "cities500.txt";
    REQUIRE_MESSAGE(fs::exists(cities), "scripts/fetch-data.sh puts the GeoNames gazetteer there");
    Session s;
    fs::path cache = fs::temp_directory_path() / ("placeline-window-cache-" + std::to_string(getpid()));
    fs::remove_all(cache);
    fs::create_directories(cache / "placeline");
    fs::create_symlink(cities, cache / "placeline" / "cities500.txt");
    ::setenv("XDG_CACHE_HOME", cache.c_str(), 1);
    const std::string shot = (fs::temp_directory_path() / ("placeline-world-" + std::to_string(getpid()) + ".png")).string();
    fs::remove(shot);
    ::setenv("PLACELINE_SCREENSHOT", shot.c_str(), 1);
    start(s, {std::string(TEST_DATA) + "/world-map"}, 5);
    ::unsetenv("PLACELINE_SCREENSHOT");
    if (xdg) ::setenv("XDG_CACHE_HOME", xdg, 1);
    else ::unsetenv("XDG_CACHE_HOME");
    json state;
    REQUIRE_MESSAGE(wait_for([&] {
                        state = read_json(s.dump);
                        return state.is_object() && state["loaded"] == true && fs::exists(shot);
                    }, 60),
                    "the app did not show the corpus");
    CHECK(state["places_total"].get<int>() >= 60);
    CHECK(state["places_in_view"] == state["places_total"]);
    CHECK(state["legend_entries"] == 0);
    // The place list writes places as the articles do (Raqqa, not the gazetteer's Ar Raqqah).
    std::vector<std::string> list = state["place_list"].get<std::vector<std::string>>();
    CHECK(std::find(list.begin(), list.end(), "Raqqa") != list.end());
    CHECK(std::find(list.begin(), list.end(), "Ar Raqqah") == list.end());
    int w = 0, h = 0, n = 0;
    std::unique_ptr<unsigned char, void (*)(void*)> px(stbi_load(shot.c_str(), &w, &h, &n, 4), stbi_image_free);
    REQUIRE(px);
    // The map's land colour (render::default_layer_style("countries")) in each continent's band
    // of the map: count the land pixels in a grid over the map.
    auto mr = state["map_rect"];
    const int x0 = int(mr[0].get<double>()), y0 = int(mr[1].get<double>());
    const int mw = int(mr[2].get<double>()), mh = int(mr[3].get<double>());
    // Per third of the map (the Americas; Europe and Africa; Asia and Oceania): land shows in each,
    // where a regional extract would leave two thirds ocean.
    int land[3] = {0, 0, 0}, samples[3] = {0, 0, 0};
    for (int y = y0 + 2; y < y0 + mh - 2 && y < h; y += 5)
        for (int x = x0 + 2; x < x0 + mw - 2 && x < w; x += 5) {
            const unsigned char* p = px.get() + (size_t(y) * size_t(w) + size_t(x)) * 4;
            const int third = std::min(2, (x - x0) * 3 / mw);
            ++samples[third];
            land[third] += std::abs(p[0] - 238) <= 6 && std::abs(p[1] - 234) <= 6 && std::abs(p[2] - 222) <= 6;
        }
    for (int t = 0; t < 3; ++t) {
        CAPTURE(t);
        CHECK(samples[t] > 1000);
        CHECK(land[t] > samples[t] / 200);
    }
    fs::remove(shot);
    fs::remove_all(cache);
}

TEST_CASE("hovering inside a country's shape shows it and clicking there selects it, away from its marker") {
    // tests/data/areas names Turkmenistan, Gilan and Ashgabat: the first two drawn as their shapes,
    // all three in the first view.
    Session s;
    start(s, {std::string(TEST_DATA) + "/areas"}, 11);
    json state = wait_for_markers(s);
    json marker;
    for (const auto& m : state["markers"])
        if (m["id"] == "gn:162183") marker = m;
    REQUIRE_MESSAGE(marker.is_object(), state["markers"].dump());
    // 35 pixels north of Ashgabat's marker (a few pixels wide; the border is further south): inside
    // Turkmenistan, on no marker.
    const double x = marker["x"].get<double>(), y = marker["y"].get<double>() - 35;
    REQUIRE(marker["radius"].get<double>() < 15);
    state = hover_and_click(s, x, y, "ne:TM");
    CHECK(state["passages_listed"].size() >= 2);
}

TEST_CASE("F1 opens and closes the keyboard shortcuts, and the window knows its version") {
    Session s;
    start(s, {SAMPLE_CORPUS}, 6);
    json state;
    REQUIRE_MESSAGE(wait_for([&] {
                        state = read_json(s.dump);
                        return state.is_object() && state["loaded"] == true;
                    }, 30),
                    "the app did not show the corpus");
    REQUIRE(xdotool(s.display, "search --sync --name Placeline") == 0);
    const std::string version = state["version"].get<std::string>();
    CHECK(version.find('.') != std::string::npos);  // CMake's project version, "major.minor.patch"
    CHECK(state["shortcuts_open"] == false);
    auto key = [&](const std::string& keys) { return xdotool(s.display, "search --name Placeline key --window %1 " + keys); };
    key("F1");
    CHECK_MESSAGE(wait_for([&] {
                      state = read_json(s.dump);
                      return state["shortcuts_open"] == true;
                  }, 10),
                  "F1 did not open the shortcuts");
    key("F1");
    CHECK_MESSAGE(wait_for([&] {
                      state = read_json(s.dump);
                      return state["shortcuts_open"] == false;
                  }, 10),
                  "F1 did not close the shortcuts");
}

TEST_CASE("a time handle zoomed off the bar is grabbed at the bar's end") {
    Session s;
    start(s, {SAMPLE_CORPUS}, 7);
    json state;
    REQUIRE_MESSAGE(wait_for([&] {
                        state = read_json(s.dump);
                        return state.is_object() && state["loaded"] == true && state["time_bar"][2].get<double>() > 100;
                    }, 30),
                    "the app did not show the corpus");
    REQUIRE(xdotool(s.display, "search --sync --name Placeline") == 0);
    auto move = [&](double x, double y) { return move_pointer(s, x, y); };
    auto drag = [&](double xa, double xb, double y) { drag_pointer(s, xa, xb, y); };
    auto bar = state["time_bar"];
    const double x0 = bar[0].get<double>(), w = bar[2].get<double>(), y = bar[1].get<double>() + bar[3].get<double>() / 2;
    // Zoom the time panel in around its middle: the all-time window now runs past both ends.
    move(x0 + w / 2, y);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    xdotool(s.display, "click 4 click 4 click 4 click 4 click 4 click 4");
    json range = state["timeline"]["range"];
    REQUIRE_MESSAGE(wait_for([&] {
                        state = read_json(s.dump);
                        return state["timeline"]["range"] != range;
                    }, 10),
                    "the wheel did not zoom the time panel");
    const json before = state["window"];
    // The end handle is at the bar's right end: dragging it left moves the window's end only.
    drag(x0 + w - 3, x0 + w * 0.7, y);
    CHECK_MESSAGE(wait_for([&] {
                      state = read_json(s.dump);
                      return state["window"][1] != before[1];
                  }, 10),
                  state["window"].dump());
    CHECK(state["window"][0] == before[0]);
}
