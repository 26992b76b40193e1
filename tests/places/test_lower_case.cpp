// lower_case (name_key.hpp): ASCII lowered without ICU gives what ICU gives, and other text
// still goes through ICU.
#include <doctest/doctest.h>

#include <string>

#include <unicode/unistr.h>

#include "places/name_key.hpp"

namespace {

std::string icu_lower(const std::string& s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    u.toLower();
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace

TEST_CASE("lower case: ASCII and other scripts as ICU lowers them") {
    std::string every_ascii;
    for (int c = 1; c < 128; ++c) every_ascii += char(c);
    CHECK(placeline::resolution::lower_case(every_ascii) == icu_lower(every_ascii));
    CHECK(placeline::resolution::lower_case("The RIVER Don, 2024!") == "the river don, 2024!");
    CHECK(placeline::resolution::lower_case("ХАРЬКОВ Über ÇAĞ") == icu_lower("ХАРЬКОВ Über ÇAĞ"));
    CHECK(placeline::resolution::lower_case("ХАРЬКОВ") == "харьков");
}

TEST_CASE("lower case: a no-break space and general punctuation pass through as ICU passes them") {
    // Every code point of U+2000-U+206F and U+00A0 between ASCII capitals, and text that only
    // looks like them (a truncated sequence, the next block's first code point, a Greek sigma).
    std::string every;
    for (char32_t c = 0x2000; c <= 0x206F; ++c) {
        every += "AI";
        every += char(0xE0 | (c >> 12));
        every += char(0x80 | ((c >> 6) & 0x3F));
        every += char(0x80 | (c & 0x3F));
    }
    every += "Z\xC2\xA0Q";
    CHECK(placeline::resolution::lower_case(every) == icu_lower(every));
    for (const std::string s : {"\u201CSaid\u201D \u2014 RIVER\u2019S", "A\xE2\x80", "X\xE2\x81\xB0Y", "\u201CΟΔΟΣ\u201D",
                                "ΟΔΟΣ\u2019 A", "\xC2\xA0I\xC2"})
        CHECK(placeline::resolution::lower_case(s) == icu_lower(s));
    CHECK(placeline::resolution::lower_case("\u201CThe River\u201D") == "\u201Cthe river\u201D");
}
