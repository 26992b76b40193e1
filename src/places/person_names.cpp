// Persons' names and words that are never names (see person_names.hpp).
#include "person_names.hpp"

#include <algorithm>
#include <span>

#include "word_set.hpp"

namespace placeline::resolution {

namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool letter(char c) { return (c >= 'a' && c <= 'z') || upper(c); }

// An initial ("W.") ending right before `pos` (which follows a space): where it starts, or npos.
size_t initial_before(std::string_view text, size_t pos) {
    if (pos < 4 || text[pos - 1] != ' ' || text[pos - 2] != '.' || !upper(text[pos - 3])) return std::string_view::npos;
    size_t at = pos - 3;
    if (at > 0 && letter(text[at - 1])) return std::string_view::npos;  // "Rep. " is no initial
    return at;
}

}  // namespace

namespace detail {

bool middle_initial_before_dot(std::string_view text, size_t start) {
    size_t at = initial_before(text, start);
    if (at == std::string_view::npos || at < 2 || text[at - 1] != ' ') return false;
    // Another initial ("H. L. Snyder") or a capitalised given name ("Grant W. Graham") before it.
    if (initial_before(text, at) != std::string_view::npos) return true;
    size_t b = at - 1;
    while (b > 0 && letter(text[b - 1])) --b;
    return b < at - 1 && upper(text[b]) && at - 1 - b >= 2;
}

bool age_after_comma(std::string_view text, size_t end) {
    if (text.substr(end, 2) != ", ") return false;
    size_t i = end + 2, digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
    return digits >= 1 && digits <= 3 && i < text.size() && text[i] == ',';
}

bool after_saint_ending(std::string_view text, size_t start) {
    for (std::string_view s : {"St. ", "Saint ", "St "}) {
        if (start < s.size() || text.substr(start - s.size(), s.size()) != s) continue;
        size_t b = start - s.size();
        return b == 0 || !letter(text[b - 1]);
    }
    return false;
}

bool epithet_after_the(std::string_view text, size_t end) {
    static constexpr std::string_view epithets[] = {"Great", "Elder", "Younger", "Terrible", "Conqueror", "Wise",
                                                    "Bold", "Good", "Magnificent", "Lionheart", "Pious", "Fair"};
    std::string_view tail = text.substr(std::min(end, text.size()));
    if (!tail.starts_with(" the ")) return false;
    tail.remove_prefix(5);
    for (std::string_view e : epithets)
        if (tail.starts_with(e) && (tail.size() == e.size() || !letter(tail[e.size()]))) return true;
    return false;
}

}  // namespace detail

bool function_word(std::string_view w) {
    static constexpr std::string_view words[] = {
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "hers", "its", "our", "ours", "their",
        "theirs", "my", "your", "yours", "he", "she", "it", "we", "they", "you", "i", "me", "him", "them", "who",
        "whom", "whose", "what", "which", "when", "where", "why", "how", "and", "or", "but", "if", "then", "there",
        "here", "not", "no", "yes", "as", "at", "by", "for", "from", "in", "into", "of", "on", "to", "with", "after",
        "before", "during", "while", "since", "until", "about", "all", "any", "some", "each", "every", "both",
        "either", "neither", "because", "although", "though", "also", "just", "only", "very",
        // Auxiliary and modal verbs ("Is", "Were"); not "will" and "may", also a name and a month.
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had", "can",
        "could", "would", "should", "shall", "might", "must"};
    // Asked at most matches: one probe of a flat set, which turns most words away on their first
    // byte and length unhashed (the views are of the literals above, which live as long as the
    // program).
    static const WordSet set{std::span<const std::string_view>(words)};
    return set.has(w);
}

bool english_contraction(std::string_view surface) {
    // A pronoun or an auxiliary with its contracted verb or "not", as written with either
    // apostrophe; folded, most would be other words ("We're" is "were", "I'll" the river Ill).
    static constexpr std::string_view words[] = {
        "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "you'd", "we're", "we've", "we'll", "we'd",
        "they're", "they've", "they'll", "they'd", "he's", "he'll", "he'd", "she's", "she'll", "she'd", "it's",
        "it'll", "that's", "there's", "here's", "what's", "who's", "let's", "don't", "doesn't", "didn't", "can't",
        "won't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "couldn't", "wouldn't",
        "shouldn't"};
    static const WordSet set{std::span<const std::string_view>(words)};
    // Lower-cased, the typographic apostrophe (U+2019, three bytes) as the ASCII one, into a
    // buffer as long as the longest contraction: a longer word is none.
    char folded[9];
    size_t n = 0;
    bool apostrophe = false;
    for (size_t i = 0; i < surface.size(); ++i) {
        if (n == sizeof folded) return false;
        const auto b = static_cast<unsigned char>(surface[i]);
        if (b == 0xE2 && surface.substr(i, 3) == "\xE2\x80\x99") {
            folded[n++] = '\'', apostrophe = true, i += 2;
        } else if (b < 0x80) {
            folded[n++] = char(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
            apostrophe |= b == '\'';
        } else {
            return false;
        }
    }
    return apostrophe && set.has(std::string_view(folded, n));
}

}  // namespace placeline::resolution
