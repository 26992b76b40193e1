#pragma once
// Lakes, inland seas and islands as gazetteer places, from NCAR Graphics' map database `Earth..4`
// (Debian's libncarg-data; scripts/fetch-data.sh puts its two files in the data cache). It names
// about 6,800 areas in a tree (land and water, continents, countries, states, counties, islands,
// lakes) and draws them only as outline segments, each with the areas on its two sides; this
// reader turns the segments of each wanted area into polygons (GEOS) for its point.
#include <string>
#include <unordered_set>
#include <vector>

#include <memory>

#include "placeline/base/diagnostics.hpp"
#include "placeline/geo/shape_ref.hpp"
#include "placeline/places/gazetteer.hpp"

class OGRGeometry;

namespace placeline::geo {

// The files' names in the data cache.
inline constexpr const char* earth_names_file = "Earth..4.names";
inline constexpr const char* earth_lines_file = "Earth..4.lines";

// One area of `Earth..4.names`: whitespace-separated id, level (1 land and water .. 5 counties),
// colour, parent id and name length, then the name of that many bytes.
struct EarthArea {
    int id = 0, level = 0, colour = 0, parent = 0;
    std::string name;
};

// One outline segment of `Earth..4.lines`: little-endian 32-bit records of a count of floats, a
// level, the area ids on the left and on the right, a bounding box (4 floats), then `count` floats
// as latitude-longitude pairs; a record of count 0 ends the file.
struct EarthSegment {
    int level = 0, left = 0, right = 0;
    std::vector<LonLat> points;
};

// Both read whole; a malformed record is an error naming the file and the byte offset (or the
// name's position), and stops the read with what came before it.
std::vector<EarthArea> read_earth_names(const std::string& path, Diagnostics& diags);
std::vector<EarthSegment> read_earth_lines(const std::string& path, Diagnostics& diags);

// The smallest island the gazetteer takes, in km² of its largest part, and the smallest one
// found by a one-word name without a type word ("Sicily", not "Silda" or "Union": a small
// island's bare name is mostly a word, a person or a town).
inline constexpr double island_min_km2 = 100;
inline constexpr double island_bare_min_km2 = 1000;

// What the reader makes of the areas and segments (split out so it can be tested without files):
//   water   every leaf area under the root "Water" but the world ocean ("Ocean"): lakes and inland
//           seas (Lake Victoria, the Black Sea), kind `water`, found by their names as written;
//   island  an area inside a country or state (level 3 or more, its parent too) that borders only
//           water or areas of its own name (Borneo is three areas, one per country), kind
//           `landmark`; of several islands of one name, the largest (by its largest part).
// Names "Kriti (Crete)" give both spellings; a bracketed lower-case word ("Hawaii (island)") is a
// note, not a name. A one-word island name that is a given name (folded, like `given_names`) is
// left out. Each place's point is representative_point of its polygons: inside it, on its main
// part. Its id is "nce:<area id>" of the lowest area id it is made of.
void add_earth_places(const std::vector<EarthArea>& areas, const std::vector<EarthSegment>& segments,
                      GazetteerBuilder& out, Diagnostics& diags,
                      const std::unordered_set<std::string>& given_names = {}, const std::string& source_path = "");

// A place's id, "nce:<area id>": the lowest id of the areas it is made of. The reader and the
// shapes both make it here, so a place and its outline cannot drift apart.
std::string earth_place_id(int area_id);

// Reads both files (beside each other: `names_path` and the same name with `.lines`) and adds
// their places. A missing or unreadable file is an error naming it.
void read_ncarg_earth(const std::string& names_path, const std::string& lines_path, GazetteerBuilder& out,
                      Diagnostics& diags, const std::unordered_set<std::string>& given_names = {});

// The polygons of the islands among `ids` (a shape source, see shape_ref.hpp): "nce:N" ->
// {names_path, earth_shapes_layer, N}, for the ids the files make an island of; lakes and seas take
// the OpenStreetMap polygon that holds their point instead (water_shapes.hpp), so the map draws
// one water in one style. Reads the files only when an id is of this source; a file that does not
// read is reported and adds nothing.
inline constexpr const char* earth_shapes_layer = "Earth..4";
void add_earth_shapes(const std::string& names_path, const std::vector<std::string>& ids, ShapeIndex& out,
                      Diagnostics& diags);

// The geometries of the places whose area ids are `fids` (ShapeRef::fid), one per fid and in its
// order (null: none), as add_earth_places builds them, in lon/lat; an island across the
// antimeridian keeps its western part's longitudes moved by 360 degrees, out of range: the map
// draws it as a point. read_shapes (layer_read.cpp) calls it for refs of earth_shapes_layer.
std::vector<std::unique_ptr<OGRGeometry>> read_earth_shapes(const std::string& names_path,
                                                            const std::vector<long long>& fids, Diagnostics& diags);

}  // namespace placeline::geo
