#pragma once
// A set of words read once from a list file and asked at every match: the words' letters in one
// pool and a flat open-addressed index of them, looked up by string_view. A set of std::string
// made a node and a string per word at start-up (a word list of thousands, read by every run)
// and a string per lookup.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace placeline {

class WordList {
public:
    // Room for this many words without the index growing (a list file's lines, counted first).
    void reserve(size_t words, size_t letters);
    // Adds the word (a copy); a word already there is kept once.
    void insert(std::string_view word);
    bool contains(std::string_view word) const;
    static constexpr size_t npos = size_t(-1);
    // Where the word was added among the words (the k of word(k)), or npos.
    size_t index_of(std::string_view word) const;
    // As a set's count: 1 or 0.
    size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }
    size_t size() const { return entries_.size(); }
    bool empty() const { return entries_.empty(); }
    // The k-th word added (0 <= k < size()): valid until the next insert.
    std::string_view word(size_t k) const { return std::string_view(pool_).substr(entries_[k].offset, entries_[k].length); }

private:
    struct Entry {
        uint32_t offset, length;
    };
    // The slot holding `word`, or the empty one where it would go.
    size_t slot_of(std::string_view word, uint64_t hash) const;
    void grow(size_t slots);
    std::string pool_;
    std::vector<Entry> entries_;
    struct Slot {
        uint32_t tag = 0;    // the upper half of the word's hash
        uint32_t entry = 0;  // index + 1 into entries_; 0: empty
    };
    std::vector<Slot> slots_;
};

}  // namespace placeline
