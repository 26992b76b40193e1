#pragma once
// A slide deck: map views and time windows for a talk, read from and written to a TOML file
// (schema in README.md, example in assets/). Reading reports every bad field with its file and
// line and keeps the slides that are fine.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "placeline/time/date.hpp"
#include "placeline/base/diagnostics.hpp"
#include "placeline/places/place.hpp"

namespace placeline::render {

struct SlideView {
    enum class Kind { fit_data, center_zoom, bbox, places };
    Kind kind = Kind::fit_data;
    LonLat center;                  // center_zoom
    double zoom = 8;                // web-map zoom level: ground metres per pixel = 156543.03 cos(lat) / 2^zoom
    std::array<double, 4> bbox{};   // lon_min, lat_min, lon_max, lat_max
    std::vector<std::string> places;  // names (any spelling) or ids, fitted together
};

// A passage quoted on a slide, by article file name and code-point offsets; the text is taken
// from the corpus when shown, so the deck never copies an article.
struct Quote {
    std::string file;               // file name (or path ending) of the article
    uint32_t start = 0, end = 0;    // code points, end exclusive
};

struct Slide {
    std::string title, caption;
    SlideView view;
    std::optional<TimeSpan> window;                  // none: all time
    std::optional<std::vector<std::string>> layers;  // none: every layer
    std::vector<std::string> highlight;              // places, by name or id
    std::vector<Quote> quotes;
    double transition = 1.5;        // seconds to fly here from the previous slide
    double hold = 4.0;              // seconds a video shows the slide
    double playback_days = 0;       // days per second the window moves while the slide shows
    int line = 0;                   // where the slide starts in its file
};

struct Deck {
    std::string title;
    std::vector<Slide> slides;
};

Deck read_deck(const std::string& path, Diagnostics& diags);
Deck parse_deck(std::string_view toml_text, const std::string& source_name, Diagnostics& diags);
std::string deck_to_toml(const Deck& deck);
// Atomic: a temporary file beside the deck, renamed over it. Empty string on success.
std::string save_deck(const std::string& path, const Deck& deck);

}  // namespace placeline::render
