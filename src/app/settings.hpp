#pragma once
// Settings that outlive a run: window geometry, recent corpora and layers, projection, theme.
// Kept as JSON in $XDG_CONFIG_HOME/placeline/settings.json, written atomically. A corrupt file is
// reported, kept aside (never silently dropped) and replaced by defaults.
#include <string>
#include <vector>

#include "placeline/base/diagnostics.hpp"

namespace placeline::app {

struct Settings {
    int window_x = -1, window_y = -1;  // -1: let the window manager centre it
    int window_w = 1400, window_h = 900;
    bool maximized = false;
    std::vector<std::string> recent_corpora;  // most recent first
    std::vector<std::string> recent_layers;
    std::string projection = "auto";
    std::string theme = "light";
    std::string label_mode = "most-written";  // see LabelMode: most-written, english, local, language
    std::string label_language = "ru";        // for "language": a BCP 47 language or a script code
    bool show_layers = false;  // the layers panel was open
    std::string last_folder;   // where the file browser opened or saved last (File > Open, Export)

    bool operator==(const Settings&) const = default;
};

std::string settings_path();

// Missing file: defaults, silently. Unreadable or corrupt: defaults, a diagnostic naming the
// file and the problem, and the bad file renamed to `<path>.corrupt` so nothing is lost.
Settings load_settings(const std::string& path, Diagnostics& diags);

// Returns an empty string on success, else the reason.
std::string save_settings(const std::string& path, const Settings& settings);

// Moves `item` to the front of `list` (no duplicates), keeping at most `max` entries.
void remember(std::vector<std::string>& list, const std::string& item, size_t max = 12);

}  // namespace placeline::app
