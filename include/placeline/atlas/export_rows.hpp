#pragma once
// The atlas as two flat tables, the shape every export writes (GeoPackage, GeoJSON): one row
// per place mentioned and one per mention. Offsets are code points into the article's text.
#include <cstdint>
#include <string>
#include <vector>

#include "placeline/atlas/atlas.hpp"

namespace placeline {

struct PlaceRow {
    PlaceIndex place = no_place;
    std::string id, name, kind, country;
    LonLat point;
    uint32_t mentions = 0, passages = 0;
    // The forms of its name the articles use, most used first, joined by "; ".
    std::string variants;
    TimeSpan seen;  // from the earliest to the latest event time of its passages
};

struct MentionRow {
    PlaceIndex place = no_place;
    std::string place_id, place_name;
    LonLat point;
    std::string form;        // as written
    std::string file, title;
    uint32_t start = 0, end = 0;  // code points of the mention in the article
    uint32_t passage = 0;    // index into the corpus's passages
    std::string passage_text;
    TimeSpan time;           // the passage's event time
    TimeBasis basis = TimeBasis::publication;
    TimeSpan published;
    float score = 0;
};

// Places by descending number of passages, as Atlas::places() orders them.
std::vector<PlaceRow> place_rows(const Atlas& atlas);
// Mentions in corpus order.
std::vector<MentionRow> mention_rows(const Atlas& atlas);

}  // namespace placeline
