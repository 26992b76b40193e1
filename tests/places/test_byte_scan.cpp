// The search for a byte that the passes reading the whole text for a few marks use (byte_scan.hpp).
#include <doctest/doctest.h>

#include <string>
#include <utility>
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
        auto exact = [&](size_t i) {
            if (text[i] == ',' && i + 1 < text.size() && text[i + 1] == ' ') got.push_back(i);
        };
        resolution::each_candidate(text, 0, text.size(), 1, sieve, exact);
        CHECK_MESSAGE(got == want, "length " << length);
        // A range [from, to) gives the places of the whole text's that lie in it.
        for (size_t from : {size_t(0), size_t(5), size_t(17)})
            for (size_t to : {size_t(20), size_t(33), size_t(100)}) {
                got.clear();
                resolution::each_candidate(text, from, to, 1, sieve, exact);
                std::vector<size_t> in;
                for (size_t i : want)
                    if (i >= from && i < to) in.push_back(i);
                CHECK_MESSAGE(got == in, "length " << length << " from " << from << " to " << to);
            }
    }
}

TEST_CASE("scan in pieces: the ranges cover the text once, in order, and an article is one range") {
    using Ranges = std::vector<std::pair<size_t, size_t>>;
    auto ranges_of = [](size_t size, size_t piece) {
        Ranges all;
        resolution::scan_in_pieces(
            size, all, [](size_t from, size_t to, Ranges& part) { part.push_back({from, to}); },
            [](Ranges& into, const Ranges& part) { into.insert(into.end(), part.begin(), part.end()); }, piece);
        return all;
    };
    CHECK(ranges_of(0, 10) == Ranges{{0, 0}});
    CHECK(ranges_of(7, 10) == Ranges{{0, 7}});
    CHECK(ranges_of(10, 10) == Ranges{{0, 10}});
    CHECK(ranges_of(25, 10) == Ranges{{0, 10}, {10, 20}, {20, 25}});
    // The places each range finds, joined in order, are those of one pass.
    std::string text;
    for (int k = 0; k < 5000; ++k) text += k % 3 ? "word, " : "word - ";
    std::vector<size_t> one, joined;
    resolution::each_byte(text, 0, text.size(), ',', [&](size_t i) { one.push_back(i); });
    resolution::scan_in_pieces(
        text.size(), joined,
        [&](size_t from, size_t to, std::vector<size_t>& found) {
            resolution::each_byte(text, from, to, ',', [&](size_t i) { found.push_back(i); });
        },
        [](std::vector<size_t>& into, const std::vector<size_t>& part) { into.insert(into.end(), part.begin(), part.end()); },
        1000);
    CHECK(text.size() > 3000);
    CHECK(joined == one);
}
