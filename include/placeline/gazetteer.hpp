#pragma once
// The gazetteer: places and an index from folded names to the places that bear them.
// Readers (curated list, GeoNames, Natural Earth) fill a GazetteerBuilder; the matcher only
// sees this class, so a new source is a new reader and nothing else.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "placeline/diagnostics.hpp"
#include "placeline/place.hpp"

namespace placeline {

class Gazetteer {
public:
    size_t size() const { return places_.size(); }
    const Place& place(PlaceIndex i) const { return places_[i]; }
    const std::vector<Place>& places() const { return places_; }

    // Places whose some name folds to this key (see fold_name).
    std::span<const PlaceIndex> lookup(std::string_view folded_key) const;
    // The longest name, in words, of any place: the matcher never looks further ahead.
    int max_words() const { return max_words_; }
    // Place by id ("gn:146970"), or no_place.
    PlaceIndex find_id(std::string_view id) const;
    // Every place any of whose names folds like this text does (a user typing "Shushi").
    std::vector<PlaceIndex> find_by_name(std::string_view any_spelling) const;

private:
    friend class GazetteerBuilder;
    std::vector<Place> places_;
    std::unordered_map<std::string, std::vector<PlaceIndex>> by_key_;
    std::unordered_map<std::string, PlaceIndex> by_id_;
    int max_words_ = 1;
};

class GazetteerBuilder {
public:
    PlaceIndex add(Place place);
    size_t size() const { return places_.size(); }
    std::shared_ptr<const Gazetteer> build();

private:
    std::vector<Place> places_;
};

// The curated place list of the walking skeleton (geodata/places.tsv); see that file's header.
void read_curated_places(const std::string& path, GazetteerBuilder& out, Diagnostics& diags);

// The embedded default gazetteer: the curated list shipped in geodata/.
std::shared_ptr<const Gazetteer> load_default_gazetteer(Diagnostics& diags);

}  // namespace placeline
