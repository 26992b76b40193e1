#pragma once
// A passage: one paragraph of an article, the unit the user reads and the time slider filters.
#include <cstdint>

#include "placeline/base/byte_span.hpp"
#include "placeline/text/segments.hpp"
#include "placeline/time/date.hpp"
#include "placeline/time/dates.hpp"

namespace placeline {

struct Passage {
    uint32_t article = 0;
    ByteSpan span;        // into the article's text
    TimeSpan time;        // the event time the slider filters by
    TimeBasis basis = TimeBasis::publication;
    TimeSpan published;   // the article's publication day
};

}  // namespace placeline
