#pragma once
// An article's words read before the gazetteer is there. Cutting text into words needs no
// gazetteer, and a command's gazetteer is loaded on a thread of its own while the articles are
// read (build_atlas); the words read while it still loads are words the matcher need not read
// after it, when both cores are busy anyway.
#include <functional>
#include <string_view>
#include <vector>

#include "placeline/corpus/corpus.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/names.hpp"

namespace placeline {

// A text's words, tokenize(text). A long text is cut into pieces of about 64 KiB after a line
// break or a comma (piece_cuts.hpp), read on every core, each piece written into its place in the
// one array as soon as the pieces before it are read; an ordinary article is one piece.
std::vector<Token> read_words(std::string_view text);

// Whether read_words and match_words cut a text of `bytes` bytes into pieces for every core: a
// long document, not an ordinary article.
bool read_in_pieces(size_t bytes);

// Each article's words, the articles taken in order, on every core, for as long as `wanted()`
// says and up to 32 MiB of text; the articles not reached keep none (an empty array).
std::vector<std::vector<Token>> read_words_while(const Corpus& corpus, const std::function<bool()>& wanted);

// The text's words (read_words) moved into `words`, and match_names over them into `matches`: the
// words and matches of one pass. A long text's pieces (the same cuts as read_words) are matched
// on every core, each over its own stretch of the words.
void match_words(const Gazetteer& gazetteer, std::string_view text, std::vector<Token> read, std::vector<Token>& words,
                 std::vector<NameMatch>& matches);

}  // namespace placeline
