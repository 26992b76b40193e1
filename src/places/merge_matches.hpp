#pragma once
// Adding the matches a later pass found (postal abbreviations, inflected names) to the matcher's.
#include <vector>

#include "placeline/places/resolution.hpp"

namespace placeline::resolution {

// `matches` and `found` (each in text order) as one list in text order; a match that overlaps a
// found one gives way to it ("Ga." read as Georgia replaces whatever the matcher took there).
inline std::vector<NameMatch> merged_matches(std::vector<NameMatch> matches, const std::vector<NameMatch>& found) {
    if (found.empty()) return matches;
    std::vector<NameMatch> out;
    out.reserve(matches.size() + found.size());
    size_t f = 0;
    for (const NameMatch& m : matches) {
        while (f < found.size() && found[f].span.end <= m.span.start) out.push_back(found[f++]);
        bool overlaps = f < found.size() && m.span.start < found[f].span.end && found[f].span.start < m.span.end;
        if (!overlaps) out.push_back(m);
    }
    while (f < found.size()) out.push_back(found[f++]);
    return out;
}

}  // namespace placeline::resolution
