// geo's functions that need GDAL, PROJ or GEOS, as the program outside the module sees them: each
// calls the real one in libplaceline_geo_gdal.so (gdal_entry_points.hpp), which is loaded at the
// first call. The declarations are the public headers' own.
#include "gdal_entry_points.hpp"
#include "gdal_module_load.hpp"
#include "placeline/geo/export_layers.hpp"
#include "placeline/geo/layer_read.hpp"
#include "placeline/geo/meridian_cut.hpp"
#include "placeline/geo/natural_earth_places.hpp"
#include "placeline/geo/natural_earth_rivers.hpp"
#include "placeline/geo/ncarg_earth.hpp"
#include "placeline/geo/postgis_export.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/geo/shape_ref.hpp"
#include "placeline/geo/triangulate.hpp"
#include "placeline/geo/us_counties.hpp"
#include "placeline/geo/water_shapes.hpp"
#include "projection_state.hpp"

namespace placeline::geo {

// export_layers.hpp
std::string geojson_places_path(const std::string& geojson) { return gdal_module().geojson_places_path(geojson); }
std::string export_atlas(const Atlas& atlas, const ExportTargets& targets, Progress* progress) {
    return gdal_module().export_atlas(atlas, targets, progress);
}

// layer_read.hpp, shape_ref.hpp
LayerSpec parse_layer_spec(const std::string& spec) { return gdal_module().parse_layer_spec(spec); }
std::vector<Layer> read_layers(const LayerSpec& spec, Diagnostics& diags) {
    return gdal_module().read_layers(spec, diags);
}
std::vector<Layer> read_default_layers(Diagnostics& diags, const std::string& boundaries, bool regional_pack) {
    return gdal_module().read_default_layers(diags, boundaries, regional_pack);
}
Layer read_shapes(const std::vector<ShapeRef>& refs, Diagnostics& diags) {
    return gdal_module().read_shapes(refs, diags);
}

// meridian_cut.hpp
double central_meridian(const std::string& definition) { return gdal_module().central_meridian(definition); }
void cut_at_meridian(Layer& layer, double cut) { gdal_module().cut_at_meridian(layer, cut); }
void clip_to_box(Feature& feature, const Bounds& lonlat) { gdal_module().clip_to_box(feature, lonlat); }

// natural_earth_places.hpp, shape_ref.hpp
void read_natural_earth_places(const std::string& path, GazetteerBuilder& out, Diagnostics& diags, Progress* progress) {
    gdal_module().read_natural_earth_places(path, out, diags, progress);
}
std::vector<std::string> division_names(const std::string& path, const std::vector<LonLat>& points) {
    return gdal_module().division_names(path, points);
}
void add_natural_earth_shapes(const std::string& path, ShapeIndex& out, Diagnostics& diags) {
    gdal_module().add_natural_earth_shapes(path, out, diags);
}

// natural_earth_rivers.hpp
std::string river_place_id(long long rivernum, long long fid) { return gdal_module().river_place_id(rivernum, fid); }
std::vector<std::string> river_spellings(std::string_view name, std::string_view name_alt,
                                         const std::vector<std::string>& whole) {
    return gdal_module().river_spellings(name, name_alt, whole);
}
std::vector<std::string> river_names(const std::vector<std::string>& spellings,
                                     const std::unordered_set<std::string>& given_names) {
    return gdal_module().river_names(spellings, given_names);
}
void read_natural_earth_rivers(const std::string& path, GazetteerBuilder& out, Diagnostics& diags,
                               const std::unordered_set<std::string>& given_names) {
    gdal_module().read_natural_earth_rivers(path, out, diags, given_names);
}
void add_river_shapes(const std::string& path, ShapeIndex& out, Diagnostics& diags) {
    gdal_module().add_river_shapes(path, out, diags);
}

// ncarg_earth.hpp
std::vector<EarthArea> read_earth_names(const std::string& path, Diagnostics& diags) {
    return gdal_module().read_earth_names(path, diags);
}
std::vector<EarthSegment> read_earth_lines(const std::string& path, Diagnostics& diags) {
    return gdal_module().read_earth_lines(path, diags);
}
void add_earth_places(const std::vector<EarthArea>& areas, const std::vector<EarthSegment>& segments,
                      GazetteerBuilder& out, Diagnostics& diags, const std::unordered_set<std::string>& given_names,
                      const std::string& source_path) {
    gdal_module().add_earth_places(areas, segments, out, diags, given_names, source_path);
}
std::string earth_place_id(int area_id) { return gdal_module().earth_place_id(area_id); }
void read_ncarg_earth(const std::string& names_path, const std::string& lines_path, GazetteerBuilder& out,
                      Diagnostics& diags, const std::unordered_set<std::string>& given_names) {
    gdal_module().read_ncarg_earth(names_path, lines_path, out, diags, given_names);
}
void add_earth_shapes(const std::string& names_path, const std::vector<std::string>& ids, ShapeIndex& out,
                      Diagnostics& diags) {
    gdal_module().add_earth_shapes(names_path, ids, out, diags);
}

// postgis_export.hpp
std::string default_pg_corpus(const std::vector<std::string>& corpus_paths) {
    return gdal_module().default_pg_corpus(corpus_paths);
}
std::string check_pg_corpus(const std::string& name) { return gdal_module().check_pg_corpus(name); }
std::string export_postgis(const Atlas& atlas, const std::string& connection, const std::string& corpus) {
    return gdal_module().export_postgis(atlas, connection, corpus);
}

// projection.hpp: the state is the module's; deleting it here calls back into the module
// (projection_state.hpp).
Projection::~Projection() = default;
std::unique_ptr<Projection> Projection::create(const std::string& definition, std::string& error) {
    return gdal_module().projection_create(definition, error);
}
std::unique_ptr<Projection> Projection::clone() const { return (this->*gdal_module().projection_clone)(); }
bool Projection::forward(LonLat ll, XY& out) const { return (this->*gdal_module().projection_forward)(ll, out); }
bool Projection::inverse(XY p, LonLat& out) const { return (this->*gdal_module().projection_inverse)(p, out); }
double geodesic_distance(LonLat a, LonLat b) { return gdal_module().geodesic_distance(a, b); }

// triangulate.hpp
std::vector<XY> triangulate(const std::vector<std::vector<XY>>& rings) { return gdal_module().triangulate(rings); }
double polygon_area(const std::vector<std::vector<XY>>& rings) { return gdal_module().polygon_area(rings); }
double triangles_area(const std::vector<XY>& triangles) { return gdal_module().triangles_area(triangles); }

// us_counties.hpp
const char* county_type_word(std::string_view state_fips) { return gdal_module().county_type_word(state_fips); }
bool county_is_area(std::string_view fips) { return gdal_module().county_is_area(fips); }
std::string county_place_id(std::string_view fips) { return gdal_module().county_place_id(fips); }
void read_us_counties(const std::string& path, GazetteerBuilder& out, Diagnostics& diags) {
    gdal_module().read_us_counties(path, out, diags);
}
void add_us_county_shapes(const std::string& path, ShapeIndex& out, Diagnostics& diags) {
    gdal_module().add_us_county_shapes(path, out, diags);
}
std::unordered_map<std::string, std::string> us_county_states(const std::string& path,
                                                              const std::vector<std::string>& place_ids,
                                                              Diagnostics& diags) {
    return gdal_module().us_county_states(path, place_ids, diags);
}

// water_shapes.hpp
void add_water_shapes(const std::string& path, const std::vector<WaterPlace>& places, ShapeIndex& out,
                      Diagnostics& diags) {
    gdal_module().add_water_shapes(path, places, out, diags);
}

}  // namespace placeline::geo
