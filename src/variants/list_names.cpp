#include "placeline/variants/list_names.hpp"

namespace placeline {

namespace {

// What tells a place from another of the same name: its kind for a country or a first-level
// division (with the country's code), else the division it lies in, else the country's code.
std::string qualifier(const Place& p, const std::string* division) {
    if (p.kind == PlaceKind::country) return " (country)";
    if (p.kind == PlaceKind::admin1) return p.country == "US" ? ", US state" : ", province of " + p.country;
    if (p.kind == PlaceKind::continent || p.kind == PlaceKind::region) return std::string(" (") + to_string(p.kind) + ")";
    if (division && !division->empty()) return ", " + *division;
    return p.country.empty() ? std::string(" (") + to_string(p.kind) + ")" : ", " + p.country;
}

}  // namespace

std::vector<std::string> list_names(const Gazetteer& gazetteer, std::span<const PlaceCount> places,
                                    const std::unordered_map<PlaceIndex, std::string>& most_written,
                                    const std::unordered_map<PlaceIndex, std::string>& division) {
    std::vector<std::string> names;
    names.reserve(places.size());
    std::unordered_map<std::string, int> uses;
    for (const PlaceCount& pc : places) {
        auto w = most_written.find(pc.place);
        names.push_back(w != most_written.end() && !w->second.empty() ? w->second : gazetteer.place(pc.place).name);
        ++uses[names.back()];
    }
    for (size_t i = 0; i < places.size(); ++i)
        if (uses[names[i]] > 1) {
            auto d = division.find(places[i].place);
            names[i] += qualifier(gazetteer.place(places[i].place), d == division.end() ? nullptr : &d->second);
        }
    // Two towns of one division (or two without one) still read alike: their country tells them
    // apart if anything does.
    std::unordered_map<std::string, int> again;
    for (const std::string& n : names) ++again[n];
    for (size_t i = 0; i < places.size(); ++i)
        if (const Place& p = gazetteer.place(places[i].place);
            again[names[i]] > 1 && division.count(places[i].place) && !p.country.empty())
            names[i] += ", " + p.country;
    return names;
}

}  // namespace placeline
