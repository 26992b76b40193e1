#pragma once
// US counties (and their equivalents: Louisiana's parishes, Alaska's boroughs) as gazetteer areas,
// from the GeoPackage scripts/fetch-data.sh makes of the Census Bureau's cartographic boundaries
// (us-atlas): layer `counties` (5-digit FIPS `id`, bare `name`) and layer `states`.
#include <string>
#include <unordered_map>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/geo/shape_ref.hpp"
#include "placeline/places/gazetteer.hpp"

namespace placeline::geo {

// The word a county's name takes in its state ("County", "Parish" in Louisiana, "Borough" in
// Alaska), by the state's 2-digit FIPS code.
const char* county_type_word(std::string_view state_fips);

// Whether a county FIPS code is one the reader turns into a place: the 50 states' counties and
// equivalents, but not the independent cities (Virginia's, Baltimore, St. Louis, Carson City:
// codes 510 and above, which are towns GeoNames has), the District of Columbia (a first-level
// division already) nor the territories.
bool county_is_area(std::string_view fips);

// A county's place id, "usc:<FIPS>": the reader and add_us_county_shapes both make it here, so
// a place and its polygon cannot drift apart.
std::string county_place_id(std::string_view fips);

// Each county becomes an admin2 place in the US:
//   id      "usc:<FIPS>": also the reference to its polygon, the feature of layer `counties` in the
//           same file whose `id` is that FIPS code (the map draws the area from it);
//   name    "<name> <type word>" ("Laurel County", "Rapides Parish"), the only spelling: a bare
//           "Laurel" is the town's;
//   point   the representative point of its largest part (see representative_point.hpp);
//   source  names the state (its parent: the first two digits of the FIPS code).
// A missing file or layer is an error naming the file; features without a name or an area are
// counted and reported once.
void read_us_counties(const std::string& path, GazetteerBuilder& out, Diagnostics& diags);

// The shapes of the places read_us_counties makes from this file (a shape source, see
// shape_ref.hpp): every county it turns into a place, under the same id, as its feature of layer
// `counties`. Reads the `id` attribute only, never a geometry: the map then reads the mentioned
// counties' polygons alone. A file that does not open is reported and adds nothing.
void add_us_county_shapes(const std::string& path, ShapeIndex& out, Diagnostics& diags);

// The state of each county among `place_ids` (other ids are passed over), from the file's layer
// `states`: the place list names two counties that read alike by it ("Washington County, Ohio"),
// known from the code itself rather than from where a point falls. Empty when the file or layer
// cannot be read (reported).
std::unordered_map<std::string, std::string> us_county_states(const std::string& path,
                                                              const std::vector<std::string>& place_ids,
                                                              Diagnostics& diags);

}  // namespace placeline::geo
