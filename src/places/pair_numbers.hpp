#pragma once
// The resolver's (name, place) pairs numbered in the order first seen, by their 64-bit pair key:
// an open-addressing table sized once for the candidates of a document, instead of a hash map
// allocating a node per pair (tens of thousands per long document, and per LGL's 588 articles).
// The document's names are numbered so too, each by its key entry's address.
#include <cstdint>
#include <utility>
#include <vector>

namespace placeline::resolution {

// `Grows`: the table starts at no more than first_slots and doubles as keys come (the
// document's names: a long document's are far fewer than its matches, 2,600 among 26,000, and
// a table sized for the matches was a megabyte, zeroed and then read at random, a cache miss a
// match, on one core). Without it (the pairs) the lookups stay as they were: a growing table
// costs every lookup a little more, which an article's many candidates would pay.
template <bool Grows>
class PairNumbersOf {
public:
    static constexpr size_t first_slots = 8192;  // 128 KB: within the core's cache
    // Room for `most` keys at most half full (a growing table: up to first_slots at first); a
    // table that does not grow never needs more.
    explicit PairNumbersOf(size_t most) {
        size_t capacity = 16;
        while (capacity < 2 * most && (!Grows || capacity < first_slots)) capacity *= 2;
        mask_ = capacity - 1;
        slots_.assign(capacity, {0, empty});
    }
    // The number of `key`: the one it was given, or `next` if it is new (then `true`). At most
    // `most` distinct keys may be numbered. The numbers are the caller's: a table grown holds
    // the same ones.
    std::pair<uint32_t, bool> number(uint64_t key, uint32_t next) {
        for (size_t at = slot_of(key);; at = (at + 1) & mask_) {
            auto& [k, number] = slots_[at];
            if (number == empty) {
                k = key;
                number = next;
                if constexpr (Grows)
                    if (2 * ++used_ > slots_.size()) grow();
                return {next, true};
            }
            if (k == key) return {number, false};
        }
    }

private:
    static constexpr uint32_t empty = UINT32_MAX;
    // A pair key is a name's number above a place's: mixed, so that the low bits the table uses
    // depend on every bit.
    size_t slot_of(uint64_t key) const { return size_t((key ^ (key >> 29)) * 0xBF58476D1CE4E5B9ull >> 32) & mask_; }
    // Twice the slots, every key placed again with its number.
    [[gnu::noinline]] void grow() {
        std::vector<std::pair<uint64_t, uint32_t>> old(2 * slots_.size(), {0, empty});
        old.swap(slots_);
        mask_ = slots_.size() - 1;
        for (const auto& [key, number] : old) {
            if (number == empty) continue;
            size_t at = slot_of(key);
            while (slots_[at].second != empty) at = (at + 1) & mask_;
            slots_[at] = {key, number};
        }
    }
    size_t mask_ = 0;
    size_t used_ = 0;  // (counted by a growing table only)
    std::vector<std::pair<uint64_t, uint32_t>> slots_;
};
using PairNumbers = PairNumbersOf<false>;
using GrowingPairNumbers = PairNumbersOf<true>;

}  // namespace placeline::resolution
