#pragma once
// A test that cannot run on this machine (a data file missing from the cache, say) calls skip()
// and returns. ctest reads the marker it prints (SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt)
// and reports the test as skipped, never as passed; CI then fails on any skip
// (scripts/check-test-count.sh), since a fully set-up machine has everything.
#include <iostream>
#include <string_view>

namespace placeline::test {

// Set by skip(), cleared when a test case starts (tests/test_main.cpp): a skipped case is
// allowed to have asserted nothing.
extern bool skipped_current;

inline void skip(std::string_view why) {
    skipped_current = true;
    std::cout << "PLACELINE_TEST_SKIPPED: " << why << std::endl;
}

}  // namespace placeline::test
