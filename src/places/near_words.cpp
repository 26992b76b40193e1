// The words just before and just after a position: read out of the text (words_before,
// words_after), or out of the article's tokens where that gives the same words (the resolver's
// pass over every match), falling back to the reading otherwise.
#include "near_words.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "placeline/places/resolution.hpp"

namespace placeline::resolution {

namespace {

// Where a window of text before a position starts: enough bytes for `count` words.
size_t window_start(size_t pos, int count) { return pos > 24 * size_t(count) ? pos - 24 * size_t(count) : 0; }

// An ASCII byte no token holds (names.cpp's tokeniser): not a letter or a digit, nor an
// apostrophe (inside "Ts'khinvali") or a full stop (inside the initials "U.S."). A token ends
// before it whatever follows, and the next one starts after it whatever came before.
bool token_break(char c) {
    const auto b = static_cast<unsigned char>(c);
    // (std::isalnum in the "C" locale, which the program keeps: ASCII letters and digits.)
    const bool alnum = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    return b < 0x80 && !alnum && b != '\'' && b != '.';
}

// Whether the text before `pos` ends in a token break: an ASCII one, or one of the spaces, dashes,
// quotation marks and bullets of news text outside ASCII (U+00A0, U+00AB, U+00BB, U+2013, U+2014,
// U+201C, U+201D, U+2022, U+2026). None of those is a letter, a digit, a mark or an apostrophe, so
// the tokeniser starts no word with one and ends any word before one, as at an ASCII break.
bool breaks_before(std::string_view text, size_t pos) {
    const auto b = static_cast<unsigned char>(text[pos - 1]);
    if (b < 0x80) return token_break(text[pos - 1]);
    auto byte = [&](size_t back) { return pos >= back ? static_cast<unsigned char>(text[pos - back]) : 0; };
    if (byte(2) == 0xC2) return b == 0xA0 || b == 0xAB || b == 0xBB;
    if (byte(3) == 0xE2 && byte(2) == 0x80) return b == 0x93 || b == 0x94 || b == 0x9C || b == 0x9D || b == 0xA2 || b == 0xA6;
    return false;
}

// Whether a cue reaches across the text between two words: it does not across the end of a
// sentence or line (before), nor across a comma or a bracket (after). The stops as a table of
// bytes: the text between two words is mostly one space, which find_first_of met with a memchr
// of the stops.
struct Stops {
    std::array<bool, 256> is{};
    constexpr explicit Stops(const char* stops) {
        for (; *stops; ++stops) is[static_cast<unsigned char>(*stops)] = true;
    }
};
bool holds_any(std::string_view between, const Stops& stops) {
    for (char c : between)
        if (stops.is[static_cast<unsigned char>(c)]) return true;
    return false;
}
constexpr Stops stops_before(".!?\n;:");
constexpr Stops stops_after(".!?\n;:,()");

}  // namespace

void NearWords::copy(const std::vector<std::string>& words) {
    size_ = 0;
    folded_.clear();
    for (size_t k = 0; k < words.size() && k < size_t(capacity); ++k) {
        slots_[k] = {nullptr, uint32_t(folded_.size()), uint32_t(words[k].size()), true};
        folded_ += words[k];
        size_ = k + 1;
    }
}

void NearWords::add(std::string_view token, bool ascii) {
    Slot& slot = slots_[size_];
    // fold_token drops apostrophes and full stops and lowers ASCII capitals: a token with none
    // of them folds to itself.
    const bool itself = ascii && std::none_of(token.begin(), token.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || c == '\'' || c == '.';
    });
    if (itself) {
        slot = {token.data(), 0, uint32_t(token.size()), false};
    } else {
        // fold_token writes its word over the string it is given.
        thread_local std::string word;
        fold_token(token, ascii, word);
        slot = {nullptr, uint32_t(folded_.size()), uint32_t(word.size()), true};
        folded_ += word;
    }
    ++size_;
}

std::vector<std::string> words_before(std::string_view text, size_t pos, int count) {
    size_t from = window_start(pos, count);
    std::string_view window = text.substr(from, pos - from);
    // Asked several times for every match: the window's tokens go to a buffer kept per thread.
    thread_local std::vector<Token> tokens;
    tokens.clear();
    Token t;
    for (size_t at = 0; next_token(window, at, t); at = t.end) tokens.push_back(t);
    std::vector<std::string> out;
    out.reserve(size_t(std::max(count, 0)));
    // Only words of the same sentence and line count: a cue does not reach across a full stop.
    for (size_t k = tokens.size(); k-- > 0 && int(out.size()) < count;) {
        std::string_view between = window.substr(tokens[k].end, (k + 1 < tokens.size() ? tokens[k + 1].start
                                                                                        : window.size()) - tokens[k].end);
        if (holds_any(between, stops_before)) break;
        fold_token(window.substr(tokens[k].start, tokens[k].end - tokens[k].start), tokens[k].ascii, out.emplace_back());
    }
    std::reverse(out.begin(), out.end());  // nearest last
    return out;
}

std::vector<std::string> words_after(std::string_view text, size_t pos, int count) {
    std::vector<std::string> out;
    out.reserve(size_t(std::max(count, 0)));
    Token t;
    size_t at = pos;
    while (int(out.size()) < count && next_token(text, at, t)) {
        if (holds_any(text.substr(at, t.start - at), stops_after)) break;
        fold_token(text.substr(t.start, t.end - t.start), t.ascii, out.emplace_back());
        at = t.end;
    }
    return out;
}

// words_before reads the window's tokens; they are the article's own tokens when the window
// cuts no word in a way that changes them. Where the byte before `pos` is a token break, no
// token of the article reads past it, so none of the window's reads differently for the
// window's end. Where the window starts between two of the article's tokens, its first token is
// the article's next one; where it starts inside a word, its tokens are the article's from the
// first that follows a token break. The words are those tokens', nearest first, back to a full
// stop or a line's end, as words_before takes them; when it would take a word from the cut
// word's pieces, it is asked itself.
size_t first_token_from(std::span<const Token> words, size_t pos) {
    auto starts_before = [](const Token& t, size_t p) { return t.start < p; };
    return size_t(std::lower_bound(words.begin(), words.end(), pos, starts_before) - words.begin());
}

NearWords words_before(std::string_view text, std::span<const Token> words, size_t pos, int count) {
    return words_before(text, words, pos, count, first_token_from(words, pos));
}

NearWords words_before(std::string_view text, std::span<const Token> words, size_t pos, int count, size_t end,
                       int take) {
    // Every return gives `out`, so that it is made in the caller's place (a NearWords is two
    // hundred bytes).
    NearWords out;
    count = std::min(count, NearWords::capacity);
    take = std::min(take, count);
    if (pos == 0 || count <= 0) return out;
    if (!breaks_before(text, pos)) {
        out.copy(words_before(text, pos, count));
        return out;
    }
    const size_t from = window_start(pos, count);
    auto starts_before = [](const Token& t, size_t p) { return t.start < p; };
    // The article's tokens in the window: [first, end), `end` the first token from `pos`; a token
    // is among them when it starts at `from` or after. Where a token break stands just before or
    // at `from` (or the window is the text's start), no token holds both sides of `from`, so no
    // word is cut and `first` need not be known: the tokens taken below are asked their start.
    const bool whole_words = from == 0 || token_break(text[from - 1]) || token_break(text[from]);
    // Else the window's tokens start at distinct bytes of it, so there are at most pos - from of
    // them: `first` is searched for among the last pos - from tokens before `end` only.
    const size_t lowest = end > pos - from ? end - (pos - from) : 0;
    // The tokens taken, nearest first, then folded in the text's order: the nearest `take` of the
    // article's tokens in the window, back to a stop.
    size_t taken[NearWords::capacity];
    int n = 0;
    for (size_t k = end; k-- > lowest && n < take && words[k].start >= from;) {
        const size_t next_start = k + 1 < end ? words[k + 1].start : pos;
        if (holds_any(text.substr(words[k].end, next_start - words[k].end), stops_before)) break;
        taken[n++] = k;
    }
    // Where the window starts inside a word, the window's tokens are the article's from the first
    // token break inside it on, whatever the cut word's pieces before it read. So where `take`
    // tokens were taken and a token break inside the window stands right before the earliest,
    // they are the window's nearest words, and its start need not be looked into (most matches:
    // the word before is a few tokens back, and `first` a search among some twenty).
    const bool settled = whole_words || (n > 0 && n == take && words[taken[n - 1]].start > from &&
                                         token_break(text[words[taken[n - 1]].start - 1]));
    if (!settled) {
        const size_t first =
            size_t(std::lower_bound(words.begin() + lowest, words.begin() + end, from, starts_before) - words.begin());
        // The window starts inside the word before `first`: its pieces are tokens of the window too.
        const bool cut_word = first > 0 && words[first - 1].end > from;
        // Past the byte before `first`, a token break, the window's tokens are the article's: the
        // nearest `take` words are theirs whatever the cut word's pieces before them add; but
        // where the tokens taken reach `first` with fewer than `take`, the pieces would be taken
        // too.
        if (cut_word && (first == end || !token_break(text[words[first].start - 1]) ||
                         (n > 0 && taken[n - 1] == first && n < take))) {
            out.copy(words_before(text, pos, count));
            return out;
        }
    }
    if (n > 0) out.last_token_ = taken[0];
    while (n-- > 0) out.add(text.substr(words[taken[n]].start, words[taken[n]].end - words[taken[n]].start), words[taken[n]].ascii);
    return out;
}

// words_after reads on from `pos` with next_token: outside a token, that finds the article's next
// token, and from each token's end the one after.
NearWords words_after(std::string_view text, std::span<const Token> words, size_t pos, int count) {
    count = std::min(count, NearWords::capacity);
    auto starts_before = [](const Token& t, size_t p) { return t.start < p; };
    const size_t next = size_t(std::lower_bound(words.begin(), words.end(), pos, starts_before) - words.begin());
    NearWords out;  // the only object returned, as in words_before
    if (next > 0 && words[next - 1].end > pos) {
        out.copy(words_after(text, pos, count));
        return out;
    }
    size_t at = pos;
    for (size_t k = next; k < words.size() && int(out.size()) < count; ++k) {
        if (holds_any(text.substr(at, words[k].start - at), stops_after)) break;
        out.add(text.substr(words[k].start, words[k].end - words[k].start), words[k].ascii);
        at = words[k].end;
    }
    return out;
}

namespace {
// The letters of the word that ends, spaces and one dot aside, just before `pos`: [b, end) and
// whether a dot followed them; false when there is none. Both word_before forms read it so.
bool letters_before(std::string_view text, size_t pos, size_t& b, size_t& end, bool& dot) {
    end = pos;
    while (end > 0 && text[end - 1] == ' ') --end;
    if (end == pos || end == 0) return false;
    dot = text[end - 1] == '.';
    if (dot) --end;
    b = end;
    while (b > 0 && ((text[b - 1] >= 'a' && text[b - 1] <= 'z') || (text[b - 1] >= 'A' && text[b - 1] <= 'Z') ||
                     (static_cast<unsigned char>(text[b - 1]) >= 0x80)))
        --b;
    return b != end;
}
}  // namespace

std::string word_before(std::string_view text, size_t pos, bool& capitalised, size_t& start, bool& dot) {
    size_t b = 0, end = 0;
    if (!letters_before(text, pos, b, end, dot)) return {};
    start = b;
    Token t;
    std::string w;
    if (!next_token(text.substr(b, end - b), 0, t)) return {};
    capitalised = t.capitalised;
    fold_token(text.substr(b + t.start, t.end - t.start), t.ascii, w);
    return w;
}

// Where word_before reads just the article's token before `pos` (the letters it reads back to are
// that token's), next_token reads that token again out of them (it reads on from a token's start
// alone), and its folded word is the one words_before took last, or folded once here.
std::string_view word_before(std::string_view text, std::span<const Token> words, size_t next,
                             const NearWords& before, size_t pos, bool& capitalised, size_t& start, bool& dot,
                             std::string& scratch) {
    size_t b = 0, end = 0;
    if (!letters_before(text, pos, b, end, dot)) return {};
    start = b;
    if (next > 0 && next <= words.size() && words[next - 1].start == b && words[next - 1].end == end) {
        const Token& t = words[next - 1];
        capitalised = t.capitalised;
        if (before.last_token() == next - 1) return before.back();
        fold_token(text.substr(b, end - b), t.ascii, scratch);
        return scratch;
    }
    scratch = word_before(text, pos, capitalised, start, dot);
    return scratch;
}

TokensAfter::TokensAfter(std::string_view text, std::span<const Token> words, size_t pos, size_t from)
    : text_(text), words_(words), pos_(pos) {
    // As in words_after: outside a token, next_token from `pos` reads the article's next token,
    // and from each token's end the one after. Inside one it reads a piece of it: read so then.
    if (words.empty()) return;
    // The first token from `pos`, sought on from `from` (a match's own few tokens).
    if (from == search) {
        next_ = first_token_from(words, pos);
    } else {
        next_ = std::min(from, words.size());
        while (next_ < words.size() && words[next_].start < pos) ++next_;
    }
    aligned_ = next_ == 0 || words[next_ - 1].end <= pos;
}

const Token* TokensAfter::read_to(size_t k) {
    while (read_ <= k && !ended_) {
        if (aligned_) {
            if (next_ + read_ >= words_.size()) {
                ended_ = true;
                break;
            }
            tokens_[read_] = words_[next_ + read_];
            ++read_;
        } else {
            const size_t from = read_ == 0 ? pos_ : tokens_[read_ - 1].end;
            if (next_token(text_, from, tokens_[read_])) ++read_;
            else ended_ = true;
        }
    }
    return k < read_ ? &tokens_[k] : nullptr;
}

std::string_view TokensAfter::fold(size_t k) {
    const Token& t = tokens_[k];
    const std::string_view word = text_.substr(t.start, t.end - t.start);
    // fold_token drops apostrophes and full stops and lowers ASCII capitals: a token with none
    // of them folds to itself (as NearWords::add).
    const bool itself = t.ascii && std::none_of(word.begin(), word.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || c == '\'' || c == '.';
    });
    if (itself) {
        folded_[k] = word;
    } else {
        fold_token(word, t.ascii, own_[k]);
        folded_[k] = own_[k];
    }
    folded_done_[k] = true;
    return folded_[k];
}

bool TokensAfter::reaches(size_t k) {
    if (k >= capacity) return false;
    size_t at = pos_;
    for (size_t j = 0; j <= k; ++j) {
        const Token* t = token(j);
        if (!t || holds_any(text_.substr(at, t->start - at), stops_after)) return false;
        at = t->end;
    }
    return true;
}

NearWords TokensAfter::words(int count) {
    NearWords out;  // the only object returned
    count = std::min(count, NearWords::capacity);
    size_t at = pos_;
    for (size_t k = 0; int(k) < count; ++k) {
        const Token* t = token(k);
        if (!t || holds_any(text_.substr(at, t->start - at), stops_after)) break;
        out.take(folded(k));
        at = t->end;
    }
    return out;
}

}  // namespace placeline::resolution
