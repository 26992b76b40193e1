#pragma once
// Whole-text searches for a few marks, for the passes after the matcher that look for them
// anywhere in the text (listed_counties.cpp, postal_abbreviations.cpp). A long document's are
// read in ranges on every core (scan_in_pieces): they ran in a stretch where the other core
// had nothing to do. (Tried before the helper threads and dropped: a thread started per scan
// cost more than it saved.)
#include <algorithm>
#include <bit>
#include <cstring>
#include <string_view>
#include <vector>

#include "placeline/base/on_cores.hpp"

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
// The places asked are those of [from, to); the sieve may read past `to` within the text.
template <class Lanes, class At>
void each_candidate(std::string_view text, size_t from, size_t to, size_t reach, Lanes lanes, At at) {
    const char* const base = text.data();
    to = std::min(to, text.size());
    // The sieve's steps end where its last read would pass the text's end (one bound to test).
    const size_t sieve_to = std::min(to, text.size() - std::min(text.size(), reach));
    size_t i = from;
    for (; i + 16 <= sieve_to; i += 16)
        for (unsigned bits = lanes(base + i); bits; bits &= bits - 1) at(i + size_t(std::countr_zero(bits)));
    for (; i < to; ++i) at(i);
}

// `scan(from, to, part)` over [0, size) into `all`: an ordinary article in one call on the
// calling thread; a long document in ranges of `piece_bytes` spread over the cores, each with a
// Part of its own, then `join(all, part)` in text order from the first range's. For a scan whose
// findings at a place depend on the text alone, not on where the range starts, that is one
// pass's findings.
template <class Part, class Scan, class Join>
void scan_in_pieces(size_t size, Part& all, Scan scan, Join join, size_t piece_bytes = 256 * 1024) {
    if (size <= piece_bytes) {
        scan(0, size, all);
        return;
    }
    std::vector<Part> parts((size + piece_bytes - 1) / piece_bytes);
    for_each_on_cores(parts.size(), [&](size_t p) { scan(p * piece_bytes, std::min(size, (p + 1) * piece_bytes), parts[p]); });
    all = std::move(parts[0]);
    for (size_t p = 1; p < parts.size(); ++p) join(all, parts[p]);
}

}  // namespace placeline::resolution
