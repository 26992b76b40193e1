// libFuzzer target: the date extractor on arbitrary bytes, with and without a reference day and
// an anchor. Every mention must lie inside the input and be a valid span.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "placeline/time/dates.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace placeline;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    DateContext contexts[3];
    contexts[1].default_year = 2023;
    contexts[2].reference = make_day(2023, 9, 21);
    contexts[2].previous = span_of_month(2020, 11);
    for (const DateContext& ctx : contexts)
        for (const DateMention& d : extract_dates(text, ctx))
            if (d.start >= d.end || d.end > size || !d.span.valid()) std::abort();
    return 0;
}
