#pragma once
// The functions of geo that need GDAL, PROJ or GEOS, as the module libplaceline_geo_gdal.so hands
// them to the rest of the program (gdal_module_load.cpp loads it; gdal_forwarders.cpp calls through
// it). A command that never draws, exports or compiles a gazetteer then never maps those libraries
// (docs/ARCHITECTURE.md, the geo room). Both sides are built from this one header in one build,
// so plain C++ signatures cross; `size` catches a module left from an older build.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "placeline/atlas/atlas.hpp"
#include "placeline/base/diagnostics.hpp"
#include "placeline/base/progress.hpp"
#include "placeline/geo/export_layers.hpp"
#include "placeline/geo/geometry.hpp"
#include "placeline/geo/layer_read.hpp"
#include "placeline/geo/projection.hpp"
#include "placeline/geo/shape_ref.hpp"
#include "placeline/geo/water_shapes.hpp"
#include "placeline/places/gazetteer.hpp"

namespace placeline::geo {

struct EarthArea;
struct EarthSegment;

struct GdalEntryPoints {
    std::size_t size = sizeof(GdalEntryPoints);
    // The module's copy of the base room's one piece of process state (data_paths.hpp), set to
    // the program's when it is loaded.
    void (*set_executable_folder)(const std::string&);

    // export_layers.hpp
    std::string (*geojson_places_path)(const std::string&);
    std::string (*export_atlas)(const Atlas&, const ExportTargets&, Progress*);
    // layer_read.hpp, shape_ref.hpp
    LayerSpec (*parse_layer_spec)(const std::string&);
    std::vector<Layer> (*read_layers)(const LayerSpec&, Diagnostics&);
    std::vector<Layer> (*read_default_layers)(Diagnostics&, const std::string&, bool);
    Layer (*read_shapes)(const std::vector<ShapeRef>&, Diagnostics&);
    // meridian_cut.hpp
    double (*central_meridian)(const std::string&);
    void (*cut_at_meridian)(Layer&, double);
    void (*clip_to_box)(Feature&, const Bounds&);
    // natural_earth_places.hpp, shape_ref.hpp
    void (*read_natural_earth_places)(const std::string&, GazetteerBuilder&, Diagnostics&, Progress*);
    std::vector<std::string> (*division_names)(const std::string&, const std::vector<LonLat>&);
    void (*add_natural_earth_shapes)(const std::string&, ShapeIndex&, Diagnostics&);
    // natural_earth_rivers.hpp
    std::string (*river_place_id)(long long, long long);
    std::vector<std::string> (*river_spellings)(std::string_view, std::string_view, const std::vector<std::string>&);
    std::vector<std::string> (*river_names)(const std::vector<std::string>&, const std::unordered_set<std::string>&);
    void (*read_natural_earth_rivers)(const std::string&, GazetteerBuilder&, Diagnostics&,
                                      const std::unordered_set<std::string>&);
    void (*add_river_shapes)(const std::string&, ShapeIndex&, Diagnostics&);
    // ncarg_earth.hpp (read_earth_shapes is the module's own: only layer_read.cpp calls it)
    std::vector<EarthArea> (*read_earth_names)(const std::string&, Diagnostics&);
    std::vector<EarthSegment> (*read_earth_lines)(const std::string&, Diagnostics&);
    void (*add_earth_places)(const std::vector<EarthArea>&, const std::vector<EarthSegment>&, GazetteerBuilder&,
                             Diagnostics&, const std::unordered_set<std::string>&, const std::string&);
    std::string (*earth_place_id)(int);
    void (*read_ncarg_earth)(const std::string&, const std::string&, GazetteerBuilder&, Diagnostics&,
                             const std::unordered_set<std::string>&);
    void (*add_earth_shapes)(const std::string&, const std::vector<std::string>&, ShapeIndex&, Diagnostics&);
    // postgis_export.hpp
    std::string (*default_pg_corpus)(const std::vector<std::string>&);
    std::string (*check_pg_corpus)(const std::string&);
    std::string (*export_postgis)(const Atlas&, const std::string&, const std::string&);
    // projection.hpp
    std::unique_ptr<Projection> (*projection_create)(const std::string&, std::string&);
    std::unique_ptr<Projection> (Projection::*projection_clone)() const;
    bool (Projection::*projection_forward)(LonLat, XY&) const;
    bool (Projection::*projection_inverse)(XY, LonLat&) const;
    double (*geodesic_distance)(LonLat, LonLat);
    // triangulate.hpp
    std::vector<XY> (*triangulate)(const std::vector<std::vector<XY>>&);
    double (*polygon_area)(const std::vector<std::vector<XY>>&);
    double (*triangles_area)(const std::vector<XY>&);
    // us_counties.hpp
    const char* (*county_type_word)(std::string_view);
    bool (*county_is_area)(std::string_view);
    std::string (*county_place_id)(std::string_view);
    void (*read_us_counties)(const std::string&, GazetteerBuilder&, Diagnostics&);
    void (*add_us_county_shapes)(const std::string&, ShapeIndex&, Diagnostics&);
    std::unordered_map<std::string, std::string> (*us_county_states)(const std::string&, const std::vector<std::string>&,
                                                                     Diagnostics&);
    // water_shapes.hpp
    void (*add_water_shapes)(const std::string&, const std::vector<WaterPlace>&, ShapeIndex&, Diagnostics&);
};

// The one name the module exports; it returns its table.
inline constexpr const char* gdal_entry_points_symbol = "placeline_geo_gdal_entry_points";

}  // namespace placeline::geo
