#pragma once
// A place named as the seat of a public institution: "Ohio Supreme Court", "Laurel County Clerk",
// "Gainesville Police", "Springfield Science Museum", "Northern Illinois University". The place is
// still what the words name (the court is Ohio's, the museum in Springfield): news annotators (LGL)
// count it a mention, unlike a name merely borrowed by an organisation ("OSCE Minsk Group",
// "Chatham House") or a unit ("Azov regiment").
#include <string_view>

#include "near_words.hpp"

namespace placeline::resolution {

// Whether the capitalised words right after `end` (up to four, spaces between them, a possessive
// allowed: "Butler County Coroner's Office") hold an institution's head word.
bool names_institution(std::string_view text, size_t end);
// The same for the words after a match, read once for all its tests (near_words.hpp).
bool names_institution(TokensAfter& after);

// Whether the word right after `end` is a town's own service ("Grand Ledge Police", "Cookville
// Volunteer Fire Department", "Lewisburg Mayor"): evidence that the name is a town.
bool names_town_service(std::string_view text, size_t end);
bool names_town_service(TokensAfter& after);

// The head words, folded (lower case): exposed for the tests.
bool institution_word(std::string_view folded);

}  // namespace placeline::resolution
