#pragma once
// Russian and Ukrainian regions named by an adjective before the word for region, in any case:
// "Одеської області", "Иркутской области", "Красноярского края" (see slavic_regions.cpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "placeline/places/matcher.hpp"
#include "placeline/places/names.hpp"

namespace placeline::resolution {

// The nominatives (feminine and masculine) an adjective's ending allows: "Южной" -> "Южная",
// "Великої" -> "Велика". Empty when its ending is no adjective's.
std::vector<std::string> adjective_nominatives(std::string_view word);

// A form of область, край or район, in lower case as written ("області", "края").
bool slavic_region_word(std::string_view word);

// The match of `adjective` and the region word right after it, for the region whose name the
// adjective's nominative is (GeoNames writes "Odes'ka Oblast'", "Irkutskaya Oblast'"), or none.
std::optional<NameMatch> adjectival_region(const Gazetteer& g, std::string_view text, const Token& adjective);

}  // namespace placeline::resolution
