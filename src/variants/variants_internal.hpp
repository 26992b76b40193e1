#pragma once
// Variant checker internals shared by variants_report.cpp and variants_suspects.cpp.
#include <utility>
#include <vector>

#include "placeline/variants/variants.hpp"

namespace placeline::variants {

// Every suspected misspelling of the corpus, with the place each most likely means, in corpus
// order: the resolver's fuzzy mentions (reused, not found again) and the capitalised words and
// phrases no gazetteer name matches but close to a spelling of a place the corpus mentions.
std::vector<std::pair<PlaceIndex, Suspect>> find_suspects(const Atlas& atlas);

// The largest weighted distance accepted for a name of this many bytes (folded).
float distance_limit(size_t folded_length);

}  // namespace placeline::variants
