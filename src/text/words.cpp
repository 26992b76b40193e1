#include "placeline/text/words.hpp"

#include <algorithm>
#include <cstdint>

namespace placeline {

size_t count_words(std::string_view s) {
    // A word starts at every byte that is no space and follows a space (or the start). Written as
    // a sum over adjacent pairs, without a running state, so that the compiler vectorises it:
    // boilerplate, titles and publication dates count the words of whole lines, a few times each.
    // The sum runs in 32 bits over blocks of 64 KiB (four times the lanes of a 64-bit sum).
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    if (s.empty()) return 0;
    size_t words = space(s[0]) ? 0 : 1;
    for (size_t from = 1; from < s.size(); from += 65536) {
        const size_t to = std::min(s.size(), from + 65536);
        uint32_t block = 0;
        for (size_t i = from; i < to; ++i) block += uint32_t(!space(s[i])) & uint32_t(space(s[i - 1]));
        words += block;
    }
    return words;
}

}  // namespace placeline
