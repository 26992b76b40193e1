#pragma once
// The folded words just before and just after a match, read from the article's tokens: the same
// words as words_before and words_after (resolution.hpp), which read them out of the text again
// and return a vector, for the resolver's pass over every match.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "placeline/places/names.hpp"

namespace placeline::resolution {

// Up to four words, nearest last before a match, first after one; folded as fold_token folds.
// A word that folds to itself (lower-case ASCII, most words) is a view of the text, which must
// outlive this; the others' folded letters are held in one string, one after another.
class NearWords {
public:
    static constexpr int capacity = 4;
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::string_view operator[](size_t k) const {
        const Slot& s = slots_[k];
        return s.own ? std::string_view(folded_).substr(s.at, s.size) : std::string_view(s.data, s.size);
    }
    std::string_view front() const { return (*this)[0]; }
    std::string_view back() const { return (*this)[size_ - 1]; }
    // The k-th from the end (0: the last), or an empty view past the first.
    std::string_view from_back(size_t k) const { return k < size_ ? (*this)[size_ - 1 - k] : std::string_view(); }

private:
    friend NearWords words_before(std::string_view, std::span<const Token>, size_t, int);
    friend NearWords words_after(std::string_view, std::span<const Token>, size_t, int);
    // Takes the words given (folded already), up to the capacity.
    void copy(const std::vector<std::string>& words);
    // Appends the token's folded word.
    void add(std::string_view token, bool ascii);
    struct Slot {
        const char* data = nullptr;  // the view of the text, when not own
        uint32_t at = 0;             // where folded_ holds the word, when own
        uint32_t size = 0;
        bool own = false;
    };
    std::array<Slot, capacity> slots_;
    // One string for all the folded words, not one per word: the functions return this by value,
    // and four strings cost four constructions, moves and destructions a call.
    std::string folded_;
    size_t size_ = 0;
};

// words_before(text, pos, count) and words_after(text, pos, count) for count <= 4, where `words` is
// tokenize(text).
NearWords words_before(std::string_view text, std::span<const Token> words, size_t pos, int count);
NearWords words_after(std::string_view text, std::span<const Token> words, size_t pos, int count);

}  // namespace placeline::resolution
