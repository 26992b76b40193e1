#pragma once
// The resolver's (name, place) pairs numbered in the order first seen, by their 64-bit pair key:
// an open-addressing table sized once for the candidates of a document, instead of a hash map
// allocating a node per pair (tens of thousands per long document, and per LGL's 588 articles).
// The document's names are numbered so too, each by its key entry's address.
#include <cstdint>
#include <utility>
#include <vector>

namespace placeline::resolution {

class PairNumbers {
public:
    // Room for `most` keys at most half full: the table never grows.
    explicit PairNumbers(size_t most) {
        size_t capacity = 16;
        while (capacity < 2 * most) capacity *= 2;
        mask_ = capacity - 1;
        slots_.assign(capacity, {0, empty});
    }
    // The number of `key`: the one it was given, or `next` if it is new (then `true`). At most
    // `most` distinct keys may be numbered.
    std::pair<uint32_t, bool> number(uint64_t key, uint32_t next) {
        // A pair key is a name's number above a place's: mixed, so that the low bits the table
        // uses depend on every bit.
        size_t at = size_t((key ^ (key >> 29)) * 0xBF58476D1CE4E5B9ull >> 32) & mask_;
        for (;; at = (at + 1) & mask_) {
            auto& [k, number] = slots_[at];
            if (number == empty) {
                k = key;
                number = next;
                return {next, true};
            }
            if (k == key) return {number, false};
        }
    }

private:
    static constexpr uint32_t empty = UINT32_MAX;
    size_t mask_ = 0;
    std::vector<std::pair<uint64_t, uint32_t>> slots_;
};

}  // namespace placeline::resolution
