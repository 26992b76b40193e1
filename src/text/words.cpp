#include "placeline/text/words.hpp"

namespace placeline {

size_t count_words(std::string_view s) {
    // A word starts at every byte that is no space and follows a space (or the start). Written as
    // a sum over adjacent pairs, without a running state, so that the compiler vectorises it:
    // boilerplate, titles and publication dates count the words of whole lines, a few times each.
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    if (s.empty()) return 0;
    size_t words = space(s[0]) ? 0 : 1;
    for (size_t i = 1; i < s.size(); ++i) words += size_t(!space(s[i])) & size_t(space(s[i - 1]));
    return words;
}

}  // namespace placeline
