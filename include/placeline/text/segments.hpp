#pragma once
// Paragraphs and sentences of a text, as byte spans into it.
#include <string_view>
#include <vector>

#include "placeline/base/byte_span.hpp"

namespace placeline {

// Paragraphs of a text: non-empty lines, with hard-wrapped lines joined back together.
// Spans exclude surrounding whitespace.
std::vector<ByteSpan> split_paragraphs(std::string_view text);

// Sentences of a paragraph (spans into `text`, whitespace trimmed). Abbreviations (Sept., Dr.,
// U.S.), initials and decimal points do not end sentences.
std::vector<ByteSpan> split_sentences(std::string_view text, ByteSpan paragraph);
std::vector<ByteSpan> split_sentences(std::string_view text);

}  // namespace placeline
