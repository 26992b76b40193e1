#pragma once
// Eight bytes at a time: tests on ASCII bytes in one 64-bit word ("SWAR"), for the loops that
// read every byte of every word (the folding of words), and the byte table of name keys.
//
// Every test works on the low seven bits of each byte, so that adding a constant of at most 0x80
// to a byte never carries into its neighbour, then keeps only bytes below 0x80; its answer is the
// top bit of each byte. A range test [lo, hi]: x + (0x80 - lo) has its top bit set exactly when
// x >= lo (x < 0x80), so "at least lo and not at least hi + 1" is x in the range.
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace placeline::ascii8 {

inline constexpr uint64_t ones = 0x0101010101010101ull;
inline constexpr uint64_t high = 0x8080808080808080ull;

// Eight bytes from `p`, the first in the lowest byte of the result, whatever the machine's order.
inline uint64_t load(const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    if constexpr (std::endian::native == std::endian::big) {
        uint64_t r = 0;
        for (int i = 0; i < 8; ++i) r |= ((w >> (8 * i)) & 0xFF) << (8 * (7 - i));
        w = r;
    }
    return w;
}

// Stores `w` as `load` would have read it.
inline void store(char* p, uint64_t w) {
    if constexpr (std::endian::native == std::endian::big) {
        uint64_t r = 0;
        for (int i = 0; i < 8; ++i) r |= ((w >> (8 * i)) & 0xFF) << (8 * (7 - i));
        w = r;
    }
    std::memcpy(p, &w, 8);
}

// Top bit set in each byte of `w` that lies in [lo, hi] (both below 0x80); other bits zero.
inline uint64_t in_range(uint64_t w, uint8_t lo, uint8_t hi) {
    const uint64_t low7 = w & ~high;
    const uint64_t at_least_lo = low7 + (0x80 - lo) * ones;
    const uint64_t above_hi = low7 + (0x80 - (hi + 1)) * ones;
    return at_least_lo & ~above_hi & ~w & high;
}

// Top bit set in each byte equal to `b` (b below 0x80).
inline uint64_t equal(uint64_t w, uint8_t b) { return in_range(w, b, b); }

// A-Z lowered; every other byte as it is.
inline uint64_t lower(uint64_t w) { return w | (in_range(w, 'A', 'Z') >> 2); }

}  // namespace placeline::ascii8

namespace placeline {

// A byte of an ASCII word as a folded name key holds it: A-Z lowered, apostrophes and dots
// dropped (0), every other byte as it is. One probe a byte instead of three tests, in the loops
// that fold every word; a 0 from a NUL byte itself (which no word holds) is kept by the callers.
inline constexpr std::array<unsigned char, 256> ascii_key_byte = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    t['\''] = t['.'] = 0;
    return t;
}();

}  // namespace placeline
