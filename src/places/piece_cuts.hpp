#pragma once
// Where a long text may be cut into pieces that are read, matched and passed over apart, on every
// core, and still give what one pass over the whole text gives: right after a line break or a
// comma. No word holds either (the tokenizer ends a word at any ASCII byte but a letter, a digit,
// an apostrophe inside a word and an initial's dot), and nothing reads on across one: the words of
// a name are separated only by spaces, hyphens and an initial's dot (`joins` in match_names.cpp),
// and so are the words the passes after the matcher read together (text_pieces.hpp). Commas and
// not only line breaks: a long text without line breaks (one paragraph, a body taken out of JSON
// or HTML) was read and matched on one core.
#include <cstddef>
#include <string_view>

namespace placeline {

// The first cut at or after `from`: the byte after the first line break or comma from there; npos
// when there is none before the text's last byte.
inline size_t next_piece_cut(std::string_view text, size_t from) {
    const size_t at = text.find_first_of("\n,", from);
    if (at == std::string_view::npos || at + 1 >= text.size()) return std::string_view::npos;
    return at + 1;
}

}  // namespace placeline
