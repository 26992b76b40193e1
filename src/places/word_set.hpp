#pragma once
// A fixed set of words, asked many times (the resolver's cue, title and institution words).
#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "word_hash.hpp"

namespace placeline::resolution {

// A fixed list of words asked at every match: one probe of a flat table instead of a comparison
// per word (the views are of string literals, which live as long as the program).
class WordSet {
public:
    WordSet(std::initializer_list<std::string_view> words)
        : WordSet(std::span<const std::string_view>(words.begin(), words.size())) {}
    // The words' views must outlive the set.
    explicit WordSet(std::span<const std::string_view> words) {
        size_t size = 16;
        while (size < 4 * words.size()) size *= 2;  // at most a quarter full: short probes
        slots_.assign(size, std::string_view());
        mask_ = size - 1;
        for (std::string_view w : words) {
            if (w.empty()) continue;  // no list holds one, and an empty slot means none
            lengths_[static_cast<unsigned char>(w[0])] |= length_bit(w);
            size_t i = size_t(word_hash(w)) & mask_;
            while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & mask_;
            slots_[i] = w;
        }
    }
    // Most words asked are in no set: most fail on their first letter and length, unhashed, and
    // inline, without a call.
    [[gnu::always_inline]] bool has(std::string_view w) const {
        if (w.empty() || !(lengths_[static_cast<unsigned char>(w[0])] & length_bit(w))) return false;
        return probe(w);
    }

private:
    [[gnu::noinline]] bool probe(std::string_view w) const {
        for (size_t i = size_t(word_hash(w)) & mask_; !slots_[i].empty(); i = (i + 1) & mask_)
            if (slots_[i] == w) return true;
        return false;
    }
    // A bit for the word's length; every length from 31 on shares the last.
    static uint32_t length_bit(std::string_view w) { return uint32_t(1) << std::min<size_t>(w.size(), 31); }
    std::vector<std::string_view> slots_;  // a power of two of them; empty: free
    size_t mask_ = 0;
    std::array<uint32_t, 256> lengths_{};  // by first byte: the lengths of the set's words that begin so
};

// Several fixed lists of words asked about the same word: one probe gives the lists that hold it,
// a bit for each (the views are of string literals, as WordSet's).
class WordClasses {
public:
    struct List {
        std::span<const std::string_view> words;
        uint32_t bit;
    };
    WordClasses(std::initializer_list<List> lists) {
        size_t words = 0;
        for (const List& l : lists) words += l.words.size();
        size_t size = 16;
        while (size < 4 * words) size *= 2;  // at most a quarter full: short probes
        slots_.assign(size, Slot{});
        mask_ = size - 1;
        for (const List& l : lists)
            for (std::string_view w : l.words) {
                if (w.empty()) continue;  // an empty slot means none
                lengths_[static_cast<unsigned char>(w[0])] |= length_bit(w);
                size_t i = size_t(word_hash(w)) & mask_;
                while (!slots_[i].word.empty() && slots_[i].word != w) i = (i + 1) & mask_;
                slots_[i].word = w;
                slots_[i].bits |= l.bit;
            }
    }
    // The bits of the lists that hold `w`; 0 for most words, turned away on their first byte and
    // length unhashed.
    [[gnu::always_inline]] uint32_t of(std::string_view w) const {
        if (w.empty() || !(lengths_[static_cast<unsigned char>(w[0])] & length_bit(w))) return 0;
        return probe(w);
    }

private:
    [[gnu::noinline]] uint32_t probe(std::string_view w) const {
        for (size_t i = size_t(word_hash(w)) & mask_; !slots_[i].word.empty(); i = (i + 1) & mask_)
            if (slots_[i].word == w) return slots_[i].bits;
        return 0;
    }
    static uint32_t length_bit(std::string_view w) { return uint32_t(1) << std::min<size_t>(w.size(), 31); }
    struct Slot {
        std::string_view word;  // empty: free
        uint32_t bits = 0;
    };
    std::vector<Slot> slots_;  // a power of two of them
    size_t mask_ = 0;
    std::array<uint32_t, 256> lengths_{};
};

}  // namespace placeline::resolution
