#pragma once
// Finding time expressions in English text: full dates, month-year, years.
// Each is normalised to an inclusive TimeSpan with its granularity and its byte span.
#include <string_view>
#include <vector>

#include "placeline/date.hpp"

namespace placeline {

enum class TimeBasis : uint8_t { explicit_date, relative, context, publication };
const char* to_string(TimeBasis b);

struct DateMention {
    size_t start = 0, end = 0;  // bytes into the text given to extract_dates
    TimeSpan span;
    TimeBasis basis = TimeBasis::explicit_date;
};

struct DateContext {
    // The year a bare "Sept. 19" belongs to: the publication year, else the last full date seen.
    int default_year = 0;
};

std::vector<DateMention> extract_dates(std::string_view text, const DateContext& context = {});

}  // namespace placeline
