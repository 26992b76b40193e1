#pragma once
// Names for a list of places (the place list beside the map): the articles' most common spelling
// (most_written_forms), and, where two places of the list would read alike, what tells them
// apart: "Georgia (country)", "Georgia, US state", and for towns their first-level division when
// it is known ("Paris, Texas", "Paris, Île-de-France"), else their country ("Paris, US").
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "placeline/atlas/atlas.hpp"

namespace placeline {

// One name per entry of `places`, in its order.
std::vector<std::string> list_names(const Gazetteer& gazetteer, std::span<const PlaceCount> places,
                                    const std::unordered_map<PlaceIndex, std::string>& most_written,
                                    const std::unordered_map<PlaceIndex, std::string>& division = {});

}  // namespace placeline
