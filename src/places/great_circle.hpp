#pragma once
// Great-circle distances from points whose latitude's cosine is computed once. The resolver asks
// for the distance between each of a document's named states and each candidate of each name: a
// long document makes hundreds of thousands of such pairs, and distance_km spends two of its five
// trigonometric calls on the two cosines. This is distance_km's formula with the same operations
// in the same order, so that it gives the same double to the bit (a test checks it): the choices
// made with it stay the ones distance_km made.
#include <algorithm>
#include <cmath>

namespace placeline::resolution {

struct GreatCirclePoint {
    double lat = 0, lon = 0;
    double cos_lat = 1;  // cos(lat) in radians
};

inline GreatCirclePoint great_circle_point(double lat, double lon) {
    constexpr double rad = 3.14159265358979323846 / 180.0;
    return {lat, lon, std::cos(lat * rad)};
}

// Equal to distance_km(a.lat, a.lon, b.lat, b.lon), the arguments in that order.
inline double distance_km(const GreatCirclePoint& a, const GreatCirclePoint& b) {
    constexpr double rad = 3.14159265358979323846 / 180.0;
    const double dlat = (b.lat - a.lat) * rad, dlon = (b.lon - a.lon) * rad;
    const double sin_dlat = std::sin(dlat / 2), sin_dlon = std::sin(dlon / 2);
    const double h = sin_dlat * sin_dlat + a.cos_lat * b.cos_lat * sin_dlon * sin_dlon;
    return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

// The haversine term (sin² of half the central angle) of a distance of `km`, for
// surely_beyond_haversine.
inline double haversine_of_km(double km) {
    const double half_angle = km / 6371.0 / 2;
    return std::sin(half_angle) * std::sin(half_angle);
}

// Whether a and b lie surely farther apart than the distance whose haversine term is `h`, by a
// lower bound of their own term without trigonometry: sin² of half the difference of latitude
// is at least 0, and sin x is at least x - x³/6 for x >= 0 (half the difference of longitude,
// taken the short way round, at most a right angle). The caller gives `h` of a distance with a
// margin (as surely_farther_km's), which covers the rounding of both terms: a yes is never wrong.
inline bool surely_beyond_haversine(const GreatCirclePoint& a, const GreatCirclePoint& b, double h) {
    constexpr double rad = 3.14159265358979323846 / 180.0;
    double dlon = b.lon > a.lon ? b.lon - a.lon : a.lon - b.lon;
    if (dlon > 360 || !(a.cos_lat > 0) || !(b.cos_lat > 0)) return false;  // no such point: the exact formula says
    if (dlon > 180) dlon = 360 - dlon;
    const double x = dlon * rad / 2;
    const double sin_at_least = x - x * x * x / 6;
    return a.cos_lat * b.cos_lat * sin_at_least * sin_at_least > h;
}

}  // namespace placeline::resolution
