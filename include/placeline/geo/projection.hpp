#pragma once
// Map projection through PROJ. One object per thread: PROJ objects are not thread-safe.
#include <memory>
#include <string>

#include "placeline/geo/geometry.hpp"

namespace placeline::geo {

// Lambert conformal conic with standard parallels through the South Caucasus: conformal (shapes
// and angles kept, which a map of towns and roads needs) and little scale error over lat 36..45.
inline constexpr const char* regional_projection =
    "+proj=lcc +lat_0=40 +lon_0=45 +lat_1=38 +lat_2=42 +datum=WGS84 +units=m +no_defs +type=crs";

class Projection {
public:
    // definition: "EPSG:3857", any PROJ string or WKT; "regional" (or empty) is the default above.
    static std::unique_ptr<Projection> create(const std::string& definition, std::string& error);
    ~Projection();
    Projection(const Projection&) = delete;
    Projection& operator=(const Projection&) = delete;

    // Another object for the same projection, for another thread.
    std::unique_ptr<Projection> clone() const;

    bool forward(LonLat ll, XY& out) const;
    bool inverse(XY p, LonLat& out) const;
    const std::string& definition() const { return definition_; }

private:
    Projection() = default;
    std::string definition_;
    struct State;
    std::unique_ptr<State> state_;
};

// Distance in metres between two points on the WGS 84 ellipsoid.
double geodesic_distance(LonLat a, LonLat b);

}  // namespace placeline::geo
