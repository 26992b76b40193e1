#pragma once
// A passage: one paragraph of an article, the unit the user reads and the time slider filters.
#include <cstdint>
#include <string_view>
#include <vector>

#include "placeline/date.hpp"
#include "placeline/dates.hpp"

namespace placeline {

struct ByteSpan {
    uint32_t start = 0, end = 0;  // bytes, end exclusive
    bool operator==(const ByteSpan&) const = default;
};

struct Passage {
    uint32_t article = 0;
    ByteSpan span;        // into the article's text
    TimeSpan time;        // the event time the slider filters by
    TimeBasis basis = TimeBasis::publication;
    TimeSpan published;   // the article's publication day
};

// Paragraphs of a text: non-empty lines, with hard-wrapped lines joined back together.
// Spans exclude surrounding whitespace.
std::vector<ByteSpan> split_paragraphs(std::string_view text);

// Sentences of a paragraph (spans into `text`, whitespace trimmed). Abbreviations (Sept., Dr.,
// U.S.), initials and decimal points do not end sentences.
std::vector<ByteSpan> split_sentences(std::string_view text, ByteSpan paragraph);
std::vector<ByteSpan> split_sentences(std::string_view text);

}  // namespace placeline
