#pragma once
// Where news writing itself says a name is a place, whatever the name: the dateline
// ("CHARLESTON, W.Va. -- ", "BANTAM — ") and a legislator's party and home
// ("Rep. James Clyburn, D-S.C.", "Jay Roberts (R-Ocilla)"). Both are conventions of the wire
// services and of US papers, not of one paper.
#include <string_view>

namespace placeline::resolution {

// Whether the name at [start, end) is a dateline: written in capitals, first on its line (or right
// after the title's full stop), followed by a dash (—, –, --), optionally after a comma and a state
// or country ("CHARLESTON, W.Va. --").
bool dateline(std::string_view text, size_t start, size_t end);

// Whether the name starting at `start` follows a party's initial and a hyphen: "D-", "R-", "I-",
// "DFL-" after a space, a comma or an opening parenthesis.
bool after_party(std::string_view text, size_t start);

// Whether the name starting at `start` follows a street's name and a comma: the town of an
// address ("Abbey Street, Tipperary", "1935 Orchard St., Alexandria").
bool after_address(std::string_view text, size_t start);

}  // namespace placeline::resolution
