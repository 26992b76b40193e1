#pragma once
// The projection "auto" (the default): the regional Lambert conformal conic when the corpus is
// about the South Caucasus and its neighbours, Equal Earth for a corpus about the world, whose
// places the regional cone would tear apart.
#include <string>

#include "placeline/atlas/atlas.hpp"

namespace placeline::render {

// "auto" resolved for this atlas (null: no corpus, the regional default); any other definition
// is returned as it is.
std::string resolve_projection(const std::string& definition, const Atlas* atlas);

}  // namespace placeline::render
