// The window's editing side driven by real keys and mouse under Xvfb: Find and stepping through
// its results, a correction undone and redone (with the overrides file on disk following), a
// layer hidden and brought back, and a new time window drawn by dragging on the time bar.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "window_session.hpp"

namespace {

// Drives one session: keys to the window, the pointer to a point, and the state dump read until
// it says what is expected.
struct Driver {
    Session& s;
    json state;

    bool wait(const std::function<bool(const json&)>& ok, double seconds = 15) {
        return wait_for([&] {
            json j = read_json(s.dump);
            if (!j.is_object()) return false;
            state = std::move(j);
            return ok(state);
        }, seconds);
    }
    void key(const std::string& keys) { xdotool(s.display, "search --name Placeline key --window %1 " + keys); }
    void type(const std::string& text) { xdotool(s.display, "search --name Placeline type --window %1 --delay 40 " + text); }
    void move(double x, double y) { move_pointer(s, x, y); }
    // Moves first and lets the app see the pointer, then presses (see test_real_window.cpp).
    void click(double x, double y, int button = 1) {
        move(x, y);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        xdotool(s.display, "click " + std::to_string(button));
    }
    void click_centre(const json& box, int button = 1) {
        click(box[0].get<double>() + box[2].get<double>() / 2, box[1].get<double>() + box[3].get<double>() / 2, button);
    }
    // A widget's box once it holds still (a popup's first frame is laid out again on its second).
    json settled_mark(const std::string& name) {
        json last;
        wait([&](const json& j) {
            if (!j["marks"].contains(name)) return false;
            const bool still = j["marks"][name] == last;
            last = j["marks"][name];
            if (!still) std::this_thread::sleep_for(std::chrono::milliseconds(200));
            return still;
        });
        return last;
    }
    void drag(double xa, double xb, double y) { drag_pointer(s, xa, xb, y); }
};

void open_app(Session& s, Driver& d, const std::string& corpus, int offset) {
    start(s, {corpus}, offset);
    REQUIRE_MESSAGE(d.wait([](const json& j) { return j.value("loaded", false) && !j.value("markers", json::array()).empty(); }, 30),
                    "the app did not show the corpus");
    REQUIRE(xdotool(s.display, "search --sync --name Placeline") == 0);
}

const json* marker(const json& state, const std::string& id) {
    for (const auto& m : state.at("markers"))
        if (m.at("id") == id) return &m;
    return nullptr;
}

// Stepanakert's marker, or, when the opening view merges it into a neighbour's cluster, the
// first GeoNames town's: any town with passages serves to correct a mention.
const json* town_marker(const json& state) {
    if (const json* m = marker(state, "gn:146970")) return m;
    for (const auto& m : state.at("markers"))
        if (m.at("id").get<std::string>().rfind("gn:", 0) == 0) return &m;
    return nullptr;
}

// Days since 1970-01-01 of an ISO date (Howard Hinnant's days_from_civil).
long days_of(const std::string& iso) {
    long y = std::stol(iso.substr(0, 4)), m = std::stol(iso.substr(5, 2)), d = std::stol(iso.substr(8, 2));
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1, doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

json overrides_in(const fs::path& corpus) {
    json o = read_json((corpus / "placeline-overrides.json").string());
    return o.is_object() ? o.value("overrides", json()) : json();
}

}  // namespace

TEST_CASE("Ctrl+F finds places and passages as typed, and Enter, F3 and Shift+F3 step through them") {
    Session s;
    Driver d{s, {}};
    open_app(s, d, SAMPLE_CORPUS, 10);
    d.key("ctrl+f");
    CHECK(d.wait([](const json& j) { return j["find"]["open"] == true && j["find"]["field_active"] == true; }));
    d.type("stepanaker");  // lower case, and not yet the whole word
    REQUIRE_MESSAGE(d.wait([](const json& j) { return j["find"]["query"] == "stepanaker" && j["find"]["ready"] == true; }),
                    d.state["find"].dump());
    const json found = d.state["find"];
    // The place first, then the passages that write it.
    REQUIRE(found["places"].size() >= 1);
    CHECK(found["places"][0] == "gn:146970");
    REQUIRE(found["passages"].size() >= 2);
    CHECK(found["current"] == -1);
    const json view = d.state["view"];
    d.key("Return");  // the first result: the place, selected and framed
    CHECK_MESSAGE(d.wait([](const json& j) { return j["find"]["current"] == 0 && j["selected"].is_object() && j["selected"]["id"] == "gn:146970"; }),
                  d.state["find"].dump());
    d.key("F3");  // the second: the first passage, selected and listed
    const size_t places = found["places"].size();
    const json second = places > 1 ? json() : found["passages"][0];
    CHECK_MESSAGE(d.wait([&](const json& j) {
                      return j["find"]["current"] == 1 && (places > 1 || j["selected_passage"] == second);
                  }),
                  d.state["find"].dump());
    if (places == 1) {
        const json listed = d.state["passages_listed"];
        CHECK(std::find(listed.begin(), listed.end(), second) != listed.end());
    }
    CHECK(d.wait([&](const json& j) { return j["view"] != view; }));  // the map framed them
    d.key("shift+F3");
    CHECK(d.wait([](const json& j) { return j["find"]["current"] == 0; }));
    // Esc closes Find; Ctrl+F opens it again with the text selected, so typing replaces it. A word
    // found in no place name: passages only.
    d.key("Escape");
    CHECK(d.wait([](const json& j) { return j["find"]["open"] == false; }));
    d.key("ctrl+f");
    CHECK(d.wait([](const json& j) { return j["find"]["open"] == true && j["find"]["field_active"] == true; }));
    d.type("ceasefire");
    CHECK_MESSAGE(d.wait([](const json& j) {
                      return j["find"]["query"] == "ceasefire" && j["find"]["ready"] == true && j["find"]["places"].empty() &&
                             !j["find"]["passages"].empty();
                  }),
                  d.state["find"].dump());
}

TEST_CASE("a correction is undone with Ctrl+Z and redone with Ctrl+Y, the overrides file written each time") {
    // A copy of the corpus: corrections are saved beside it.
    const fs::path corpus = fs::temp_directory_path() / ("placeline-undo-" + std::to_string(getpid()));
    fs::remove_all(corpus);
    fs::copy(SAMPLE_CORPUS, corpus, fs::copy_options::recursive);
    Session s;
    Driver d{s, {}};
    open_app(s, d, corpus.string(), 11);
    const json* m = town_marker(d.state);
    REQUIRE_MESSAGE(m, "no town's marker on screen");
    d.click((*m)["x"].get<double>(), (*m)["y"].get<double>());
    // Right-click the first name highlighted in its passages, then "Not a place".
    const json mention = d.settled_mark("first mention");
    REQUIRE_MESSAGE(mention.is_array(), d.state["marks"].dump());
    d.click_centre(mention, 3);
    const json button = d.settled_mark("not a place");
    REQUIRE_MESSAGE(button.is_array(), d.state["marks"].dump());
    d.click_centre(button);
    CHECK_MESSAGE(d.wait([&](const json& j) { return j["history"]["undo"].size() == 1 && overrides_in(corpus).size() == 1; }),
                  d.state["history"].dump());
    REQUIRE(d.state["history"]["undo"].size() == 1);
    CHECK(d.state["history"]["undo"][0].get<std::string>().find("is not a place") != std::string::npos);
    CHECK(overrides_in(corpus).at(0).at("place").is_null());
    CHECK(d.wait([](const json& j) { return j["loaded"] == true; }));

    d.move(400, 400);  // off the popup
    d.key("ctrl+z");
    CHECK_MESSAGE(d.wait([&](const json& j) {
                      return j["history"]["undo"].empty() && j["history"]["redo"].size() == 1 && overrides_in(corpus).is_array() &&
                             overrides_in(corpus).empty();
                  }),
                  d.state["history"].dump());
    CHECK(d.wait([](const json& j) { return j["loaded"] == true; }));
    d.key("ctrl+y");
    CHECK_MESSAGE(d.wait([&](const json& j) { return j["history"]["undo"].size() == 1 && overrides_in(corpus).size() == 1; }),
                  d.state["history"].dump());
    CHECK(d.state["history"]["redo"].empty());
    fs::remove_all(corpus);
}

TEST_CASE("a layer hidden in the layers panel comes back with Ctrl+Z and goes again with Ctrl+Shift+Z") {
    Session s;
    Driver d{s, {}};
    open_app(s, d, SAMPLE_CORPUS, 12);
    auto alpha = [](const json& j, const std::string& name) {
        for (const auto& l : j.at("layers"))
            if (l.at("name") == name) return l.at("alpha").get<double>();
        return -1.0;
    };
    d.key("l");
    REQUIRE_MESSAGE(d.wait([](const json& j) { return j["marks"].contains("visible ceasefire_1994"); }), d.state["marks"].dump());
    REQUIRE(alpha(d.state, "ceasefire_1994") > 0);
    d.click_centre(d.state["marks"]["visible ceasefire_1994"]);
    CHECK_MESSAGE(d.wait([&](const json& j) { return alpha(j, "ceasefire_1994") == 0 && j["history"]["undo"].size() == 1; }),
                  d.state["history"].dump());
    CHECK(d.state["history"]["undo"][0].get<std::string>().rfind("Hide ", 0) == 0);
    d.key("ctrl+z");
    CHECK(d.wait([&](const json& j) { return alpha(j, "ceasefire_1994") > 0 && j["history"]["redo"].size() == 1; }));
    d.key("ctrl+shift+z");
    CHECK(d.wait([&](const json& j) { return alpha(j, "ceasefire_1994") == 0 && j["history"]["undo"].size() == 1; }));
}

TEST_CASE("an added layer removed in the layers panel comes back with Ctrl+Z") {
    const fs::path dir = fs::temp_directory_path() / ("placeline-layer-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string route = (dir / "route.geojson").string();
    std::ofstream(route) << R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
        "geometry": {"type": "LineString", "coordinates": [[45.0, 40.0], [46.5, 39.5]]}}]})";
    Session s;
    Driver d{s, {}};
    start(s, {"--layer", route, SAMPLE_CORPUS}, 14);
    auto has_route = [](const json& j) {
        for (const auto& l : j.value("layers", json::array()))
            if (l.at("name") == "route") return true;
        return false;
    };
    REQUIRE_MESSAGE(d.wait([&](const json& j) { return j.value("loaded", false) && has_route(j); }, 30), "the layer did not load");
    REQUIRE(xdotool(s.display, "search --sync --name Placeline") == 0);
    d.key("l");
    const json button = d.settled_mark("remove route");
    REQUIRE_MESSAGE(button.is_array(), d.state["marks"].dump());
    // Only added layers can be removed.
    CHECK_FALSE(d.state["marks"].contains("remove countries"));
    d.click_centre(button);
    CHECK_MESSAGE(d.wait([&](const json& j) { return j["loaded"] == true && !has_route(j) && j["history"]["undo"].size() == 1; }),
                  d.state["history"].dump());
    CHECK(d.state["history"]["undo"][0] == "Remove layer route.geojson");
    d.key("ctrl+z");
    CHECK(d.wait([&](const json& j) { return j["loaded"] == true && has_route(j) && j["history"]["redo"].size() == 1; }));
    fs::remove_all(dir);
}

TEST_CASE("dragging on the time bar outside the window draws a new one from press to release, inside moves it") {
    Session s;
    Driver d{s, {}};
    open_app(s, d, SAMPLE_CORPUS, 13);
    REQUIRE(d.wait([](const json& j) { return j["time_bar"][2].get<double>() > 100; }));
    const json bar = d.state["time_bar"];
    const double x0 = bar[0].get<double>(), w = bar[2].get<double>(), y = bar[1].get<double>() + bar[3].get<double>() / 2;
    const json range = d.state["timeline"]["range"];
    const long first = days_of(range[0]), last = days_of(range[1]);
    const double per_px = double(last - first + 1) / w;
    auto day_at = [&](double x) { return double(first) + (x - x0) * per_px; };
    auto near = [&](const json& iso, double day) { return std::abs(double(days_of(iso.get<std::string>())) - day) <= 3 * per_px + 1; };

    // All time is in the window at first: a drag anywhere draws a new one.
    d.drag(x0 + w * 0.2, x0 + w * 0.35, y);
    REQUIRE_MESSAGE(d.wait([&](const json& j) { return near(j["window"][0], day_at(x0 + w * 0.2)) && near(j["window"][1], day_at(x0 + w * 0.35)); }),
                    d.state["window"].dump());
    // Inside it: the window moves, its length kept.
    const json drawn = d.state["window"];
    const long length = days_of(drawn[1]) - days_of(drawn[0]);
    d.drag(x0 + w * 0.27, x0 + w * 0.32, y);
    CHECK_MESSAGE(d.wait([&](const json& j) {
                      return j["window"] != drawn && days_of(j["window"][1]) - days_of(j["window"][0]) == length &&
                             near(j["window"][0], double(days_of(drawn[0])) + w * 0.05 * per_px);
                  }),
                  d.state["window"].dump());
    // Outside it, backwards: a new window from the release point to the press point.
    d.drag(x0 + w * 0.85, x0 + w * 0.6, y);
    CHECK_MESSAGE(d.wait([&](const json& j) { return near(j["window"][0], day_at(x0 + w * 0.6)) && near(j["window"][1], day_at(x0 + w * 0.85)); }),
                  d.state["window"].dump());
    // A click outside it, without a drag, leaves it as it is.
    const json kept = d.state["window"];
    d.click(x0 + w * 0.1, y);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    CHECK(read_json(s.dump)["window"] == kept);
}
