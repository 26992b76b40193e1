#pragma once
// A hash for the short words the resolver looks up in its tables (a lower-case word of an
// article, a word before or after a match). FNV-1a, used before, costs a multiplication and a
// few instructions per byte; this reads a word of up to eight bytes in two or three loads of
// fixed size and mixes them with two multiplications, whatever its length. The words a table is
// built from and those asked are hashed alike, so which hash it is changes no answer.
#include <cstdint>
#include <cstring>
#include <string_view>

namespace placeline {

inline uint64_t word_hash(std::string_view w) {
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    const size_t n = w.size();
    auto load32 = [](const unsigned char* q) {
        uint32_t v;
        std::memcpy(&v, q, sizeof v);
        return uint64_t(v);
    };
    auto load64 = [](const unsigned char* q) {
        uint64_t v;
        std::memcpy(&v, q, sizeof v);
        return v;
    };
    // The word's bytes as two 64-bit values: together with its length they tell it from any
    // other word of up to eight bytes (first and last four bytes, or first, middle and last).
    uint64_t a = 0, b = 0;
    if (n >= 8) {
        // Longer words: every eight bytes folded in, the last eight read where they end.
        for (size_t i = 0; i + 8 < n; i += 8) a = (a ^ load64(p + i)) * 0x9E3779B97F4A7C15ull;
        b = load64(p + n - 8);
    } else if (n >= 4) {
        a = load32(p);
        b = load32(p + n - 4);
    } else if (n > 0) {
        a = (uint64_t(p[0]) << 16) | (uint64_t(p[n / 2]) << 8) | p[n - 1];
    }
    // Two rounds of multiply and fold (the mixer of MurmurHash3's finaliser kind), so that the
    // upper bits (a table's tag) and the lower ones (its slot) both depend on every input bit.
    uint64_t h = (a ^ (uint64_t(n) << 56)) * 0xBF58476D1CE4E5B9ull;
    h ^= (h >> 31) ^ b;
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 29);
}

}  // namespace placeline
