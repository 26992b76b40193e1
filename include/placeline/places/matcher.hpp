#pragma once
// Finding names of places in text, and resolving each to one place.
#include <span>
#include <string_view>
#include <vector>

#include "placeline/corpus/corpus.hpp"
#include "placeline/places/gazetteer.hpp"
#include "placeline/places/mention.hpp"
#include "placeline/places/names.hpp"

namespace placeline {

class Overrides;

// A span whose words fold to a gazetteer key, with every place of that name.
struct NameMatch {
    ByteSpan span;
    std::span<const PlaceIndex> candidates;  // into the gazetteer
    const KeyEntry* key = nullptr;           // the folded name matched
};

// Longest match first, left to right; a name must start with a capitalised word (or a word of a
// script without case); its further words may be lower case ("Lachin corridor").
// The hot path: one pass over the bytes, ASCII words folded and hashed on the fly, no allocation
// per word. `out` is cleared and reused.
void match_names(const Gazetteer& gazetteer, std::string_view text, std::vector<NameMatch>& out);
std::vector<NameMatch> match_names(const Gazetteer& gazetteer, std::string_view text);
// The same with the text's words given (tokenize(text)), which the resolver reads too.
void match_names(const Gazetteer& gazetteer, std::string_view text, std::span<const Token> words,
                 std::vector<NameMatch>& out);
// The text's words (tokenize(text)) and its matches (match_names): the same results, but a long
// text is read in pieces cut at line breaks, on every core.
void tokenize_and_match(const Gazetteer& gazetteer, std::string_view text, std::vector<Token>& words,
                        std::vector<NameMatch>& matches);

// Picks one place per match, or drops the match when the evidence says it is no place here,
// using the whole text as context (see resolve.cpp). Mentions carry article 0 and passage 0.
std::vector<Mention> resolve(const Gazetteer& gazetteer, std::string_view text, const std::vector<NameMatch>& matches);
// The same with the text's words given (tokenize(text)): geoparse tokenises each article once.
std::vector<Mention> resolve(const Gazetteer& gazetteer, std::string_view text, std::span<const Token> words,
                             const std::vector<NameMatch>& matches);
// The same, taking the words, which it frees once it reads them no more (before the arrays of
// its later passes are made).
std::vector<Mention> resolve(const Gazetteer& gazetteer, std::string_view text, std::vector<Token>&& words,
                             const std::vector<NameMatch>& matches);

// Matches and resolves every article of the corpus (in parallel, one article per task; the
// output order does not depend on the threads), then applies the user's corrections.
// Mentions are sorted by article and offset.
// A cancelled `progress` stops it between articles (the result is then partial).
std::vector<Mention> geoparse(const Gazetteer& gazetteer, const Corpus& corpus, const Overrides* overrides = nullptr,
                              const Progress* progress = nullptr);
// The same, with the words of some articles already read (read_words_while, article_words.hpp);
// an article whose slot is empty is read here.
std::vector<Mention> geoparse(const Gazetteer& gazetteer, const Corpus& corpus,
                              std::vector<std::vector<Token>> words_read, const Overrides* overrides,
                              const Progress* progress);

}  // namespace placeline
