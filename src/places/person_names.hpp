#pragma once
// Text patterns that make a capitalised word part of a person's name rather than a place, and
// English words that are never names: plain functions over the text, for the resolver's local
// context (resolve_context.cpp) and the tests.
//
// The resolver asks the pattern tests of every name, and most names fail each on a byte or two
// beside them: those bytes are asked here, inline, and the rest of a test is a call only where they
// stand.
#include <string_view>

namespace placeline::resolution {

namespace detail {
// The tests below past their first bytes (person_names.cpp).
bool middle_initial_before_dot(std::string_view text, size_t start);
bool age_after_comma(std::string_view text, size_t end);
bool after_saint_ending(std::string_view text, size_t start);
bool epithet_after_the(std::string_view text, size_t end);
}  // namespace detail

// A middle initial beside the word: "Grant W. Graham", "H. L. Snyder" (before it), "Milton J.
// Little", "Virginia L. Lane" (after it): the word is a person's surname or given name.
inline bool middle_initial_before(std::string_view text, size_t start) {
    // The initial's full stop and a space right before the word.
    return start >= 4 && start <= text.size() && text[start - 1] == ' ' && text[start - 2] == '.' &&
           detail::middle_initial_before_dot(text, start);
}
inline bool middle_initial_after(std::string_view text, size_t end) {
    // " J. Little": a space, a capital, a full stop, a space, a capitalised word.
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    return end + 5 <= text.size() && text[end] == ' ' && text[end + 2] == '.' && upper(text[end + 1]) &&
           text[end + 3] == ' ' && upper(text[end + 4]);
}

// An age after the name, between commas: "Grant Graham, 27, was stopped" (news give persons'
// ages so; a place never has one).
inline bool age_after(std::string_view text, size_t end) {
    return end < text.size() && text[end] == ',' && detail::age_after_comma(text, end);
}

// A saint's name: "St. Patrick's Day", "Saint Jude" where no place of the longer name matched.
inline bool after_saint(std::string_view text, size_t start) {
    // Each form ends in ". " or "t ".
    return start >= 3 && start <= text.size() && text[start - 1] == ' ' &&
           (text[start - 2] == '.' || text[start - 2] == 't') && detail::after_saint_ending(text, start);
}

// A ruler's or saint's epithet after the name: "Alexander the Great", "Ivan the Terrible", "Pliny
// the Elder". A place is never written so.
inline bool epithet_after(std::string_view text, size_t end) {
    // " the " after the name.
    return end + 1 < text.size() && text[end] == ' ' && text[end + 1] == 't' && detail::epithet_after_the(text, end);
}

// Pronouns, determiners and other closed-class English words ("His", "This"), folded: a sentence
// may start with one, and a gazetteer may hold it as some place's variant, but it names nothing.
bool function_word(std::string_view folded);
// An English contraction of a pronoun or an auxiliary ("We're", "I’ve", "Don't"), as written:
// its folded key is another word, or some place's ("were", "ive").
bool english_contraction(std::string_view surface);

}  // namespace placeline::resolution
