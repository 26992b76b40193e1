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
