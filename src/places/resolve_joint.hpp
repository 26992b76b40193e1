#pragma once
// Joint spatial coherence: the places an article names lie near each other, so a candidate that
// has another name's candidate beside it is likelier than one alone. Unlike the anchors (the
// winner of each confident name), every plausible candidate of every name takes part: "Paris"
// and "Henry County" in one article pull Paris, Tennessee and Henry County, Tennessee together,
// though neither was anyone's first guess. Counted per other name, not per place, so that a name
// borne by many places near each other counts once.
#include <cstdint>
#include <vector>

#include "placeline/places/gazetteer.hpp"

namespace placeline::resolution {

// How many other names have a candidate near a place: within 50 km, and within 150 km (the
// second includes the first), each at most `cap`.
struct JointCounts {
    uint8_t within_50km = 0, within_150km = 0;
};

class JointIndex {
public:
    // The candidates that may pull others: (name, place) pairs, a name being its key entry, each
    // with its point's unit_vector (unit_vector.hpp), which the resolver computes once per pair.
    struct Puller {
        const KeyEntry* key;
        PlaceIndex place;
        double x, y, z;
    };
    JointIndex(const Gazetteer& g, std::vector<Puller> pullers);
    // The other names (not `key`) with a puller near `place`, whose unit vector is (x, y, z).
    JointCounts near(const KeyEntry* key, PlaceIndex place, double x, double y, double z, int cap) const;

private:
    struct Point {
        uint32_t cell;
        const KeyEntry* key;
        double x, y, z;
    };
    const Gazetteer& g_;
    std::vector<Point> points_;  // sorted by cell; empty when they are few (then in by_z_)
    std::vector<Point> by_z_;    // sorted by z, when near() reads them all (an article's few)
};

}  // namespace placeline::resolution
