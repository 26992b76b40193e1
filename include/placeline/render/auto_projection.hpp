#pragma once
// The projection "auto" (the default): the regional Lambert conformal conic when the corpus is
// about the South Caucasus and its neighbours, Equal Earth for a corpus about the world, whose
// places the regional cone would tear apart.
#include <string>
#include <vector>

#include "placeline/atlas/atlas.hpp"

namespace placeline::render {

// "auto" resolved for this atlas (null: no corpus, the regional default); any other definition
// is returned as it is.
std::string resolve_projection(const std::string& definition, const Atlas* atlas);

// The meridian a world map of places at these longitudes is centred on, in whole degrees: the
// middle of their span when they fit in a quarter of the world (a corpus on the United States),
// or when they spread over more than half the world around Greenwich but fit in half the world
// around another meridian (a corpus across the Pacific); else 0 (Greenwich).
double central_longitude(std::vector<double> lons);

}  // namespace placeline::render
