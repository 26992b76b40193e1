#pragma once
// Finding names of places in text, and resolving each to one place.
#include <string_view>
#include <vector>

#include "placeline/corpus.hpp"
#include "placeline/gazetteer.hpp"
#include "placeline/mention.hpp"

namespace placeline {

// A span whose words fold to a gazetteer key, with every place of that name.
struct NameMatch {
    ByteSpan span;
    std::vector<PlaceIndex> candidates;
};

// Longest match first, left to right; proper names must be capitalised in running text.
std::vector<NameMatch> match_names(const Gazetteer& gazetteer, std::string_view text);

// Picks one place per match, using the article's other matches as context.
std::vector<Mention> resolve(const Gazetteer& gazetteer, const Corpus& corpus,
                             uint32_t article, const std::vector<NameMatch>& matches);

// Matches and resolves every article of the corpus; mentions sorted by article and offset.
std::vector<Mention> geoparse(const Gazetteer& gazetteer, const Corpus& corpus);

}  // namespace placeline
