#pragma once
// A point of the sphere as a unit vector: the resolver's anchors and the joint index compare
// places by dot products of these, cheaper than a great-circle distance per pair.
#include <cmath>

namespace placeline::resolution {

inline void unit_vector(double lat, double lon, double& x, double& y, double& z) {
    constexpr double rad = 3.14159265358979323846 / 180.0;
    x = std::cos(lat * rad) * std::cos(lon * rad);
    y = std::cos(lat * rad) * std::sin(lon * rad);
    z = std::sin(lat * rad);
}

}  // namespace placeline::resolution
