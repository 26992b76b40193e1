#pragma once
// Which language an article is in, from the word lists the resolver holds (resolution.hpp).
#include <string_view>

#include "placeline/places/resolution.hpp"

namespace placeline::resolution {

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
