#pragma once
// Where news writing itself says a name is a place, whatever the name: the dateline
// ("CHARLESTON, W.Va. -- ", "BANTAM — ") and a legislator's party and home
// ("Rep. James Clyburn, D-S.C.", "Jay Roberts (R-Ocilla)"). Both are conventions of the wire
// services and of US papers, not of one paper.
//
// The resolver asks these of every name, and most names fail each on a byte or two beside them:
// those bytes are asked here, inline, and the rest of a test is a call only where they stand.
#include <string_view>

namespace placeline::resolution {

namespace detail {
// The tests below past their first bytes (news_conventions.cpp).
bool dateline_after_line_start(std::string_view text, size_t start, size_t end);
bool after_party_hyphen(std::string_view text, size_t start);
bool after_address_comma(std::string_view text, size_t start);
}  // namespace detail

// Whether the name at [start, end) is a dateline: written in capitals, first on its line (or right
// after the title's full stop), followed by a dash (—, –, --), optionally after a comma and a state
// or country ("CHARLESTON, W.Va. --").
inline bool dateline(std::string_view text, size_t start, size_t end) {
    // First on its line or after a full stop, spaces aside: a name after any other byte, or after
    // one space and any other byte, is none (most names stand in mid-sentence).
    if (start >= 2 && start <= text.size()) {
        const char before = text[start - 1], two_before = text[start - 2];
        if (before != '\n' && !(before == ' ' && (two_before == ' ' || two_before == '\n' || two_before == '.')))
            return false;
    }
    return detail::dateline_after_line_start(text, start, end);
}

// Whether the name starting at `start` follows a party's initial and a hyphen: "D-", "R-", "I-",
// "DFL-" after a space, a comma or an opening parenthesis.
inline bool after_party(std::string_view text, size_t start) {
    // Each party's letters end in a hyphen.
    return start >= 2 && start <= text.size() && text[start - 1] == '-' && detail::after_party_hyphen(text, start);
}

// Whether the name starting at `start` follows a street's name and a comma: the town of an
// address ("Abbey Street, Tipperary", "1935 Orchard St., Alexandria").
inline bool after_address(std::string_view text, size_t start) {
    return start >= 4 && start <= text.size() && text[start - 2] == ',' && text[start - 1] == ' ' &&
           detail::after_address_comma(text, start);
}

}  // namespace placeline::resolution
