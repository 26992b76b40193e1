#pragma once
// Finding time expressions in English text: full dates, month-year, years, decades, centuries,
// seasons, ranges, and expressions relative to the publication day ("last year", "since 2020") or
// to the last date written before them ("five days later", "a month after the ceasefire").
// Each is normalised to an inclusive TimeSpan with its granularity and its byte span.
#include <optional>
#include <string_view>
#include <vector>

#include "placeline/time/date.hpp"

namespace placeline {

// How a passage's time was found; to_string gives the words the exports print:
// "explicit", "relative", "context", "publication" (the publication date the article states),
// "inferred" (no stated publication date: one inferred from the latest date the text names) and
// "file" (neither: the file's time stands in).
enum class TimeBasis : uint8_t { explicit_date, relative, context, publication, inferred, file };
const char* to_string(TimeBasis b);

struct DateMention {
    size_t start = 0, end = 0;  // bytes into the text given to extract_dates
    TimeSpan span;
    TimeBasis basis = TimeBasis::explicit_date;  // explicit_date or relative
};

struct DateContext {
    // The year of a bare "Sept. 19" when there is no reference day and no year earlier in the text.
    int default_year = 0;
    // The text's "now" (its publication day): anchors "last year", "two days ago", "since 2020".
    // The year of a bare "Sept. 19" is, in order: the last year written earlier in the text (not
    // one used as an adjective, "the 2016 referendum"); the first from about the last day or month
    // named before it (a story told in order), if not after now; else the nearest to now, a date
    // ahead counting three times ("January 5" in late November is the coming one).
    std::optional<Day> reference;
    // The last explicit time written before this text (e.g. in an earlier paragraph): anchors
    // "five days later" and "a month after the ceasefire" until the text names a date itself.
    std::optional<TimeSpan> previous;
};

std::vector<DateMention> extract_dates(std::string_view text, const DateContext& context = {});

}  // namespace placeline
