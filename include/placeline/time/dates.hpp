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
// "explicit", "relative", "context", "publication".
enum class TimeBasis : uint8_t { explicit_date, relative, context, publication };
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
    // The year of a bare "Sept. 19" is, in order: the last year written earlier in the text; the
    // first from about the last day or month named before it (a story told in order), if not
    // after now; else the most recent one, allowing a month after now for announced events.
    std::optional<Day> reference;
    // The last explicit time written before this text (e.g. in an earlier paragraph): anchors
    // "five days later" and "a month after the ceasefire" until the text names a date itself.
    std::optional<TimeSpan> previous;
};

std::vector<DateMention> extract_dates(std::string_view text, const DateContext& context = {});

}  // namespace placeline
