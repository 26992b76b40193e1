#pragma once
// Which language an article is in, from the word lists the resolver holds (resolution.hpp).
#include <string_view>

#include "placeline/places/resolution.hpp"

#include <cstddef>

namespace placeline::resolution {

// How many languages' word lists article_language tells apart: a word's lists are bits of a
// sixteen-bit number in its table, the top one English's. The lexicon's list of languages is
// checked against it where it is written (resolve_context.cpp), so that no list is ever left out
// without a word.
constexpr size_t article_languages_most = 15;

// The article's language among those with word lists (an index into lex.language_words), or -1
// (English, or none clear). Text in Cyrillic letters is Russian or Ukrainian by the letters only
// one of them writes: their lists hold only the words that are also places' names, too few in a
// short article to count on. Text in Latin letters is German, French, Spanish or Turkish by its
// function words. Otherwise the list its first 2,000 lower-case words hit most, at least twice and
// more often than English's.
int article_language(const Lexicon& lex, std::string_view text);
// The same with the text's tokenize() given.
int article_language(const Lexicon& lex, std::string_view text, std::span<const Token> words);

}  // namespace placeline::resolution
