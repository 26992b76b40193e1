#pragma once
// A set of words read once from a list file and asked at every match: the words' letters in one
// pool and a flat open-addressed index of them, looked up by string_view. A set of std::string
// made a node and a string per word at start-up (a word list of thousands, read by every run)
// and a string per lookup.
//
// A list is either built here (insert) or read in place from a compiled image that another run
// wrote (the lexicon's image in the data cache, lexicon_image.cpp): its three parts are the same
// arrays either way, and lookups read them through one view.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace placeline {

class WordList {
public:
    struct Entry {
        uint32_t offset, length;  // the word's bytes in the pool
    };
    struct Slot {
        uint32_t tag = 0;    // the upper half of the word's hash
        uint32_t entry = 0;  // index + 1 into the entries; 0: empty
    };
    // The arrays a list is made of: what an image stores, and what it is read back from.
    struct Parts {
        std::string_view pool;
        std::span<const Entry> entries;
        std::span<const Slot> slots;
    };

    WordList() = default;
    WordList(const WordList& other);
    WordList(WordList&& other) noexcept;
    WordList& operator=(const WordList& other);
    WordList& operator=(WordList&& other) noexcept;

    // A list read in place from parts that `keep` holds alive (a mapped file); none when the
    // parts could let a lookup read outside them (see parts_sound).
    static std::optional<WordList> viewing(const Parts& parts, std::shared_ptr<const void> keep);
    // Whether no lookup in these parts can read outside them or loop for ever: every entry inside
    // the pool, every slot's entry one of the entries, the slots a power of two with one empty.
    static bool parts_sound(const Parts& parts);
    Parts parts() const { return {std::string_view(view_.pool, view_.pool_bytes), {view_.entries, view_.entry_count}, {view_.slots, view_.slot_count}}; }

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
    size_t size() const { return view_.entry_count; }
    bool empty() const { return view_.entry_count == 0; }
    // The k-th word added (0 <= k < size()): valid until the next insert.
    std::string_view word(size_t k) const {
        return std::string_view(view_.pool + view_.entries[k].offset, view_.entries[k].length);
    }

private:
    // The slot holding `word`, or the empty one where it would go.
    size_t slot_of(std::string_view word, uint64_t hash) const;
    void grow(size_t slots);
    // Points the view at this list's own arrays (after they changed or moved).
    void view_own();
    void own_arrays();

    // What lookups read: this list's own arrays below, or an image's.
    struct View {
        const char* pool = nullptr;
        size_t pool_bytes = 0;
        const Entry* entries = nullptr;
        size_t entry_count = 0;
        const Slot* slots = nullptr;
        size_t slot_count = 0;
    } view_;
    std::string pool_;
    std::vector<Entry> entries_;
    std::vector<Slot> slots_;
    std::shared_ptr<const void> image_;  // set when the view is of an image
};

}  // namespace placeline
