// Sentence splitting inside a paragraph. A sentence ends at '.', '!', '?', an ellipsis or the
// Armenian full stop, after any closing quotes and brackets, when the next sentence visibly begins
// (a capital, a digit, an opening quote, a letter of a script without case). A period does not end
// a sentence after an abbreviation (Sept., Dr., U.S., e.g., M.Ö.), an initial (James D.J. Brown,
// В. Иванов) or a number's point, nor before a lower-case word of any script ("в 2020 г. по
// решению", "2023 թ. սեպտեմբերի").
#include <array>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "placeline/text/segments.hpp"
#include "placeline/time/calendar_words.hpp"
#include "placeline/time/lexicon.hpp"

namespace placeline {

namespace {

// Abbreviations that are followed by a period and usually by more of the same sentence.
// Lower-case, without the period.
// ("No." and "Art." are left out: "no." ends sentences more often than it numbers things.)
// The months' abbreviations (Sept., Nov.) come from the time room's one list.
constexpr std::array<std::string_view, 36> abbreviations{{
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "gov", "sen",
    "rep", "pres", "st", "mt", "ft", "jr", "sr", "rev", "hon", "vs", "etc", "inc", "ltd", "co", "corp",
    "dept", "approx", "fig", "vol", "pp", "al",
}};

bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The first bytes of the marks that may end a sentence: . ! ? and the lead bytes of … and ։.
constexpr auto may_end = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {'.', '!', '?', static_cast<char>(0xE2), static_cast<char>(0xD6)}) t[c] = true;
    return t;
}();

// Length of a closing quote or bracket at i (", ', ), ], ” ’ »), or 0.
size_t closer_at(std::string_view s, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
    if (s.substr(i, 3) == "\xE2\x80\x9D" || s.substr(i, 3) == "\xE2\x80\x99") return 3;  // ” ’
    if (s.substr(i, 2) == "\xC2\xBB") return 2;                                             // »
    return 0;
}

// Does a sentence visibly begin at i?
bool opens_sentence(std::string_view s, size_t i) {
    if (i >= s.size()) return false;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (ascii_upper(c) || ascii_digit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
    if (c >= 0xC0) {
        // Opening quotes, and letters that are not lower case: a lower-case word after a period
        // ("2020 г. по", "a. C. en") continues the sentence in every script with case.
        if (s.substr(i, 3) == "\xE2\x80\x9C" || s.substr(i, 3) == "\xE2\x80\x98") return true;  // “ ‘
        if (c == 0xE2) return false;  // other punctuation (dashes, ellipsis)
        size_t k = i;
        UChar32 cp;
        U8_NEXT(s.data(), k, s.size(), cp);
        return !(cp >= 0 && u_isalpha(cp) && u_islower(cp));
    }
    return false;
}

// Is the word ending just before the period at `dot` an abbreviation or an initial?
bool abbreviation_before(std::string_view s, size_t begin, size_t dot) {
    size_t w = dot;
    size_t letters = 0;
    UChar32 last = 0;
    while (w > begin) {
        if (ascii_alpha(static_cast<unsigned char>(s[w - 1])) || s[w - 1] == '.') {
            last = static_cast<unsigned char>(s[w - 1]);
            letters += s[w - 1] != '.';
            --w;
            continue;
        }
        if (static_cast<unsigned char>(s[w - 1]) < 0x80) break;
        // A letter of another script (M.Ö., В. Иванов).
        int32_t k = int32_t(w);
        UChar32 cp;
        U8_PREV(s.data(), int32_t(begin), k, cp);
        if (cp < 0 || !u_isalpha(cp)) break;
        last = cp;
        ++letters;
        w = size_t(k);
    }
    std::string_view word = s.substr(w, dot - w);
    if (word.empty()) return false;
    if (word.find('.') != std::string_view::npos) return true;  // U.S, e.g, D.J, M.Ö
    if (word.size() == 1) return true;  // an initial (D. Brown) or a page (p. 4)
    if (letters == 1 && last >= 0x80 && u_isupper(last)) return true;  // an initial in another script
    if (word.size() > 6) return false;
    char lower[8] = {};
    for (size_t k = 0; k < word.size(); ++k) lower[k] = char(static_cast<unsigned char>(word[k]) | 0x20);
    std::string_view l(lower, word.size());
    for (std::string_view a : abbreviations)
        if (a == l) return true;
    return is_english_month_abbreviation(l);
}

// Is the period at `dot` part of a date: inside a date lexicon's phrase ("120 av. J.-C. par",
// "2. Jahrhundert n. Chr."), or after a day or ordinal number before a month or century word
// ("DRESDEN, 25. April 2015", "im 19. Jahrhundert")? `next` is where the next word starts.
bool date_word_dot(std::string_view s, size_t begin, size_t dot, size_t next) {
    size_t w = dot;
    while (w > begin && ascii_digit(static_cast<unsigned char>(s[w - 1]))) --w;
    if (w < dot) return dot - w <= 2 && month_or_century_word_at(s, next);
    while (w > begin && ascii_alpha(static_cast<unsigned char>(s[w - 1]))) --w;
    // A phrase's first word before a full stop is an abbreviation: short ("av", "apr", "v").
    if (w == dot || dot - w > 4 || (w > begin && static_cast<unsigned char>(s[w - 1]) >= 0x80)) return false;
    return lexicon_phrase_end(s, w) > dot;
}

}  // namespace

std::vector<ByteSpan> split_sentences(std::string_view text, ByteSpan within) {
    std::vector<ByteSpan> out;
    size_t end = std::min<size_t>(within.end, text.size());
    size_t begin = std::min<size_t>(within.start, end);
    size_t start = begin;
    auto push = [&](size_t a, size_t b) {
        while (a < b && space(static_cast<unsigned char>(text[a]))) ++a;
        while (b > a && space(static_cast<unsigned char>(text[b - 1]))) --b;
        if (b > a) out.push_back({uint32_t(a), uint32_t(b)});
    };
    for (size_t i = begin; i < end; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (!may_end[c]) continue;  // one look-up for most bytes
        size_t mark_len = 0;
        if (c == '.' || c == '!' || c == '?') mark_len = 1;
        else if (c == 0xE2 && text.substr(i, 3) == "\xE2\x80\xA6") mark_len = 3;  // …
        else if (c == 0xD6 && text.substr(i, 2) == "\xD6\x89") mark_len = 2;       // Armenian full stop ։
        if (!mark_len) continue;
        size_t j = i + mark_len;
        while (j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;  // ?! and ...
        while (j < end)
            if (size_t n = closer_at(text.substr(0, end), j)) j += n;
            else break;
        if (j >= end || !space(static_cast<unsigned char>(text[j]))) {
            i = j - 1;
            continue;
        }
        size_t next = j;
        while (next < end && space(static_cast<unsigned char>(text[next]))) ++next;
        if (!opens_sentence(text.substr(0, end), next)) {
            i = j - 1;
            continue;
        }
        if (c == '.' && j == i + 1 && (abbreviation_before(text, start, i) || date_word_dot(text, start, i, next))) {
            // "Sept. 19", "Dr. Alieva", "U.S. Secretary": an abbreviation, not an end.
            i = j - 1;
            continue;
        }
        push(start, j);
        start = next;
        i = next - 1;
    }
    push(start, end);
    return out;
}

std::vector<ByteSpan> split_sentences(std::string_view text) {
    return split_sentences(text, ByteSpan{0, uint32_t(std::min<size_t>(text.size(), UINT32_MAX))});
}

}  // namespace placeline
