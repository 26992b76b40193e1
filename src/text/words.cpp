#include "placeline/text/words.hpp"

namespace placeline {

size_t count_words(std::string_view s) {
    size_t words = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\t' || c == '\n';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

}  // namespace placeline
