#pragma once
// The date lexicons (geodata/lexicon/*.tsv) read outside the date extractor: each word of another
// language stands for an English word, and other rooms ask where a text has such words.
#include <initializer_list>
#include <string_view>
#include <vector>

namespace placeline {

// The byte offsets of the words of text that a lexicon gives as one of the English words, in order
// ("Опубликовано", "Veröffentlicht" and "Publié" for "published"). English words themselves are
// not listed: their callers find them as written.
std::vector<size_t> lexicon_words_meaning(std::string_view text, std::initializer_list<std::string_view> english);

}  // namespace placeline
