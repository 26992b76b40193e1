#pragma once
// Finding a text's first byte beyond ASCII (0x80 or more), for the passes that can skip plain
// ASCII text or words: one copy of the sixty-four-bytes-a-step loop they each had.
#include <bit>
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace placeline {

// Where the first byte beyond ASCII in [from, to) of `text` is, or `to`: 64 bytes a step while
// none of them is (most of an English text), then sixteen, then one. Inline: it is asked per name
// and per article on hot paths.
inline size_t first_beyond_ascii(std::string_view text, size_t from, size_t to) {
#if defined(__SSE2__)
    auto load = [&](size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at)); };
    while (from + 64 <= to && _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(load(from), load(from + 16)),
                                                              _mm_or_si128(load(from + 32), load(from + 48)))) == 0)
        from += 64;
    while (from + 16 <= to) {
        // The bytes' high bits, one bit each.
        if (const unsigned high = unsigned(_mm_movemask_epi8(load(from)))) return from + size_t(std::countr_zero(high));
        from += 16;
    }
#endif
    while (from < to && static_cast<unsigned char>(text[from]) < 0x80) ++from;
    return from;
}

// Whether every byte of `s` is ASCII.
inline bool all_ascii(std::string_view s) { return first_beyond_ascii(s, 0, s.size()) == s.size(); }

}  // namespace placeline
