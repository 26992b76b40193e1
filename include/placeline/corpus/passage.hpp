#pragma once
// A passage: one paragraph of an article, the unit the user reads and the time slider filters.
#include <cstdint>
#include <vector>

#include "placeline/base/byte_span.hpp"
#include "placeline/text/segments.hpp"
#include "placeline/time/date.hpp"
#include "placeline/time/dates.hpp"

namespace placeline {

// One sentence of a passage and its own time (the rules: date_sentences in time/chronology.hpp).
struct SentenceTime {
    ByteSpan span;  // into the article's text
    TimeSpan time;
    TimeBasis basis = TimeBasis::publication;
};

struct Passage {
    uint32_t article = 0;
    ByteSpan span;        // into the article's text
    TimeSpan time;        // the event time: the range covering its sentences' times
    TimeBasis basis = TimeBasis::publication;  // the most direct of its sentences' bases
    std::vector<SentenceTime> sentences;  // in text order; the slider shows a passage when one meets it
    TimeSpan published;   // the article's publication day
};

}  // namespace placeline
