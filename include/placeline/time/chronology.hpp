#pragma once
// Chronology: every sentence of an article placed in time, and every passage with it.
//
// A sentence's time comes from its own time expressions (extract_dates):
//  1. explicit dates if it has any, else relative ones ("five days later", "since 2020"); of
//     those, the finest granularity present wins (a day beats a year, a year a century) and the
//     sentence's span is the hull of the expressions at that granularity. So "On Sept. 19, ...
//     what it started in 2020" is Sept. 19, and "in 1988-1990 ... in 1992-1994" is 1988-1994.
//     Basis: explicit or relative.
//     Background expressions are left out: a relative or participle clause ("the museum, which
//     opened in 1764,", "the temple, built in 1832,", "the reactor that exploded in 1986") never
//     dates the sentence; a year used as an adjective ("a 2012 law") only when nothing else does;
//     the date of a dateline opening the paragraph ("KYIV, April 1, 2022 -- ...") is the
//     article's, not the sentence's.
//  2. else the time of the last sentence before it in the same paragraph that had one of its own
//     (the narrative). Stretches up to now ("since 1991", "for 30 years") and background times are
//     never inherited. Basis: context.
//  3. else the article's time: the publication day. Basis: publication, or inferred / file when
//     the article states no publication date (see Publication).
// A passage's time is the range covering its sentences' times (cover).
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
    bool inferred = false;        // no publication date stated: the latest date it names stands in
};

// The time of a sentence or a passage: the event time the slider filters by, and where it came from.
struct TimeOf {
    TimeSpan time;
    TimeBasis basis = TimeBasis::publication;
};

// Gives each sentence of `text` its time; `paragraphs[i]` holds the sentences of paragraph i (spans
// into `text`, all of one article, in text order), and so does the result.
std::vector<std::vector<TimeOf>> date_sentences(std::string_view text, Publication published,
                                                std::span<const std::vector<ByteSpan>> paragraphs);

// The time range covering a passage's sentences: their hull, the coarsest granularity and the
// most direct basis among them (explicit before relative before context...). `fallback` when
// there are none.
TimeOf cover(std::span<const TimeOf> sentences, TimeOf fallback);

}  // namespace placeline
