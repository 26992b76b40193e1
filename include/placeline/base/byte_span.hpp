#pragma once
// A span of bytes in an article's text: the one offset type every room shares inside the
// program (public APIs and exports count code points; see text/text.hpp).
#include <cstdint>

namespace placeline {

struct ByteSpan {
    uint32_t start = 0, end = 0;  // bytes, end exclusive
    bool operator==(const ByteSpan&) const = default;
};

}  // namespace placeline
