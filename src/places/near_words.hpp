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
    static constexpr size_t no_token = size_t(-1);
    // The index among the article's tokens of the token whose folded word back() is, when
    // words_before took the words from them; else no_token.
    size_t last_token() const { return last_token_; }

private:
    friend NearWords words_before(std::string_view, std::span<const Token>, size_t, int, size_t, int);
    friend NearWords words_after(std::string_view, std::span<const Token>, size_t, int);
    friend class TokensAfter;
    // Takes the words given (folded already), up to the capacity.
    void copy(const std::vector<std::string>& words);
    // Appends the token's folded word.
    void add(std::string_view token, bool ascii);
    // Appends a word folded already, as a view: it must outlive this.
    void take(std::string_view folded) { slots_[size_++] = {folded.data(), 0, uint32_t(folded.size()), false}; }
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
    size_t last_token_ = no_token;
};

// The tokens right after a position, each read and folded once for all the tests of a match that
// look there (the words after it, the next capitalised word, the run of an organisation's or an
// institution's name), where each test read and folded them again. Token 0 is what next_token
// reads from the position, token k what it reads from the end of token k - 1; read from the
// article's tokens where they are those (below), and only when asked.
class TokensAfter {
public:
    static constexpr size_t capacity = 4;
    // `words` is tokenize(text), or empty to read the text alone; both must outlive this. `from`,
    // when given, is at most first_token_from(words, pos): the first token from `pos` is sought
    // on from there (a match's first token, a few before its end), else searched for.
    static constexpr size_t search = size_t(-1);
    TokensAfter(std::string_view text, std::span<const Token> words, size_t pos, size_t from = search);
    // Its folded words are views of its own strings: a copy's would be of the original's.
    TokensAfter(const TokensAfter&) = delete;
    TokensAfter& operator=(const TokensAfter&) = delete;
    std::string_view text() const { return text_; }
    size_t position() const { return pos_; }
    // Token k (k < capacity), or nullptr when the text ends before it. (Read once: asked again,
    // inline.)
    const Token* token(size_t k) { return k < read_ ? &tokens_[k] : read_to(k); }
    // Token k's word as fold_token folds it; token(k) must have given one. A view of the text or
    // of this object.
    std::string_view folded(size_t k) { return folded_done_[k] ? folded_[k] : fold(k); }
    // words_after(text, words, position(), count): the words up to a comma, a bracket or the
    // end of a sentence, as views of the text or of this object.
    NearWords words(int count);
    // Whether words(count) reaches word k for any count > k (its word k is folded(k) then): tokens
    // 0 to k are there, with no comma, bracket or end of a sentence between. Reads no token past k.
    bool reaches(size_t k);

private:
    const Token* read_to(size_t k);
    std::string_view fold(size_t k);
    std::string_view text_;
    std::span<const Token> words_;
    size_t pos_;
    size_t next_ = 0;   // with aligned_: the index in words_ of token 0
    bool aligned_ = false;  // token k is words_[next_ + k]
    size_t read_ = 0;   // tokens read so far
    bool ended_ = false;  // the text ended after read_ tokens
    std::array<Token, capacity> tokens_;
    std::array<bool, capacity> folded_done_{};
    std::array<std::string_view, capacity> folded_;
    std::array<std::string, capacity> own_;  // the folded words that are no view of the text
};

// The word before `pos` across spaces and one full stop ("Mr. Jones", "Gen. Smith"), folded; with
// whether it is capitalised, where it starts and whether a full stop came after it (each set
// only as far as the word was read). Empty when there is none.
std::string word_before(std::string_view text, size_t pos, bool& capitalised, size_t& start, bool& dot);
// The same in the resolver's pass over the matches, where `words` is tokenize(text), `next` is
// first_token_from(words, pos) and `before` is words_before(text, words, pos, ...): a view of
// `before` or of `scratch`.
std::string_view word_before(std::string_view text, std::span<const Token> words, size_t next,
                             const NearWords& before, size_t pos, bool& capitalised, size_t& start, bool& dot,
                             std::string& scratch);

// words_before(text, pos, count) and words_after(text, pos, count) for count <= 4, where `words` is
// tokenize(text).
NearWords words_before(std::string_view text, std::span<const Token> words, size_t pos, int count);
// The same where `next` is first_token_from(words, pos), known already; with `take` < count, only
// the nearest `take` of those words at least (the window is still count words' bytes): for a
// caller that reads no further back.
NearWords words_before(std::string_view text, std::span<const Token> words, size_t pos, int count, size_t next,
                       int take = NearWords::capacity);
// The index of the first of `words` that starts at or after `pos` (words.size() if none).
size_t first_token_from(std::span<const Token> words, size_t pos);
NearWords words_after(std::string_view text, std::span<const Token> words, size_t pos, int count);

}  // namespace placeline::resolution
