// WordList (word_list.hpp): at most half of the slots used, linear probing; a slot's tag (the
// hash's upper half) spares comparing the letters of most other words met on the way.
#include "placeline/places/word_list.hpp"

#include <algorithm>

#include "word_hash.hpp"

namespace placeline {

size_t WordList::slot_of(std::string_view word, uint64_t hash) const {
    const size_t mask = slots_.size() - 1;
    const uint32_t tag = uint32_t(hash >> 32);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        if (!slots_[i].entry) return i;
        if (slots_[i].tag == tag && this->word(slots_[i].entry - 1) == word) return i;
    }
}

// Places every word again in `size` slots (a power of two).
void WordList::grow(size_t size) {
    slots_.assign(size, Slot{});
    for (size_t k = 0; k < entries_.size(); ++k) {
        const uint64_t h = word_hash(word(k));
        const size_t i = slot_of(word(k), h);
        slots_[i] = {uint32_t(h >> 32), uint32_t(k + 1)};
    }
}

void WordList::reserve(size_t words, size_t letters) {
    entries_.reserve(words);
    pool_.reserve(letters);
    size_t size = 64;
    while (size < 2 * words) size *= 2;
    if (size > slots_.size()) grow(size);
}

void WordList::insert(std::string_view word) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow(std::max<size_t>(64, slots_.size() * 2));
    const uint64_t h = word_hash(word);
    const size_t i = slot_of(word, h);
    if (slots_[i].entry) return;
    entries_.push_back({uint32_t(pool_.size()), uint32_t(word.size())});
    pool_ += word;
    slots_[i] = {uint32_t(h >> 32), uint32_t(entries_.size())};
}

bool WordList::contains(std::string_view word) const {
    if (slots_.empty()) return false;
    return slots_[slot_of(word, word_hash(word))].entry != 0;
}

size_t WordList::index_of(std::string_view word) const {
    if (slots_.empty()) return npos;
    const uint32_t entry = slots_[slot_of(word, word_hash(word))].entry;
    return entry == 0 ? npos : entry - 1;
}

}  // namespace placeline
