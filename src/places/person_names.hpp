#pragma once
// Text patterns that make a capitalised word part of a person's name rather than a place, and
// English words that are never names: plain functions over the text, for the resolver's local
// context (resolve_context.cpp) and the tests.
#include <string_view>

namespace placeline::resolution {

// A middle initial beside the word: "Grant W. Graham", "H. L. Snyder" (before it), "Milton J.
// Little", "Virginia L. Lane" (after it): the word is a person's surname or given name.
bool middle_initial_before(std::string_view text, size_t start);
bool middle_initial_after(std::string_view text, size_t end);

// An age after the name, between commas: "Grant Graham, 27, was stopped" (news give persons'
// ages so; a place never has one).
bool age_after(std::string_view text, size_t end);

// A saint's name: "St. Patrick's Day", "Saint Jude" where no place of the longer name matched.
bool after_saint(std::string_view text, size_t start);

// A ruler's or saint's epithet after the name: "Alexander the Great", "Ivan the Terrible", "Pliny
// the Elder". A place is never written so.
bool epithet_after(std::string_view text, size_t end);

// Pronouns, determiners and other closed-class English words ("His", "This"), folded: a sentence
// may start with one, and a gazetteer may hold it as some place's variant, but it names nothing.
bool function_word(std::string_view folded);

}  // namespace placeline::resolution
