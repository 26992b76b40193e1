#pragma once
// Name normalisation for matching: the same key for every way of writing one name.
// "Şuşa" ~ "Susa", "Naxçıvan" ~ "Naxcivan", "Nagorno-Karabakh" ~ "Nagorno Karabakh",
// "Степанакерт" ~ "stepanakert", "Գյումրի" ~ "gyumri".
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "placeline/corpus/passage.hpp"

namespace placeline {

// NFKC; Cyrillic, Greek, Armenian and Georgian transliterated to Latin; diacritics removed;
// lower case. Other scripts (Han, Arabic, Hebrew...) keep their letters, NFKC and case folded:
// English news writes them rarely, and a romanisation of them would only collide with English
// words. Runs of anything but letters and digits become one space, except apostrophes and dots,
// which vanish ("Ts'khinvali" ~ "Tskhinvali", "St. Petersburg" ~ "St Petersburg").
// Pure ASCII takes a fast path that never touches ICU.
std::string fold_name(std::string_view name);

// Transliteration to Latin for display, diacritics kept ("Степанакерт" -> "Stepanakert",
// "Շուշի" -> "Šuši"). Latin text comes back as it is.
std::string latin_display(std::string_view name);

// The ISO 15924 code of the text's dominant script ("Latn", "Cyrl", "Armn", "Geor", "Hani"...),
// ignoring characters common to all scripts; "Zyyy" when there is no letter.
std::string script_of(std::string_view text);

// A word of running text, with what the matcher needs to know about it.
struct Token {
    uint32_t start = 0, end = 0;   // bytes
    bool capitalised = false;      // first letter upper case (or a script without case)
    bool ascii = true;
};

// Words of a text: runs of letters and digits; an apostrophe followed by "s" ends a word
// (possessives), and hyphens split words so that "Nagorno-Karabakh" is two tokens.
std::vector<Token> tokenize(std::string_view text);

// Appends to `out` the words of `text` read from byte `from` that start before byte `until`
// (the rest of the text is read when a word's rules look past `until`).
void tokenize_into(std::string_view text, size_t from, size_t until, std::vector<Token>& out);

// Reads the word that starts at or after `at` into `token`; returns false at the end of the
// text. The same rules as tokenize, without a vector: the matcher's hot path.
bool next_token(std::string_view text, size_t at, Token& token);

// Folds one token for lookup: ASCII tokens take a fast path.
void fold_token(std::string_view token, bool ascii, std::string& out);

}  // namespace placeline
