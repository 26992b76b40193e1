#pragma once
// Small gazetteers for unit tests, built the way readers build the real one.
#include <unistd.h>

#include <filesystem>
#include <initializer_list>
#include <string>

#include "placeline/places/gazetteer.hpp"

namespace placeline::test {

inline Place make_place(std::string id, std::string name, PlaceKind kind, std::string country, double lat, double lon,
                        int64_t population = 0, std::initializer_list<const char*> names = {},
                        std::string feature = {}, bool curated = false) {
    Place p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.kind = kind;
    p.country = std::move(country);
    p.point = {lon, lat};
    p.population = population;
    for (const char* n : names) p.names.push_back({n, ""});
    p.feature = std::move(feature);
    p.curated = curated;
    return p;
}

// A fresh, empty folder for one test (removed and made again).
inline std::string temp_dir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("placeline-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

}  // namespace placeline::test
