#include "placeline/text/words.hpp"

#include <algorithm>
#include <cstdint>

namespace placeline {

size_t count_words(std::string_view s) { return count_words_capped(s, SIZE_MAX); }

size_t count_words_capped(std::string_view s, size_t cap) {
    // A word starts at every byte that is no space and follows a space (or the start). Written as
    // a sum over adjacent pairs, without a running state, so that the compiler vectorises it:
    // boilerplate, titles and publication dates count the words of whole lines, a few times each.
    // The sum runs in 8 bits over blocks of 240 bytes (a block's sum cannot pass 255; fifteen
    // vectors of sixteen, no byte left to a scalar loop): byte lanes, widened once a block.
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    if (s.empty()) return 0;
    size_t words = space(s[0]) ? 0 : 1;
    // Block by block, so that a long paragraph stops being read soon after `cap` words.
    for (size_t from = 1; from < s.size() && words < cap; from += 240) {
        const size_t to = std::min(s.size(), from + 240);
        uint8_t block = 0;
        for (size_t i = from; i < to; ++i) block += uint8_t(!space(s[i])) & uint8_t(space(s[i - 1]));
        words += block;
    }
    return words;
}

}  // namespace placeline
