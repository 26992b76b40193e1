#include "placeline/gazetteer.hpp"

#include <algorithm>

#include "placeline/data_paths.hpp"
#include "placeline/names.hpp"

namespace placeline {

const char* to_string(PlaceKind k) {
    switch (k) {
        case PlaceKind::continent: return "continent";
        case PlaceKind::region: return "region";
        case PlaceKind::country: return "country";
        case PlaceKind::admin1: return "admin1";
        case PlaceKind::admin2: return "admin2";
        case PlaceKind::capital: return "capital";
        case PlaceKind::admin_seat: return "admin_seat";
        case PlaceKind::city: return "city";
        case PlaceKind::village: return "village";
        case PlaceKind::corridor: return "corridor";
        case PlaceKind::landmark: return "landmark";
        case PlaceKind::water: return "water";
        case PlaceKind::other: return "other";
    }
    return "other";
}

PlaceKind place_kind_from_string(const std::string& s) {
    for (int k = 0; k <= static_cast<int>(PlaceKind::other); ++k)
        if (s == to_string(static_cast<PlaceKind>(k))) return static_cast<PlaceKind>(k);
    return PlaceKind::other;
}

std::span<const PlaceIndex> Gazetteer::lookup(std::string_view key) const {
    auto it = by_key_.find(std::string(key));
    if (it == by_key_.end()) return {};
    return it->second;
}

PlaceIndex Gazetteer::find_id(std::string_view id) const {
    auto it = by_id_.find(std::string(id));
    return it == by_id_.end() ? no_place : it->second;
}

std::vector<PlaceIndex> Gazetteer::find_by_name(std::string_view any_spelling) const {
    auto found = lookup(fold_name(any_spelling));
    return {found.begin(), found.end()};
}

PlaceIndex GazetteerBuilder::add(Place place) {
    places_.push_back(std::move(place));
    return static_cast<PlaceIndex>(places_.size() - 1);
}

std::shared_ptr<const Gazetteer> GazetteerBuilder::build() {
    auto g = std::make_shared<Gazetteer>();
    g->places_ = std::move(places_);
    for (PlaceIndex i = 0; i < g->places_.size(); ++i) {
        const Place& p = g->places_[i];
        g->by_id_.emplace(p.id, i);
        auto add_key = [&](const std::string& text) {
            std::string key = fold_name(text);
            if (key.empty()) return;
            auto& list = g->by_key_[key];
            if (std::find(list.begin(), list.end(), i) == list.end()) list.push_back(i);
            int words = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
            g->max_words_ = std::max(g->max_words_, words);
        };
        add_key(p.name);
        for (const Name& n : p.names) add_key(n.text);
    }
    places_.clear();
    return g;
}

std::shared_ptr<const Gazetteer> load_default_gazetteer(Diagnostics& diags) {
    GazetteerBuilder builder;
    read_curated_places(geodata_path("places.tsv"), builder, diags);
    return builder.build();
}

}  // namespace placeline
