#pragma once
// Whole-text searches for a byte, for the passes after the matcher that look for a few words or
// marks anywhere in the text (listed_counties.cpp, postal_abbreviations.cpp): memchr reads many
// bytes at a time, and a long document's ranges are read on both cores.
#include <algorithm>
#include <cstring>
#include <string_view>

#include "placeline/base/on_cores.hpp"

namespace placeline::resolution {

// `at_byte(i)` for every i in [from, to) where text[i] is `c`, in text order.
template <class AtByte>
void each_byte(std::string_view text, size_t from, size_t to, char c, AtByte at_byte) {
    to = std::min(to, text.size());
    for (const char* p = text.data() + from, *end = text.data() + to;
         from < to && (p = static_cast<const char*>(std::memchr(p, c, size_t(end - p)))) != nullptr; ++p)
        at_byte(size_t(p - text.data()));
}

// How many ranges of about `range_bytes` a text of `size` bytes is read in (one for an ordinary
// article, which starts no thread); `scan(k, from, to)` for each range k, on both cores, each
// writing only to range k's own results.
constexpr size_t scan_range_bytes = 256 * 1024;
inline size_t scan_ranges(size_t size) { return std::max<size_t>(1, (size + scan_range_bytes - 1) / scan_range_bytes); }
template <class Scan>
void scan_on_cores(size_t size, Scan scan) {
    for_each_on_cores(scan_ranges(size), [&](size_t k) {
        scan(k, k * scan_range_bytes, std::min(size, (k + 1) * scan_range_bytes));
    });
}

}  // namespace placeline::resolution
