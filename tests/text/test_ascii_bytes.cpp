// The eight-byte tests agree with the byte-by-byte rules they replace, for every byte value in
// every position of the word (a carry between bytes would show as a wrong neighbour).
#include <doctest/doctest.h>

#include <string>

#include "placeline/text/ascii_bytes.hpp"
#include "placeline/text/words.hpp"

using namespace placeline;

namespace {

// Eight bytes of `fill` with `b` at position `at`.
std::string word_with(unsigned char b, int at, char fill) {
    std::string s(8, fill);
    s[size_t(at)] = static_cast<char>(b);
    return s;
}

}  // namespace

TEST_CASE("eight-byte lower case and byte tests agree with the byte rules, every byte in every place") {
    size_t wrong_lower = 0, wrong_equal = 0, wrong_range = 0;
    for (int b = 0; b < 256; ++b)
        for (int at = 0; at < 8; ++at)
            for (char fill : {'a', 'Z', '\xFF', '\x80', '\0'}) {
                const std::string s = word_with(static_cast<unsigned char>(b), at, fill);
                const uint64_t w = ascii8::load(s.data());
                char lowered[8];
                ascii8::store(lowered, ascii8::lower(w));
                const uint64_t dots = ascii8::equal(w, '.');
                const uint64_t digits = ascii8::in_range(w, '0', '9');
                for (int i = 0; i < 8; ++i) {
                    const auto c = static_cast<unsigned char>(s[size_t(i)]);
                    const char expect = c >= 'A' && c <= 'Z' ? char(c + 32) : char(c);
                    wrong_lower += lowered[i] != expect;
                    wrong_equal += bool((dots >> (8 * i + 7)) & 1) != (c == '.');
                    wrong_range += bool((digits >> (8 * i + 7)) & 1) != (c >= '0' && c <= '9');
                }
                // Only top bits are ever set.
                wrong_equal += (dots & ~ascii8::high) != 0;
                wrong_range += (digits & ~ascii8::high) != 0;
            }
    CHECK(wrong_lower == 0);
    CHECK(wrong_equal == 0);
    CHECK(wrong_range == 0);
}

TEST_CASE("a name key's bytes: capitals lowered, apostrophes and dots dropped, the rest kept") {
    CHECK(ascii_key_byte['A'] == 'a');
    CHECK(ascii_key_byte['Z'] == 'z');
    CHECK(ascii_key_byte['q'] == 'q');
    CHECK(ascii_key_byte['7'] == '7');
    CHECK(ascii_key_byte['\''] == 0);
    CHECK(ascii_key_byte['.'] == 0);
    CHECK(ascii_key_byte['-'] == '-');
    CHECK(ascii_key_byte[0xC3] == 0xC3);
}

TEST_CASE("capped word counts are exact below the cap and reach it above") {
    std::string line;
    for (int i = 0; i < 500; ++i) line += i % 2 ? "Goris " : "Sisian\t";
    CHECK(count_words(line) == 500);
    for (size_t cap : {size_t(1), size_t(15), size_t(31), size_t(46), size_t(499), size_t(500), size_t(501)}) {
        const size_t n = count_words_capped(line, cap);
        if (cap <= 500) CHECK(n >= cap);
        if (cap > 500) CHECK(n == 500);
        CHECK(n <= 500);
    }
    // Below the cap the count is exact, whatever the block the words end in.
    for (size_t words = 0; words < 80; ++words) {
        std::string s;
        for (size_t i = 0; i < words; ++i) s += "Kapan ";
        CHECK(count_words_capped(s, 100) == words);
        CHECK(count_words_capped(s, words + 1) == words);
    }
}
