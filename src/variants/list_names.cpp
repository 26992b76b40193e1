#include "placeline/variants/list_names.hpp"

namespace placeline {

namespace {

// What tells a place from another of the same name: its kind for a country or a first-level
// division (with the country's code), else the country's code.
std::string qualifier(const Place& p) {
    if (p.kind == PlaceKind::country) return " (country)";
    if (p.kind == PlaceKind::admin1) return p.country == "US" ? ", US state" : ", province of " + p.country;
    if (p.kind == PlaceKind::continent || p.kind == PlaceKind::region) return std::string(" (") + to_string(p.kind) + ")";
    return p.country.empty() ? std::string(" (") + to_string(p.kind) + ")" : ", " + p.country;
}

}  // namespace

std::vector<std::string> list_names(const Gazetteer& gazetteer, std::span<const PlaceCount> places,
                                    const std::unordered_map<PlaceIndex, std::string>& most_written) {
    std::vector<std::string> names;
    names.reserve(places.size());
    std::unordered_map<std::string, int> uses;
    for (const PlaceCount& pc : places) {
        auto w = most_written.find(pc.place);
        names.push_back(w != most_written.end() && !w->second.empty() ? w->second : gazetteer.place(pc.place).name);
        ++uses[names.back()];
    }
    for (size_t i = 0; i < places.size(); ++i)
        if (uses[names[i]] > 1) names[i] += qualifier(gazetteer.place(places[i].place));
    return names;
}

}  // namespace placeline
