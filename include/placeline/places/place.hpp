#pragma once
// A place: something with a location that articles name, with every spelling we know for it.
#include <cstdint>
#include <string>
#include <vector>

namespace placeline {

using PlaceIndex = uint32_t;  // index into a Gazetteer
inline constexpr PlaceIndex no_place = UINT32_MAX;

enum class PlaceKind : uint8_t {
    continent, region, country, admin1, admin2, capital, admin_seat, city, village,
    corridor, landmark, water, other,
    river  // after `other`: the kinds before keep their numbers
};
const char* to_string(PlaceKind k);
PlaceKind place_kind_from_string(const std::string& s);  // unknown -> other

struct LonLat {
    double lon = 0, lat = 0;
};

// One spelling in one language or script: "Stepanakert"/en, "Xankəndi"/az, "Степанакерт"/ru.
struct Name {
    std::string text;
    std::string lang;  // BCP 47 tag when known ("hy", "ru", "az-Latn"), else empty
};

struct Place {
    std::string id;             // "gn:146970" for GeoNames, a stable key otherwise ("pl:lachin-corridor")
    std::string name;           // canonical English name
    PlaceKind kind = PlaceKind::other;
    std::string country;        // ISO 3166-1 alpha-2, or empty
    LonLat point;               // where the marker goes
    int64_t population = 0;
    std::vector<LonLat> line;   // corridors and routes; empty for points
    bool schematic = false;     // the line joins known points; it is not a surveyed route
    std::vector<Name> names;    // every known spelling, the canonical one first
    std::string source;         // where the coordinates come from
    std::string feature;        // GeoNames feature code ("PPLA", "PPLC"), else empty
    bool curated = false;       // from geodata/ (a person checked it), not only a bulk source
};

}  // namespace placeline
