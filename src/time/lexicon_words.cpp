// Where a text has words the date lexicons map to given English words: one pass over the words,
// each keyed and looked up as the date lexer does.
#include "placeline/time/lexicon.hpp"

#include <algorithm>

#include "date_scan.hpp"
#include "placeline/base/on_cores.hpp"

namespace placeline {

namespace {

bool ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// One step of the reading of p[0, n) from byte i: the byte it goes on from, and whether a word
// starting at i is a lexicon's form of one of the English words. A byte that starts no word (an
// ASCII non-letter, a UTF-8 continuation byte) is passed here, without a call: scan_word would read
// no letter there. No word crosses an ASCII non-letter, and the reading steps onto the byte after
// each: a reading started there is the whole text's reading from there on.
size_t read_step(const unsigned char* p, size_t i, size_t n, std::span<const std::string_view> english, bool& meaning) {
    meaning = false;
    if (p[i] < 0xC0 && !ascii_letter(p[i])) return i + 1;
    uint64_t key = 0;
    size_t end = date_scan::scan_word(p, i, n, key);
    if (end == i) return i + 1;
    if (const date_scan::Entry* e = date_scan::lookup_word(key); e && e->foreign)
        for (std::string_view w : english)
            if (e->as_key == date_scan::word_key(w)) meaning = true;
    return end;
}

// The words that start in [from, to) of p[0, n), their offsets appended to `out` in order.
void words_meaning(const unsigned char* p, size_t from, size_t to, size_t n, std::span<const std::string_view> english,
                   std::vector<size_t>& out) {
    for (size_t i = from; i < to;) {
        bool meaning = false;
        size_t next = read_step(p, i, n, english, meaning);
        if (meaning) out.push_back(i);
        i = next;
    }
}

std::span<const std::string_view> as_span(std::initializer_list<std::string_view> english) {
    return {english.begin(), english.size()};
}

}  // namespace

std::vector<size_t> lexicon_words_meaning(std::string_view text, std::initializer_list<std::string_view> english_list) {
    const std::span<const std::string_view> english = as_span(english_list);
    std::vector<size_t> out;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    // A long text (one long document) is cut into pieces at ASCII non-letters, which no word
    // crosses (scan_word stops at each) and which the reading above passes one by one: each piece
    // read on its own finds what one reading of the whole does there. The pieces go to the cores
    // and their offsets are joined in order.
    constexpr size_t piece = 256 * 1024;
    if (n < 2 * piece) {
        words_meaning(p, 0, n, n, english, out);
        return out;
    }
    const size_t pieces = n / piece;
    std::vector<size_t> cut(pieces + 1, n);
    cut[0] = 0;
    for (size_t k = 1; k < pieces; ++k) {
        size_t c = std::max(cut[k - 1], k * (n / pieces));
        while (c < n && !(p[c] < 0x80 && !ascii_letter(p[c]))) ++c;
        cut[k] = c;
    }
    std::vector<std::vector<size_t>> found(pieces);
    for_each_on_cores(pieces, [&](size_t k) { words_meaning(p, cut[k], cut[k + 1], n, english, found[k]); });
    for (const std::vector<size_t>& f : found) out.insert(out.end(), f.begin(), f.end());
    return out;
}

std::vector<size_t> lexicon_words_meaning_at(std::string_view text, std::span<const size_t> at,
                                             std::initializer_list<std::string_view> english_list) {
    const std::span<const std::string_view> english = as_span(english_list);
    std::vector<size_t> out;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    // Where the reading stands: it has read the bytes before i as the whole text's reading does.
    size_t i = 0;
    for (size_t a : at) {
        if (a >= n) break;
        // An offset the reading went past is inside the last word read (or the same offset again).
        if (a < i) continue;
        // Back to the nearest ASCII non-letter before a, where the whole reading is sure to pass
        // (usually the space right before it), unless the reading already stands past it.
        size_t from = a;
        while (from > i && !(p[from - 1] < 0x80 && !ascii_letter(p[from - 1]))) --from;
        for (i = from; i <= a;) {
            bool meaning = false;
            size_t next = read_step(p, i, n, english, meaning);
            if (i == a && meaning) out.push_back(a);
            i = next;
        }
    }
    return out;
}

bool lexicon_word_meaning_at(std::string_view text, size_t at, std::span<const std::string_view> english) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    if (at >= n) return false;
    // As lexicon_words_meaning_at from a reading that stands at the text's start: back to the
    // nearest ASCII non-letter before `at`, which the whole reading passes, and on from there
    // until the reading reaches or passes `at` (it passes it when `at` is inside a word).
    size_t i = at;
    while (i > 0 && !(p[i - 1] < 0x80 && !ascii_letter(p[i - 1]))) --i;
    while (i <= at) {
        bool meaning = false;
        const size_t next = read_step(p, i, n, english, meaning);
        if (i == at) return meaning;
        i = next;
    }
    return false;
}

}  // namespace placeline

namespace placeline {

size_t lexicon_phrase_end(std::string_view text, size_t at) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    uint64_t key = 0;
    size_t end = date_scan::scan_word(p, at, text.size(), key);
    const date_scan::Entry* e = end > at ? date_scan::lookup_word(key) : nullptr;
    size_t longest = 0;
    for (int32_t ph = e ? e->phrase : -1; ph >= 0; ph = date_scan::phrase_at(ph).next)
        longest = std::max(longest, date_scan::match_phrase(p, end, text.size(), date_scan::phrase_at(ph)));
    return longest;
}

bool month_or_century_word_at(std::string_view text, size_t at) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    uint64_t key = 0;
    size_t end = date_scan::scan_word(p, at, text.size(), key);
    const date_scan::Entry* e = end > at ? date_scan::lookup_word(key) : nullptr;
    if (!e) return false;
    if (e->word && e->word->month) return e->foreign || (text[at] >= 'A' && text[at] <= 'Z');
    return e->as_key == date_scan::word_key("century") || e->as_key == date_scan::word_key("centuries");
}

}  // namespace placeline
