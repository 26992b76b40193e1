// Name folding and word splitting.
//
// Index:
//   1. ICU transliterators (one per thread: ICU transliterators must not be shared while in use),
//      in a module of their own
//   2. fold_name: ASCII fast path, ICU for the rest
//   3. latin_display, script_of
//   4. Tokens: a byte-class table for ASCII, ICU character properties beyond it
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <bit>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "latin_letters.hpp"
#include "translit_entry_points.hpp"
#include "placeline/places/names.hpp"
#include "placeline/text/ascii_bytes.hpp"
#include "placeline/text/ascii_scan.hpp"
#include "placeline/text/text.hpp"

namespace placeline {

namespace {

// --- 1. ICU transliterators ---------------------------------------------------------------------
// In a module loaded at the first name that needs one (translit_entry_points.hpp); its rules and
// why they are so are in src/translit/translit_module_entry.cpp.

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC' || c == U'\u2018'; }
bool vanishes(char32_t c) { return is_apostrophe(c) || c == U'.' || c == U'\u02B9' || c == U'\u02BB'; }


// --- 4 (table). Byte classes for the ASCII fast path -------------------------------------------

enum ByteClass : uint8_t { other = 0, lower = 1, upper = 2, digit = 3, apostrophe = 4, high = 5 };

constexpr std::array<uint8_t, 256> make_classes() {
    std::array<uint8_t, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[c] = lower;
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = upper;
    for (int c = '0'; c <= '9'; ++c) t[c] = digit;
    t['\''] = apostrophe;
    for (int c = 0x80; c < 0x100; ++c) t[c] = high;
    return t;
}
constexpr std::array<uint8_t, 256> byte_class = make_classes();

// ASCII letters and digits (classes lower, upper, digit): one probe of a byte, no arithmetic.
constexpr std::array<bool, 256> make_ascii_word_bytes() {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = byte_class[c] == lower || byte_class[c] == upper || byte_class[c] == digit;
    return t;
}
constexpr std::array<bool, 256> is_ascii_word_byte = make_ascii_word_bytes();

bool word_char(char32_t c) {
    return u_isalnum(static_cast<UChar32>(c)) || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

}  // namespace

// --- 2. fold_name -------------------------------------------------------------------------------

std::string fold_name(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool pending_space = false;
    auto emit = [&](char32_t c) {
        if (pending_space && !out.empty()) out += ' ';
        pending_space = false;
        append_utf8(out, c);
    };
    if (all_ascii(name)) {
        // Byte by byte, as emit() would write them (an ASCII code point's UTF-8 is its byte),
        // without its call to append_utf8 a letter: half of this path's instructions.
        for (char ch : name) {
            const uint8_t k = byte_class[static_cast<unsigned char>(ch)];
            if (is_ascii_word_byte[static_cast<unsigned char>(ch)]) {
                if (pending_space && !out.empty()) out += ' ';
                pending_space = false;
                out += static_cast<char>(k == upper ? ch + 32 : ch);
            } else if (ch != '\'' && ch != '.') {
                pending_space = true;
            }
        }
        return out;
    }
    // Accented Latin letters and curly apostrophes fold to ASCII without ICU (latin_letters.hpp).
    if (std::string ascii; latin_letters_to_ascii(name, ascii)) return fold_name(ascii);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    if (!translit_module().matching(u)) u.toLower();
    u.foldCase();  // scripts the transliterator leaves alone still lose their case
    std::string folded;
    u.toUTF8String(folded);
    bool after_vanished = false;
    for (size_t i = 0; i < folded.size();) {
        char32_t c = next_codepoint(folded, i);
        if (word_char(c)) {
            if (u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK) {
                // A mark left over (a script Latin-ASCII does not strip) belongs to its letter,
                // and goes with it when the letter vanishes: ICU writes a capital soft sign as a
                // prime with a macron below (ХАРЬКОВ ~ Харьков).
                if (!out.empty() && !after_vanished) append_utf8(out, c);
                continue;
            }
            after_vanished = false;
            emit(c);
        } else if (vanishes(c)) {
            after_vanished = true;
        } else {
            after_vanished = false;
            pending_space = true;
        }
    }
    return out;
}

// --- 3. latin_display, script_of ----------------------------------------------------------------

std::string latin_display(std::string_view name) {
    if (all_ascii(name)) return std::string(name);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    translit_module().display(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string script_of(std::string_view text) {
    std::array<int, USCRIPT_CODE_LIMIT> counts{};
    for (size_t i = 0; i < text.size();) {
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode s = uscript_getScript(static_cast<UChar32>(next_codepoint(text, i)), &status);
        if (U_SUCCESS(status) && s != USCRIPT_COMMON && s != USCRIPT_INHERITED && s >= 0 && s < USCRIPT_CODE_LIMIT)
            ++counts[s];
    }
    int best = USCRIPT_COMMON;
    for (int s = 0; s < USCRIPT_CODE_LIMIT; ++s)
        if (counts[s] > counts[best]) best = s;
    return uscript_getShortName(static_cast<UScriptCode>(best));
}

// --- 4. Tokens ----------------------------------------------------------------------------------

namespace {

// Every rule of next_token: non-ASCII letters and marks, apostrophes inside words and initials.
// Kept apart from the ASCII fast path so that the common case stays small.
[[gnu::noinline]] bool next_token_any(std::string_view text, size_t at, Token& t) {
    const size_t n = text.size();
    size_t i = at;
    // Find the first letter or digit.
    char32_t first = 0;
    size_t after_first = 0;
    while (i < n) {
        uint8_t k = byte_class[static_cast<unsigned char>(text[i])];
        if (k == lower || k == upper || k == digit) {
            first = static_cast<unsigned char>(text[i]);
            after_first = i + 1;
            break;
        }
        if (k == high) {
            size_t j = i;
            char32_t c = next_codepoint(text, j);
            if (u_isalnum(static_cast<UChar32>(c))) {
                first = c;
                after_first = j;
                break;
            }
            i = j;
            continue;
        }
        ++i;
    }
    if (i >= n) return false;
    t.start = static_cast<uint32_t>(i);
    if (first < 0x80) {
        t.capitalised = first >= 'A' && first <= 'Z';
        t.ascii = true;
    } else {
        UChar32 c = static_cast<UChar32>(first);
        // Georgian is written in Mkhedruli, which Unicode counts as lower case (Mtavruli is its
        // capitals) but which has no capitals in use: any of its words may be a name.
        bool mkhedruli = c >= 0x10D0 && c <= 0x10FF;
        t.capitalised = u_isupper(c) || u_istitle(c) || mkhedruli || (!u_islower(c) && !u_isdigit(c));
        t.ascii = false;
    }
    i = after_first;
    size_t end = i;
    while (i < n) {
        // ASCII letters and digits, most of a word, one probe each (classes lower..digit).
        size_t run = i;
        while (run < n && uint8_t(byte_class[static_cast<unsigned char>(text[run])] - lower) <= digit - lower) ++run;
        if (run != i) {
            i = end = run;
            if (i >= n) break;
        }
        uint8_t k = byte_class[static_cast<unsigned char>(text[i])];
        // Any other ASCII byte but an apostrophe ends the word.
        if (k == other) break;
        size_t at_char = i;
        char32_t d;
        if (k == high) {
            d = next_codepoint(text, i);
            if (word_char(d)) {
                t.ascii = false;
                end = i;
                continue;
            }
        } else {
            d = static_cast<unsigned char>(text[i]);
            ++i;
        }
        if (is_apostrophe(d) && i < n) {
            // An apostrophe inside a word keeps it whole (Ts'khinvali) unless what follows is the
            // possessive "s" at the end of the word.
            size_t after = i;
            char32_t e = next_codepoint(text, after);
            size_t beyond = after;
            bool word_ends = after >= n || !word_char(next_codepoint(text, beyond));
            bool possessive = (e == U's' || e == U'S') && word_ends;
            if (!possessive && u_isalpha(static_cast<UChar32>(e))) {
                t.ascii = t.ascii && d < 0x80;
                i = end = after;
                continue;
            }
        }
        i = at_char;
        break;
    }
    // Initials with dots ("U.S.", "D.C.") are one word, folded without the dots ("us", "dc").
    if (t.ascii && end == t.start + 1 && end + 1 < n && text[end] == '.' &&
        byte_class[static_cast<unsigned char>(text[end + 1])] >= lower &&
        byte_class[static_cast<unsigned char>(text[end + 1])] <= upper && (end + 2 == n || text[end + 2] == '.')) {
        while (end + 1 < n && text[end] == '.' && (byte_class[static_cast<unsigned char>(text[end + 1])] == lower ||
                                                   byte_class[static_cast<unsigned char>(text[end + 1])] == upper))
            end += 2;
        if (end < n && text[end] == '.') ++end;
    }
    t.end = static_cast<uint32_t>(end);
    return true;
}

constexpr bool ascii_word_byte(uint8_t k) { return uint8_t(k - lower) <= digit - lower; }

}  // namespace

namespace {

// The end of a word of ASCII letters and digits read on from `end`: the first byte from there
// that is none. While eight bytes remain, eight probes without a test of the end between them
// (the compiler unrolls the inner loop); then one test and probe a byte. The first byte that is
// no letter or digit returns at once, not read again by the loop after.
[[gnu::always_inline]] inline size_t word_end_from(std::string_view text, size_t end) {
    const size_t n = text.size();
    for (; end + 8 <= n; end += 8)
        for (size_t k = 0; k < 8; ++k)
            if (!is_ascii_word_byte[static_cast<unsigned char>(text[end + k])]) return end + k;
    while (end < n && is_ascii_word_byte[static_cast<unsigned char>(text[end])]) ++end;
    return end;
}

#if defined(__SSE2__)
// Sixty-four bytes classified sixteen at a time (SSE2, which every x86-64 has): bit k of `word`
// is set when byte k is an ASCII letter or digit, of `special` when it is one no fast rule passes
// over (a byte of a longer UTF-8 character, an apostrophe). A range [lo, hi] is one signed
// compare: adding 0x80 - lo wraps [lo, hi] onto [-128, -128 + hi - lo] and every other byte, those
// of 0x80 and more too, above it. Setting the 0x20 bit maps A-Z onto a-z and no other byte into
// a-z, so one range covers both cases.
struct Classes64 {
    uint64_t word = 0, special = 0;
};
[[gnu::always_inline]] inline Classes64 classes64(const char* p) {
    const __m128i to_a = _mm_set1_epi8(char(0x80 - 'a')), below_z = _mm_set1_epi8(char(-128 + 26));
    const __m128i to_0 = _mm_set1_epi8(char(0x80 - '0')), below_9 = _mm_set1_epi8(char(-128 + 10));
    const __m128i case_bit = _mm_set1_epi8(0x20), apostrophe = _mm_set1_epi8('\'');
    Classes64 c;
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const __m128i letter = _mm_cmpgt_epi8(below_z, _mm_add_epi8(_mm_or_si128(v, case_bit), to_a));
        const __m128i digit = _mm_cmpgt_epi8(below_9, _mm_add_epi8(v, to_0));
        c.word |= uint64_t(uint32_t(_mm_movemask_epi8(_mm_or_si128(letter, digit)))) << (16 * k);
        c.special |= uint64_t(uint32_t(_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, apostrophe))))) << (16 * k);
    }
    return c;
}
#endif

// The fast path of next_token, most words of most texts: ASCII punctuation and spaces, then a
// word of ASCII letters and digits ended by an ASCII byte that no rule reads on past (not an
// apostrophe, nor the dot after a single letter of an initial). False when the word, or the end of
// the text, needs every rule (next_token_any, from `at`). Inlined into tokenize's loop, so that the
// common word costs no call.
[[gnu::always_inline]] inline bool next_ascii_token(std::string_view text, size_t at, Token& t) {
    const size_t n = text.size();
    const auto cls = [&](size_t i) { return byte_class[static_cast<unsigned char>(text[i])]; };
    size_t i = at;
    while (i < n && cls(i) == other) ++i;
    if (i >= n || !ascii_word_byte(cls(i))) return false;
    const size_t end = word_end_from(text, i + 1);
    if (end < n && (cls(end) != other || (text[end] == '.' && end == i + 1))) return false;
    t.start = static_cast<uint32_t>(i);
    t.end = static_cast<uint32_t>(end);
    t.capitalised = cls(i) == upper;
    t.ascii = true;
    return true;
}

}  // namespace

bool next_token(std::string_view text, size_t at, Token& t) {
    return next_ascii_token(text, at, t) || next_token_any(text, at, t);
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    // News text runs about six bytes a word (with its space; LGL's 5.9): room for a word every
    // five bytes is one allocation for nearly every text, where six left one article in seven to
    // grow the vector and copy its words.
    out.reserve(text.size() / 5 + 16);
    tokenize_into(text, 0, text.size(), out);
    return out;
}

void tokenize_into(std::string_view text, size_t from, size_t until, std::vector<Token>& out) {
    size_t at = from;
    // Whatever next_token_any reads from `at`, where the fast paths decline; false at the text's
    // end or past `until`.
    const auto any_token = [&] {
        Token t;
        if (!next_token_any(text, at, t) || t.start >= until) return false;
        out.push_back(t);
        at = t.end;
        return true;
    };
#if defined(__SSE2__)
    // Where sixty-four bytes remain, they are classified once (classes64) and the words among
    // them are read from the bits, two bit scans a word: word k starts at the k-th byte that is a
    // letter or digit after one that is none (or at the block's start) and ends at the k-th byte
    // that is none after one that is. Each is the word next_ascii_token would read. The fast
    // rules stop at the block's first `bar`: a byte beyond ASCII or an apostrophe (special), or
    // the dot after a one-letter word (an initial); the words ending before it are taken, and
    // then, as next_ascii_token would decline there, next_token_any reads from the end of the
    // last, and the block is classified again after its word. A word that starts in the block
    // and runs past its end is read on byte by byte. The block's words are gathered in `found`
    // and appended at once (a block of 64 bytes starts at most 32 words).
    const size_t n = text.size();
    Token found[32];
    while (at + 64 <= n) {
        const size_t block = at;
        const Classes64 c = classes64(text.data() + block);
        uint64_t starts = c.word & ~(c.word << 1);
        const uint64_t ends = ~c.word & (c.word << 1);
        uint64_t bar = c.special;
        for (uint64_t one_letter = (starts << 1) & ends; one_letter; one_letter &= one_letter - 1)
            if (text[block + unsigned(std::countr_zero(one_letter))] == '.') {
                bar |= one_letter & -one_letter;
                break;
            }
        const unsigned limit = bar ? unsigned(std::countr_zero(bar)) : 64;
        const uint64_t below_limit = limit == 64 ? ~uint64_t(0) : (uint64_t(1) << limit) - 1;
        // The words that end before the bar; starts and ends alternate, so word k is the k-th of
        // each.
        uint64_t taken_ends = ends & below_limit;
        // Words starting at `until` or after end the read: in a piece's last block, only the
        // ends of as many words as start before it are kept. (One at a time: std::popcount is a
        // call where the processor's instruction is not assumed.)
        const size_t until_bit = until - std::min(until, block);
        if (until_bit < 64) {
            uint64_t kept = 0;
            for (uint64_t s = starts & ((uint64_t(1) << until_bit) - 1), e = taken_ends; s && e; s &= s - 1, e &= e - 1)
                kept |= e & -e;
            taken_ends = kept;
        }
        size_t count = 0;
        for (; taken_ends; ++count) {
            const unsigned first = unsigned(std::countr_zero(starts)), last = unsigned(std::countr_zero(taken_ends));
            found[count] = Token{static_cast<uint32_t>(block + first), static_cast<uint32_t>(block + last),
                                 byte_class[static_cast<unsigned char>(text[block + first])] == upper, true};
            starts &= starts - 1;
            taken_ends &= taken_ends - 1;
        }
        if (count) at = found[count - 1].end;
        out.insert(out.end(), found, found + count);
        // What comes next: a word starting before the bar (it ends on the bar, or runs past the
        // block's end when there is none), the bar itself, or nothing to the block's end.
        const unsigned next = starts ? unsigned(std::countr_zero(starts)) : 64;
        if (next < limit) {
            if (next >= until_bit) return;
            if (limit < 64) {
                if (!any_token()) return;
                continue;
            }
            const size_t start = block + next;
            const size_t end = word_end_from(text, block + 64);
            const unsigned char k = byte_class[static_cast<unsigned char>(text[end < n ? end : 0])];
            if (end < n && (k != other || (text[end] == '.' && end == start + 1))) {
                if (!any_token()) return;
                continue;
            }
            out.push_back(Token{static_cast<uint32_t>(start), static_cast<uint32_t>(end),
                                byte_class[static_cast<unsigned char>(text[start])] == upper, true});
            at = end;
        } else if (limit < 64) {
            if (!any_token()) return;
        } else {
            at = block + 64;  // spaces and punctuation to the block's end
        }
    }
#endif
    for (;;) {
        // The fast path's token is its own variable, whose address is never taken, so that it
        // stays in registers; the one next_token_any fills by reference lives in memory.
        Token t;
        if (!next_ascii_token(text, at, t)) {
            if (!any_token()) return;
            continue;
        }
        if (t.start >= until) return;
        out.push_back(t);
        at = t.end;
    }
}

void fold_token(std::string_view token, bool ascii, std::string& out) {
    if (ascii) {
        // Written in place and cut to length: no capacity test per byte. Eight bytes a step
        // while there is no apostrophe or dot to drop; the rest byte by byte.
        const size_t len = token.size();
        out.resize(len);
        char* folded = out.data();
        size_t i = 0;
        for (; i + 8 <= len; i += 8) {
            const uint64_t w = ascii8::load(token.data() + i);
            if (ascii8::equal(w, '\'') | ascii8::equal(w, '.')) break;
            ascii8::store(folded + i, ascii8::lower(w));
        }
        size_t n = i;
        for (; i < len; ++i) {
            const unsigned char f = ascii_key_byte[static_cast<unsigned char>(token[i])];
            if (f || token[i] == '\0') folded[n++] = static_cast<char>(f);
        }
        out.resize(n);
        return;
    }
    out = fold_name(token);
}

}  // namespace placeline
