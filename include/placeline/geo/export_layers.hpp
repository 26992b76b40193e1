#pragma once
// The atlas out to GIS files through GDAL/OGR: a layer `places` (one point per place, with its
// mention and passage counts and the forms of its name) and a layer `mentions` (one point per
// mention, with its passage, article and times as dates), in WGS 84 longitude/latitude, ready
// for QGIS and its Temporal Controller.
#include <string>

#include "placeline/atlas/atlas.hpp"
#include "placeline/base/progress.hpp"

namespace placeline::geo {

struct ExportTargets {
    std::string gpkg;     // both layers in one GeoPackage
    std::string geojson;  // mentions here; places in the sibling geojson_places_path(geojson)
};

// "out.geojson" -> "out-places.geojson" (GeoJSON holds one layer per file).
std::string geojson_places_path(const std::string& geojson);

// Every file is written under a temporary name in its own folder and renamed into place only
// once all of them are complete, so a failure leaves no half file and no earlier file
// replaced. Returns an empty string on success, else the reason (naming the file). `progress`
// (optional) follows the rows written; cancelling it stops the export with nothing written, and
// the reason is then `cancelled_export`.
inline constexpr const char* cancelled_export = "export cancelled; no file was written";
std::string export_atlas(const Atlas& atlas, const ExportTargets& targets, Progress* progress = nullptr);

}  // namespace placeline::geo
