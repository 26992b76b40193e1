// The search for a byte that the passes reading the whole text for a few marks use (byte_scan.hpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "places/byte_scan.hpp"

using namespace placeline;

TEST_CASE("each byte: every place of the byte in the range, in order") {
    const std::string text = "a,b,,c,";
    std::vector<size_t> at;
    resolution::each_byte(text, 0, text.size(), ',', [&](size_t i) { at.push_back(i); });
    CHECK(at == std::vector<size_t>{1, 3, 4, 6});
    at.clear();
    resolution::each_byte(text, 2, 5, ',', [&](size_t i) { at.push_back(i); });
    CHECK(at == std::vector<size_t>{3, 4});
    at.clear();
    resolution::each_byte(text, 4, 100, ',', [&](size_t i) { at.push_back(i); });
    CHECK(at == std::vector<size_t>{4, 6});
    at.clear();
    resolution::each_byte(std::string_view(), 0, 10, ',', [&](size_t i) { at.push_back(i); });
    CHECK(at.empty());
}

TEST_CASE("each candidate: the places the exact test accepts, in order, whatever the text's length") {
    // The sieve lets through every place whose byte is a comma or whose next byte is one (a
    // superset, as a sieve may be); the exact test keeps the commas followed by a space. Texts
    // of every length from 0 to 80 put the commas in the sixteen-byte blocks, across their
    // edges and in the bytes left after the last block.
    const auto sieve = [](const char* p) {
        unsigned bits = 0;
        for (int k = 0; k < 16; ++k)
            if (p[k] == ',' || p[k + 1] == ',') bits |= 1u << k;
        return bits;
    };
    for (size_t length = 0; length <= 80; ++length) {
        std::string text;
        for (size_t i = 0; i < length; ++i) text += i % 7 == 3 ? ',' : (i % 7 == 4 && i % 3 ? ' ' : 'x');
        std::vector<size_t> want, got;
        for (size_t i = 0; i + 1 < text.size(); ++i)
            if (text[i] == ',' && text[i + 1] == ' ') want.push_back(i);
        resolution::each_candidate(text, 1, sieve, [&](size_t i) {
            if (text[i] == ',' && i + 1 < text.size() && text[i + 1] == ' ') got.push_back(i);
        });
        CHECK_MESSAGE(got == want, "length " << length);
    }
}
