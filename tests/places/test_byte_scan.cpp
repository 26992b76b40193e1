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
