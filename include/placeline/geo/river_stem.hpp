#pragma once
// The point a reader expects for a river: on its middle course, halfway along its length.
#include <vector>

#include "placeline/places/place.hpp"

namespace placeline::geo {

// One drawn piece of a river: lon/lat points in order along it.
using RiverPart = std::vector<LonLat>;

// Halfway along the river's stem, the longest way through its parts from one end to another.
// Natural Earth draws a river as parts that seldom make one line: they meet end to end (joined
// here where their ends lie within 1e-3 degrees), stop at a reservoir or a lake and start again
// beyond it (each such gap is bridged by the shortest straight link between the pieces, as the
// water runs through it), split into delta arms and side channels (the stem keeps the longest way,
// the others fall away). Lengths are great-circle kilometres. The point lies on a part, or on a
// bridge across a reservoir. False when there is no point at all.
bool river_stem_point(const std::vector<RiverPart>& parts, LonLat& out);

}  // namespace placeline::geo
