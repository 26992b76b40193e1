#pragma once
// The date lexicons (geodata/lexicon/*.tsv) read outside the date extractor: each word of another
// language stands for an English word, and other rooms ask where a text has such words.
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

namespace placeline {

// The byte offsets of the words of text that a lexicon gives as one of the English words, in order
// ("Опубликовано", "Veröffentlicht" and "Publié" for "published"). English words themselves are
// not listed: their callers find them as written.
std::vector<size_t> lexicon_words_meaning(std::string_view text, std::initializer_list<std::string_view> english);

// The same asked only at the byte offsets `at` (ascending): those of them where
// lexicon_words_meaning(text, english) lists a word, in order. It reads the words there and back
// to the ASCII non-letter before each (usually the space right before), not the whole text:
// for a caller that knows where it needs the answer.
std::vector<size_t> lexicon_words_meaning_at(std::string_view text, std::span<const size_t> at,
                                             std::initializer_list<std::string_view> english);

// The same asked at one offset: whether lexicon_words_meaning(text, english) lists `at`. The
// answer is the one lexicon_words_meaning_at gives for `at` among any other offsets, so that
// callers may ask each offset where they need it, on any thread, in any order.
bool lexicon_word_meaning_at(std::string_view text, size_t at, std::span<const std::string_view> english);

// For the sentence splitter: the byte after the lexicon phrase whose first word starts at byte
// `at` of text ("av. J.-C.", "n. Chr."), or 0 when no phrase starts there; its full stops end no
// sentence.
size_t lexicon_phrase_end(std::string_view text, size_t at);

// Does the word at byte `at` of text name a month (in English or a lexicon, whole or abbreviated)
// or a century? A full stop between a day or an ordinal and such a word ends no sentence
// ("25. April 2015", "im 19. Jahrhundert").
bool month_or_century_word_at(std::string_view text, size_t at);

}  // namespace placeline
