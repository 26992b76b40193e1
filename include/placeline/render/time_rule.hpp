#pragma once
// Time rules: when each feature of a layer is valid, and how visible it is for a time window.
// A feature is drawn when its validity meets the window. In the window it fades in and out over
// fade_seconds of real time (FeatureFader); a still render is fully in or fully out.
#include <optional>
#include <string_view>
#include <vector>

#include "placeline/time/date.hpp"
#include "placeline/base/diagnostics.hpp"
#include "placeline/geo/geometry.hpp"
#include "placeline/render/style.hpp"

namespace placeline::render {

struct MapData;

constexpr double fade_seconds = 0.4;

// A date attribute: YYYY-MM-DD, YYYY/MM/DD (GDAL's text for Date fields), either followed by a
// time, or YYYY-MM and YYYY for a whole month or year (its first day as a start, its last day as
// an end). Empty text is an open side (nullopt, ok). Anything else: nullopt, ok = false.
std::optional<Day> parse_attribute_date(std::string_view text, bool as_end, bool& ok);

// Every feature's interval (inclusive) under the rule, or an empty vector when the layer has no
// validity at all (every feature always drawn). Bad date text is reported with the feature id
// and leaves that side open.
std::vector<TimeSpan> feature_validity(const geo::Layer& layer, const TimeRule& rule, Diagnostics& diags);

// 1 when the feature is valid in the window, else 0 (a still image: no fading).
inline float validity_opacity(const std::vector<TimeSpan>& validity, size_t feature, const TimeSpan& window) {
    return validity.empty() || validity[feature].meets(window) ? 1.0f : 0.0f;
}

// The app's fades: every frame, each feature's opacity moves toward its target (valid in the
// window or not) by frame time / fade_seconds.
struct FeatureFader {
    std::vector<std::vector<float>> opacity;  // per MapData layer, per feature (empty: no rule)
    const MapData* data = nullptr;
    double last = -1;

    // Returns true while a feature is between 0 and its target: the caller keeps animating.
    bool update(const MapData& data, const TimeSpan& window, double now_seconds);
};

}  // namespace placeline::render
