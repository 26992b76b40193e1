#pragma once
// `placeline export --html DIR`: a static web story that opens from the file system, with no
// server and no network: the map (Leaflet, copied from Debian's libjs-leaflet with its licence)
// with the places and the boundary layers near them, a time slider, the passages panel with
// every mention marked, and a deck's slides as a scrolling story beside the map.
#include <string>

#include "placeline/base/diagnostics.hpp"
#include "placeline/render/deck.hpp"
#include "placeline/render/map_data.hpp"

namespace placeline::cli {

// Where Leaflet is installed: $PLACELINE_LEAFLET_DIR, else Debian's /usr/share/javascript/leaflet.
std::string leaflet_dir();

// Writes DIR/index.html, DIR/story-data.js and DIR/leaflet/ (replacing those, atomically file by
// file). `deck` may be null. Returns an empty string on success, else the reason.
std::string write_web_story(const render::MapData& data, const render::Deck* deck, const std::string& dir,
                            Diagnostics& diags);

// The page's own files (HTML, script, style), kept in web_story_page.cpp.
extern const char* const web_story_html;
extern const char* const web_story_script;

}  // namespace placeline::cli
