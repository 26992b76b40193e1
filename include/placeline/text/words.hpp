#pragma once
// Counting words the way the page-furniture rules do: a word is a run of anything but a space,
// tab or line break. Boilerplate and article metadata both judge a line by its length in words,
// so they share this one definition (a line must not be "short" for one and "long" for the other).
#include <cstddef>
#include <string_view>

namespace placeline {

size_t count_words(std::string_view s);

}  // namespace placeline
