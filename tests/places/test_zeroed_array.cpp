// ZeroedArray (base/zeroed_array.hpp): the per-place tables of the gazetteer and the atlas.
#include <doctest/doctest.h>

#include <cstdint>
#include <utility>

#include "placeline/base/zeroed_array.hpp"

using namespace placeline;

TEST_CASE("a zeroed array starts all zeros, keeps what is written and moves whole") {
    ZeroedArray<uint32_t> a(300000);
    REQUIRE(a);
    CHECK(a.size() == 300000);
    size_t nonzero = 0;
    for (size_t i = 0; i < a.size(); ++i) nonzero += a[i] != 0;
    CHECK(nonzero == 0);
    a[0] = 7;
    a[299999] = 9;
    ZeroedArray<uint32_t> b = std::move(a);
    CHECK(b.size() == 300000);
    CHECK(b[0] == 7);
    CHECK(b[299999] == 9);
    CHECK(b[150000] == 0);
    CHECK_FALSE(a);  // moved from: owns nothing, so its end frees nothing

    ZeroedArray<uint32_t> c(10);
    c[3] = 5;
    c = std::move(b);  // c's own block is freed, b's taken over
    CHECK(c.size() == 300000);
    CHECK(c[299999] == 9);
    CHECK_FALSE(b);

    ZeroedArray<const int*> none(0);  // empty, yet made: null means out of memory only
    CHECK(none);
    CHECK(none.size() == 0);
    CHECK_FALSE(ZeroedArray<double>());  // default: nothing allocated
}
