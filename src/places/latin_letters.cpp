// The table below is what fold_name's transliterator (NFKC, Latin-ASCII, lower case, case
// folding) gives each letter from U+00C0 to U+017F; "" where that is not plain ASCII letters (the
// signs × and ÷, "ŀ" and "Ŀ" with their middle dot, "ŉ" with its apostrophe), which keep the ICU
// path. Case does not matter here: the ASCII path lowers what it is given. tests/places/
// test_latin_letters.cpp checks every entry against ICU, so a new ICU that folds differently fails
// there rather than changing matches.
#include "latin_letters.hpp"

#include <array>

#include "placeline/text/text.hpp"

namespace placeline {

namespace {

constexpr char32_t first_letter = 0xC0, last_letter = 0x17F;

constexpr std::array<std::string_view, last_letter - first_letter + 1> ascii_of = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00C0
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",  // U+00D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00E0
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",   // U+00F0
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",   // U+0100
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",   // U+0110
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",   // U+0120
    "i", "i", "ij", "ij", "j", "j", "k", "k", "q", "l", "l", "l", "l", "l", "l", "",  // U+0130
    "", "l", "l", "n", "n", "n", "n", "n", "n", "", "n", "n", "o", "o", "o", "o",     // U+0140
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", // U+0150
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",   // U+0160
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",   // U+0170
};

}  // namespace

bool latin_letters_to_ascii(std::string_view name, std::string& ascii) {
    ascii.clear();
    for (size_t i = 0; i < name.size();) {
        if (static_cast<unsigned char>(name[i]) < 0x80) {
            ascii += name[i++];
            continue;
        }
        char32_t c = next_codepoint(name, i);
        if (c == U'\u2018' || c == U'\u2019') {
            ascii += '\'';
            continue;
        }
        if (c < first_letter || c > last_letter || ascii_of[c - first_letter].empty()) return false;
        ascii += ascii_of[c - first_letter];
    }
    return true;
}

}  // namespace placeline
