#pragma once
// Find (Ctrl+F): places whose name or any spelling the articles use matches, then passages whose
// text does. Words are compared folded (case, accents, scripts: "shusa" finds Şuşa and Шуша, as
// the geoparser matches names), the last word of the query as a prefix, so results come as the
// user types. The search reads only the immutable Atlas, so the window runs it on a worker thread.
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "placeline/atlas/atlas.hpp"

namespace placeline {

struct PassageHit {
    uint32_t passage = 0;
    std::vector<std::pair<uint32_t, uint32_t>> spans;  // bytes into the passage's text
};

struct SearchResults {
    std::string query;
    std::shared_ptr<const Atlas> atlas;   // the atlas searched (held: results name its passages)
    std::vector<PlaceIndex> places;       // names matching first (whole name, then a word of it), then by passages
    std::vector<PassageHit> passages;     // in corpus order
    bool cancelled = false;               // a newer query took over
};

// Searches the atlas. `most_written` (the map's labels, when given) adds the form most articles
// use to each place's names. `cancel` is checked between passages: a newer query stops an older one early.
SearchResults search_atlas(std::shared_ptr<const Atlas> atlas,
                           const std::unordered_map<PlaceIndex, std::string>* most_written,
                           const std::string& query, const std::atomic<bool>* cancel = nullptr);

}  // namespace placeline
