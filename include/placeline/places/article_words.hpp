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

// An article's words in the pieces its text was read in: pieces cut after a line break or a comma
// for a long text (read on every core), one for an ordinary article. Joined, they are
// tokenize(text).
using WordPieces = std::vector<std::vector<Token>>;

// A text's words in pieces: pieces of about 64 KiB cut after a line break or a comma for a long
// text, read on every core; one piece for an ordinary article (tokenize(text)).
WordPieces read_words(std::string_view text);

// Each article's words, the articles taken in order, on every core, for as long as `wanted()`
// says and up to 32 MiB of text; the articles not reached keep no pieces.
std::vector<WordPieces> read_words_while(const Corpus& corpus, const std::function<bool()>& wanted);

// The pieces joined into `words`, and match_names over them into `matches`: the words and matches
// of one pass. The pieces are matched on every core, the join beside them (the words of a long
// text are megabytes, copied into fresh pages).
void match_words(const Gazetteer& gazetteer, std::string_view text, WordPieces pieces, std::vector<Token>& words,
                 std::vector<NameMatch>& matches);

}  // namespace placeline
