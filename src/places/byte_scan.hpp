#pragma once
// Whole-text searches for a byte, for the passes after the matcher that look for a few words or
// marks anywhere in the text (listed_counties.cpp, postal_abbreviations.cpp): memchr reads many
// bytes at a time. (Reading a long document's ranges on both cores was tried and dropped: it cost
// more instructions than it saved time, these scans being a small part of the whole.)
#include <algorithm>
#include <cstring>
#include <string_view>

namespace placeline::resolution {

// `at_byte(i)` for every i in [from, to) where text[i] is `c`, in text order.
template <class AtByte>
void each_byte(std::string_view text, size_t from, size_t to, char c, AtByte at_byte) {
    to = std::min(to, text.size());
    for (const char* p = text.data() + from, *end = text.data() + to;
         from < to && (p = static_cast<const char*>(std::memchr(p, c, size_t(end - p)))) != nullptr; ++p)
        at_byte(size_t(p - text.data()));
}

}  // namespace placeline::resolution
