// The module's side of gdal_entry_points.hpp: its one exported function hands out the table of
// the real functions, compiled in this module with GDAL, PROJ and GEOS. Everything else in the
// module is hidden (CMakeLists.txt), so its own copies of the core rooms never meet the program's.
#include "gdal_entry_points.hpp"

#include "placeline/base/data_paths.hpp"
#include "placeline/geo/meridian_cut.hpp"
#include "placeline/geo/natural_earth_places.hpp"
#include "placeline/geo/natural_earth_rivers.hpp"
#include "placeline/geo/ncarg_earth.hpp"
#include "placeline/geo/postgis_export.hpp"
#include "placeline/geo/triangulate.hpp"
#include "placeline/geo/us_counties.hpp"

namespace placeline::geo {
namespace {

GdalEntryPoints make_entry_points() {
    GdalEntryPoints e{};
    e.set_executable_folder = &set_executable_folder;
    e.geojson_places_path = &geojson_places_path;
    e.export_atlas = &export_atlas;
    e.parse_layer_spec = &parse_layer_spec;
    e.read_layers = &read_layers;
    e.read_default_layers = &read_default_layers;
    e.read_shapes = &read_shapes;
    e.central_meridian = &central_meridian;
    e.cut_at_meridian = &cut_at_meridian;
    e.clip_to_box = &clip_to_box;
    e.read_natural_earth_places = &read_natural_earth_places;
    e.division_names = &division_names;
    e.add_natural_earth_shapes = &add_natural_earth_shapes;
    e.river_place_id = &river_place_id;
    e.river_spellings = &river_spellings;
    e.river_names = &river_names;
    e.read_natural_earth_rivers = &read_natural_earth_rivers;
    e.add_river_shapes = &add_river_shapes;
    e.read_earth_names = &read_earth_names;
    e.read_earth_lines = &read_earth_lines;
    e.add_earth_places = &add_earth_places;
    e.earth_place_id = &earth_place_id;
    e.read_ncarg_earth = &read_ncarg_earth;
    e.add_earth_shapes = &add_earth_shapes;
    e.default_pg_corpus = &default_pg_corpus;
    e.check_pg_corpus = &check_pg_corpus;
    e.export_postgis = &export_postgis;
    e.projection_create = &Projection::create;
    e.projection_clone = &Projection::clone;
    e.projection_forward = &Projection::forward;
    e.projection_inverse = &Projection::inverse;
    e.geodesic_distance = &geodesic_distance;
    e.triangulate = &triangulate;
    e.polygon_area = &polygon_area;
    e.triangles_area = &triangles_area;
    e.county_type_word = &county_type_word;
    e.county_is_area = &county_is_area;
    e.county_place_id = &county_place_id;
    e.read_us_counties = &read_us_counties;
    e.add_us_county_shapes = &add_us_county_shapes;
    e.us_county_states = &us_county_states;
    e.add_water_shapes = &add_water_shapes;
    return e;
}

}  // namespace
}  // namespace placeline::geo

extern "C" __attribute__((visibility("default"))) const placeline::geo::GdalEntryPoints*
placeline_geo_gdal_entry_points() {
    static const placeline::geo::GdalEntryPoints table = placeline::geo::make_entry_points();
    return &table;
}
