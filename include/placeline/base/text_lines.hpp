#pragma once
// Walking a text's lines in place, for the readers of the data files (word lists, date lexicons).
#include <string_view>

namespace placeline {

// Calls `each` with every line of `text` as a view into it, without its '\n', as getline gives
// them (a last line without a newline included; a '\r' before the newline kept).
template <class Each>
void for_each_line(std::string_view text, Each each) {
    for (size_t at = 0; at < text.size();) {
        size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        each(text.substr(at, end - at));
        at = end + 1;
    }
}

}  // namespace placeline
