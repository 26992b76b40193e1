#pragma once
// A mention: a span of a passage resolved to a place.
#include <cstdint>
#include <vector>

#include "placeline/passage.hpp"
#include "placeline/place.hpp"

namespace placeline {

struct Mention {
    uint32_t article = 0;
    uint32_t passage = 0;
    ByteSpan span;              // bytes into the article's text
    PlaceIndex place = no_place;
    float score = 1.0f;         // 0..1, how sure the resolver is
};

}  // namespace placeline
