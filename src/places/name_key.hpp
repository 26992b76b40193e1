#pragma once
// The gazetteer's key for a name as a later pass spells it (an inflected word's nominative, a
// word without its suffix), and lower case as the language lists write words: shared by the
// passes after the matcher (inflected_names.cpp, slavic_regions.cpp, suffixed_names.cpp) and the
// local context (resolve_context.cpp).
#include <string>
#include <string_view>

#include "placeline/places/gazetteer.hpp"
#include "placeline/places/names.hpp"

namespace placeline::resolution {

// The key `name` folds to, if some place bears it; else nullptr.
inline const KeyEntry* key_of_name(const Gazetteer& g, std::string_view name) {
    std::string folded = fold_name(name);
    if (folded.empty()) return nullptr;
    const KeyEntry* key = g.find_key(key_hash(folded), folded);
    return key && key->postings_count ? key : nullptr;
}

// A word in lower case, in any script (ICU).
std::string lower_case(std::string_view word);

}  // namespace placeline::resolution
