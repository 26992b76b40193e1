// Institutions named after the place they serve (see institutions.hpp).
#include "institutions.hpp"

#include <algorithm>
#include <string>

#include "placeline/places/names.hpp"
#include "word_set.hpp"

namespace placeline::resolution {

bool institution_word(std::string_view w) {
    // Offices and courts of a town, county or state; its schools, hospitals, museums and
    // airport; its parties and services. Not "group", "house", newspapers or companies: those
    // borrow a name as often as they locate something.
    static constexpr std::string_view words[] = {
        "police", "sheriff", "sheriffs", "clerk", "attorney", "coroner", "auditor", "treasurer", "assessor",
        "commissioners", "commission", "council", "court", "courts", "supreme", "superior", "circuit",
        "legislature", "senate", "assembly", "school", "schools", "board", "college", "university", "academy",
        "hospital", "library", "museum", "airport", "department", "jail", "party", "republican", "republicans",
        "democratic", "democrat", "democrats", "fire", "health", "patrol", "chamber", "authority", "zoo", "judge",
        "courthouse", "fairgrounds", "center", "centre", "association", "administration", "agency", "housing",
        "community", "mayor", "volunteer", "veterans", "medical", "public", "hall", "arts"};
    // Asked after most matches: one probe, not a comparison per word (the views are of the
    // literals above, which live as long as the program).
    static const WordSet set{std::span<const std::string_view>(words)};
    return set.has(w);
}

bool town_service_word(std::string_view w) {
    static constexpr std::string_view words[] = {"police", "fire", "mayor", "volunteer"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool names_town_service(std::string_view text, size_t end) {
    TokensAfter after(text, {}, end);
    return names_town_service(after);
}

bool names_town_service(TokensAfter& after) {
    const std::string_view text = after.text();
    const size_t end = after.position();
    // Only a space between: most matches are followed by none, and need no word read.
    if (end >= text.size() || text[end] != ' ') return false;
    const Token* t = after.token(0);
    if (!t || !t->capitalised || t->start != end + 1) return false;
    return town_service_word(after.folded(0));
}

bool names_institution(std::string_view text, size_t end) {
    TokensAfter after(text, {}, end);
    return names_institution(after);
}

bool names_institution(TokensAfter& after) {
    const std::string_view text = after.text();
    const size_t end = after.position();
    // The first word follows after one space (below): most matches are followed by none, and need
    // no word read.
    if (end >= text.size() || text[end] != ' ') return false;
    size_t at = end;
    for (size_t k = 0; k < 4; ++k) {
        const Token* t = after.token(k);
        if (!t || !t->capitalised) return false;
        // Only a space between the words, or a possessive before it ("Coroner's Office").
        std::string_view gap = text.substr(at, t->start - at);
        if (gap != " " && !(k > 0 && (gap == "'s " || gap == "\u2019s "))) return false;
        if (institution_word(after.folded(k))) return true;
        at = t->end;
    }
    return false;
}

}  // namespace placeline::resolution
