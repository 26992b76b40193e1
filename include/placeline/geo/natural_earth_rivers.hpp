#pragma once
// Rivers as gazetteer places, from the GeoPackage scripts/fetch-data.sh makes of Natural Earth's
// 1:10m rivers and lake centrelines (rivers.gpkg, layer `rivers`: one multi-line feature per
// river, with Natural Earth's `rivernum`, `name`, `name_alt` and `scalerank`).
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/geo/shape_ref.hpp"
#include "placeline/places/gazetteer.hpp"

namespace placeline::geo {

// The file's name in the data cache, and its layer.
inline constexpr const char* rivers_file_name = "rivers.gpkg";
inline constexpr const char* rivers_layer_name = "rivers";
// Its table of the names Natural Earth's 1:50m rivers write whole (`name`), where the 1:10m layer
// lost letters: "Paraná" for "Paran?".
inline constexpr const char* rivers_whole_names_layer = "names_50m";

// A river's place id, "ner:<rivernum>.<fid>": Natural Earth's river number and the feature's id
// in the file (fetch-data.sh orders the features, so the ids stay the same for the same data).
// The reader and add_river_shapes both make it here, so a place and its line cannot drift apart.
std::string river_place_id(long long rivernum, long long fid);

// The spellings of a river in Natural Earth's `name` and `name_alt`: "Dnipro (Dnieper)" is Dnipro
// and Dnieper, "Chang Jiang (Yangtze)" Chang Jiang and Yangtze. A name with a '?' (a letter the
// source lost) is the one name of `whole` (the names written whole) it matches, each '?' one
// letter: "Paran?" is "Paraná"; matching none or several that differ, it is none. The first is the
// river's canonical name; empty: no place.
std::vector<std::string> river_spellings(std::string_view name, std::string_view name_alt,
                                         const std::vector<std::string>& whole = {});

// The largest Natural Earth scale rank (0: the largest rivers) the gazetteer takes: 375 rivers
// worldwide, the Indus (3), the Rhein (4), the Don (6). A smaller river's bare name is a word or a
// town far more often than the river ("New", "Republican", "Wind", "St. Paul"), and typed ("St.
// Marys River") it is mostly another river of the name than the one Natural Earth draws (of the
// many small rivers a name has, it holds one).
inline constexpr double river_max_rank = 6;

// The names a river is found by: each spelling as written, since articles mostly write a great
// river's name alone ("the Indus"), unless it is a given name (folded, as in `given_names`:
// "Katherine" and "Murray" are people far more often), and typed, "Indus River" and "River Indus"
// (unless the spelling is typed already: "Rio Grande", "Irrawaddy Delta"). The first name is the
// canonical one: "Indus", or "Katherine River".
std::vector<std::string> river_names(const std::vector<std::string>& spellings,
                                     const std::unordered_set<std::string>& given_names = {});

// Each river becomes a place of kind `river`:
//   id      river_place_id: also the reference to its line (the map draws the river from it);
//   names   river_names of its spellings, the first canonical;
//   point   halfway along its stem, on its middle course (river_stem.hpp);
//   source  Natural Earth, with its scale rank.
// Rivers of a scale rank above river_max_rank are left out. A missing file or layer is an error
// naming the file; features without a usable name or line are counted and reported once.
// `given_names`: see river_names.
void read_natural_earth_rivers(const std::string& path, GazetteerBuilder& out, Diagnostics& diags,
                               const std::unordered_set<std::string>& given_names = {});

// The lines of the places read_natural_earth_rivers makes from this file (a shape source, see
// shape_ref.hpp), under the same ids. Reads attributes only; a file that does not open is
// reported and adds nothing.
void add_river_shapes(const std::string& path, ShapeIndex& out, Diagnostics& diags);

}  // namespace placeline::geo
