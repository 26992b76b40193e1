#pragma once
// Chronology: every passage of an article placed in time.
//
// A passage's time comes from the time expressions in its sentences (extract_dates):
//  1. explicit dates if it has any, else relative ones ("five days later", "since 2020");
//     of those, the finest granularity present wins (a day beats a year, a year a century) and
//     the passage's span is the hull of the expressions at that granularity. So "On Sept. 19,
//     ... what it started in 2020" is Sept. 19, and "in 1988-1990 ... in 1992-1994" is 1988-1994.
//     Basis: explicit or relative.
//  2. else the time of the passage before it in the same article (its context), as long as no
//     section heading lies between them and the chain of inheriting passages is at most three
//     long; a stretch up to now ("for nearly a decade") is not inherited. Basis: context.
//  3. else the publication day. Basis: publication.
// Relative expressions are anchored to the publication day (or, when the article names none,
// the last full date written before them), and anaphoric ones ("a month after the ceasefire")
// to the last explicit time written before them in the article.
#include <span>
#include <string_view>
#include <vector>

#include "placeline/base/byte_span.hpp"
#include "placeline/time/date.hpp"
#include "placeline/time/dates.hpp"

namespace placeline {

// When the article was published, as far as its reader knows.
struct Publication {
    Day day = 0;
    bool from_file_time = false;  // no date in the text: the file's time stands in
};

// The time of one paragraph: the event time the slider filters by, and where it came from.
struct ParagraphTime {
    TimeSpan time;
    TimeBasis basis = TimeBasis::publication;
};

// Gives each paragraph of `text` (spans into it, all of one article, in text order) its event
// time and basis.
std::vector<ParagraphTime> date_paragraphs(std::string_view text, Publication published,
                                           std::span<const ByteSpan> paragraphs);

}  // namespace placeline
