#pragma once
// Counting words the way the page-furniture rules do: a word is a run of anything but a space,
// tab or line break. Boilerplate and article metadata both judge a line by its length in words,
// so they share this one definition (a line must not be "short" for one and "long" for the other).
#include <cstddef>
#include <string_view>

namespace placeline {

size_t count_words(std::string_view s);

// count_words read only until `cap` words are found: the exact count when it is below `cap`,
// else some number of at least `cap`. For rules that only ask whether a line is shorter than a
// length (the long paragraphs of an article are not read to their end).
size_t count_words_capped(std::string_view s, size_t cap);

}  // namespace placeline
