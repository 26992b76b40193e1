#pragma once
// An article's words read before the gazetteer is there. Cutting text into words needs no
// gazetteer, and a command's gazetteer is loaded on a thread of its own while the articles are
// read (build_atlas); the words read while it still loads are words the matcher need not read
// after it, when both cores are busy anyway.
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "placeline/corpus/corpus.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/names.hpp"

namespace placeline {

// Each article's words (tokenize(text)), the articles taken in order, on every core, for as long
// as `wanted()` says and up to 32 MiB of text; the articles not reached keep no words (nor does
// an article without any, which geoparse then reads again, for nothing).
std::vector<std::vector<Token>> read_words_while(const Corpus& corpus, const std::function<bool()>& wanted);

// match_names over an article's words already read: the same matches, but a long text matched in
// pieces of whole lines on every core, as tokenize_and_match reads it.
void match_words(const Gazetteer& gazetteer, std::string_view text, std::span<const Token> words,
                 std::vector<NameMatch>& matches);

}  // namespace placeline
