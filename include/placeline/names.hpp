#pragma once
// Name normalisation for matching: the same key for every way of writing one name.
// "Şuşa" ~ "Susa", "Naxçıvan" ~ "Naxcivan", "Nagorno-Karabakh" ~ "Nagorno Karabakh",
// "Степанакерт" ~ "stepanakert".
#include <string>
#include <string_view>
#include <vector>

#include "placeline/passage.hpp"

namespace placeline {

// NFKC, transliteration to Latin, diacritics removed, case folded; hyphens and runs of
// spaces become one space; apostrophes and dots inside names are dropped.
std::string fold_name(std::string_view name);

// A word of running text, with what the matcher needs to know about it.
struct Token {
    uint32_t start = 0, end = 0;   // bytes
    bool capitalised = false;      // first letter upper case (or a script without case)
    bool ascii = true;
};

// Words of a text: runs of letters and digits; an apostrophe followed by "s" ends a word
// (possessives), and hyphens split words so that "Nagorno-Karabakh" is two tokens.
std::vector<Token> tokenize(std::string_view text);

// Folds one token for lookup: ASCII tokens take a fast path.
void fold_token(std::string_view token, bool ascii, std::string& out);

}  // namespace placeline
