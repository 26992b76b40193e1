// WordList (word_list.hpp): at most half of the slots used, linear probing; a slot's tag (the
// hash's upper half) spares comparing the letters of most other words met on the way.
#include "placeline/places/word_list.hpp"

#include <algorithm>

#include "word_hash.hpp"

namespace placeline {

void WordList::view_own() {
    view_ = {pool_.data(), pool_.size(), entries_.data(), entries_.size(), slots_.data(), slots_.size()};
}

// A copy or a move of a list built here views its own new arrays; one of an image views the
// same image, which it keeps alive too.
WordList::WordList(const WordList& other)
    : view_(other.view_), pool_(other.pool_), entries_(other.entries_), slots_(other.slots_), image_(other.image_) {
    if (!image_) view_own();
}

WordList::WordList(WordList&& other) noexcept
    : view_(other.view_), pool_(std::move(other.pool_)), entries_(std::move(other.entries_)),
      slots_(std::move(other.slots_)), image_(std::move(other.image_)) {
    if (!image_) view_own();
    other = WordList();
}

WordList& WordList::operator=(const WordList& other) {
    if (this != &other) *this = WordList(other);
    return *this;
}

WordList& WordList::operator=(WordList&& other) noexcept {
    if (this == &other) return *this;
    view_ = other.view_;
    pool_ = std::move(other.pool_);
    entries_ = std::move(other.entries_);
    slots_ = std::move(other.slots_);
    image_ = std::move(other.image_);
    if (!image_) view_own();
    other.view_ = View{};
    other.pool_.clear();
    other.entries_.clear();
    other.slots_.clear();
    other.image_.reset();
    return *this;
}

namespace {

// As in gazetteer_check.cpp: the loops over a list's records (some 100,000 for the lexicon at
// every start) are compiled for AVX2 too, and compare signed lanes with the top bits flipped (the
// base x86-64 set compares only signed lanes, and the compiler leaves an unsigned loop scalar).
// They count without branching, so that the compiler reads the arrays a vector at a time.
#if defined(__x86_64__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define PLACELINE_ALSO_AVX2 __attribute__((target_clones("avx2", "default")))
#endif
#endif
#ifndef PLACELINE_ALSO_AVX2
#define PLACELINE_ALSO_AVX2
#endif

int32_t flipped(uint32_t v) { return int32_t(v ^ 0x80000000u); }

// Entries that reach past a pool of `pool` bytes (pool < 2^32): a word's length is at most the
// pool's, and its offset at most what the pool leaves after it (no sum that could wrap).
PLACELINE_ALSO_AVX2 size_t entries_outside(const WordList::Entry* e, size_t n, uint32_t pool) {
    size_t bad = 0;
    for (size_t i = 0; i < n; ++i)
        bad += (flipped(e[i].length) > flipped(pool)) | (flipped(e[i].offset) > flipped(pool - e[i].length));
    return bad;
}

// Slots naming an entry past `count`, and (in `empty`) the empty slots.
PLACELINE_ALSO_AVX2 size_t slots_outside(const WordList::Slot* s, size_t n, uint32_t count, size_t& empty) {
    size_t bad = 0, none = 0;
    for (size_t i = 0; i < n; ++i) {
        bad += flipped(s[i].entry) > flipped(count);
        none += s[i].entry == 0;
    }
    empty = none;
    return bad;
}

}  // namespace

bool WordList::parts_sound(const Parts& parts) {
    const size_t slots = parts.slots.size();
    if (slots != 0 && (slots & (slots - 1)) != 0) return false;
    if (parts.entries.size() >= slots && !parts.entries.empty()) return false;
    if (parts.entries.size() >= UINT32_MAX || parts.pool.size() >= UINT32_MAX) return false;
    size_t empty = 0;
    const size_t bad = entries_outside(parts.entries.data(), parts.entries.size(), uint32_t(parts.pool.size())) +
                       slots_outside(parts.slots.data(), slots, uint32_t(parts.entries.size()), empty);
    // slot_of stops at an empty slot: without one, a word not in the list would be sought for ever.
    return bad == 0 && (slots == 0 || empty > 0);
}

std::optional<WordList> WordList::viewing(const Parts& parts, std::shared_ptr<const void> keep) {
    if (!parts_sound(parts)) return std::nullopt;
    WordList out;
    out.view_ = {parts.pool.data(), parts.pool.size(), parts.entries.data(), parts.entries.size(), parts.slots.data(),
                 parts.slots.size()};
    out.image_ = std::move(keep);
    return out;
}

size_t WordList::slot_of(std::string_view word, uint64_t hash) const {
    const size_t mask = view_.slot_count - 1;
    const uint32_t tag = uint32_t(hash >> 32);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        if (!view_.slots[i].entry) return i;
        if (view_.slots[i].tag == tag && this->word(view_.slots[i].entry - 1) == word) return i;
    }
}

// Places every word again in `size` slots (a power of two).
void WordList::grow(size_t size) {
    slots_.assign(size, Slot{});
    view_own();
    for (size_t k = 0; k < entries_.size(); ++k) {
        const uint64_t h = word_hash(word(k));
        const size_t i = slot_of(word(k), h);
        slots_[i] = {uint32_t(h >> 32), uint32_t(k + 1)};
    }
}

// A list read in place takes a copy of its arrays before it changes (none does today).
void WordList::own_arrays() {
    if (!image_) return;
    pool_.assign(view_.pool, view_.pool_bytes);
    entries_.assign(view_.entries, view_.entries + view_.entry_count);
    slots_.assign(view_.slots, view_.slots + view_.slot_count);
    image_.reset();
    view_own();
}

void WordList::reserve(size_t words, size_t letters) {
    own_arrays();
    entries_.reserve(words);
    pool_.reserve(letters);
    view_own();
    size_t size = 64;
    while (size < 2 * words) size *= 2;
    if (size > slots_.size()) grow(size);
}

void WordList::insert(std::string_view word) {
    own_arrays();
    if ((entries_.size() + 1) * 2 > slots_.size()) grow(std::max<size_t>(64, slots_.size() * 2));
    const uint64_t h = word_hash(word);
    const size_t i = slot_of(word, h);
    if (slots_[i].entry) return;
    entries_.push_back({uint32_t(pool_.size()), uint32_t(word.size())});
    pool_ += word;
    slots_[i] = {uint32_t(h >> 32), uint32_t(entries_.size())};
    view_own();
}

bool WordList::contains(std::string_view word) const {
    if (view_.slot_count == 0) return false;
    return view_.slots[slot_of(word, word_hash(word))].entry != 0;
}

size_t WordList::index_of(std::string_view word) const {
    if (view_.slot_count == 0) return npos;
    const uint32_t entry = view_.slots[slot_of(word, word_hash(word))].entry;
    return entry == 0 ? npos : entry - 1;
}

}  // namespace placeline
