#pragma once
// Whole-text searches for a few marks, for the passes after the matcher that look for them
// anywhere in the text (listed_counties.cpp, postal_abbreviations.cpp). (Reading a long
// document's ranges on both cores was tried and dropped: it cost more instructions than it saved
// time, these scans being a small part of the whole.)
#include <algorithm>
#include <bit>
#include <cstring>
#include <string_view>

namespace placeline::resolution {

// `at_byte(i)` for every i in [from, to) where text[i] is `c`, in text order: memchr reads many
// bytes at a time.
template <class AtByte>
void each_byte(std::string_view text, size_t from, size_t to, char c, AtByte at_byte) {
    to = std::min(to, text.size());
    for (const char* p = text.data() + from, *end = text.data() + to;
         from < to && (p = static_cast<const char*>(std::memchr(p, c, size_t(end - p)))) != nullptr; ++p)
        at_byte(size_t(p - text.data()));
}

// `at(i)` for the places i of the text that a sixteen-byte sieve lets through, in text order.
// `lanes(p)` gives sixteen bits, bit k set where the text at p + k may hold what is sought (a
// cheap test of a few bytes at fixed distances, with SSE2: no false negative), reading the bytes
// p[0] to p[15 + reach]; `at(i)` makes the exact test, bounds included. Where fewer than
// 16 + reach bytes are left, every place is handed to `at`. A mark whose every byte is frequent
// in text (the u of "counties") stops memchr every few dozen bytes, at a call's cost each time;
// a sieve on several of its bytes at once lets almost nothing through. (memchr reads 32 bytes a
// step where the sieve reads 16: a mark whose first byte is rarer, a comma, is cheaper by memchr.)
template <class Lanes, class At>
void each_candidate(std::string_view text, size_t reach, Lanes lanes, At at) {
    const char* const base = text.data();
    size_t i = 0;
    for (; i + 16 + reach <= text.size(); i += 16)
        for (unsigned bits = lanes(base + i); bits; bits &= bits - 1) at(i + size_t(std::countr_zero(bits)));
    for (; i < text.size(); ++i) at(i);
}

}  // namespace placeline::resolution
