// A US county in the real window: drawn as its polygon, hovered and selected from inside it.
#include "window_session.hpp"

#include <doctest/doctest.h>

#include "skip.hpp"

TEST_CASE("hovering inside a county's polygon shows it and clicking there selects it, away from its marker") {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    const fs::path cache = fs::path(xdg ? xdg : std::string(home ? home : "") + "/.cache") / "placeline";
    if (!fs::exists(cache / "us-counties.gpkg")) {
        placeline::test::skip("no us-counties.gpkg in the data cache (scripts/fetch-data.sh makes it)");
        return;
    }
    // The Maricopa County article of tests/data/counties alone: the first view frames the county
    // and Arizona, so the county is hundreds of pixels across.
    const fs::path corpus = fs::temp_directory_path() / ("placeline-county-window-" + std::to_string(getpid()));
    fs::remove_all(corpus);
    fs::create_directories(corpus);
    fs::copy_file(std::string(TEST_DATA) + "/counties/03-water-rules.txt", corpus / "03-water-rules.txt");
    Session s;
    start(s, {corpus.string()}, 27);
    json state = wait_for_markers(s);
    json marker;
    for (const auto& m : state["markers"])
        if (m["id"] == "usc:04013") marker = m;
    REQUIRE_MESSAGE(marker.is_object(), state["markers"].dump());
    // 30 pixels south of the county's marker (its label goes to the right): inside the county.
    REQUIRE(marker["radius"].get<double>() < 15);
    state = hover_and_click(s, marker["x"].get<double>(), marker["y"].get<double>() + 30, "usc:04013");
    CHECK(state["passages_listed"].size() >= 1);
    fs::remove_all(corpus);
}
