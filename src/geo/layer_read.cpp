// Layers through GDAL/OGR. Every geometry is brought to WGS 84 lon/lat (traditional GIS axis
// order) here, so the rest of the program never sees a layer's own CRS.
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "placeline/base/input_file.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/geo/layer_read.hpp"
#include "placeline/geo/ncarg_earth.hpp"
#include "placeline/geo/postgres_source.hpp"
#include "placeline/geo/shape_ref.hpp"
#include "gdal_session.hpp"

namespace placeline::geo {

namespace {

void read_ring(const OGRLineString* ls, std::vector<LonLat>& out) {
    out.reserve(ls->getNumPoints());
    for (int i = 0; i < ls->getNumPoints(); ++i) out.push_back({ls->getX(i), ls->getY(i)});
}

void read_geometry(const OGRGeometry* g, Feature& f) {
    if (!g || g->IsEmpty()) return;
    switch (wkbFlatten(g->getGeometryType())) {
        case wkbPoint: {
            auto* p = g->toPoint();
            f.points.push_back({p->getX(), p->getY()});
            break;
        }
        case wkbLineString: {
            f.lines.emplace_back();
            read_ring(g->toLineString(), f.lines.back());
            break;
        }
        case wkbPolygon: {
            const OGRPolygon* poly = g->toPolygon();
            Polygon out;
            if (const OGRLinearRing* r = poly->getExteriorRing()) {
                out.rings.emplace_back();
                read_ring(r, out.rings.back());
            }
            for (int i = 0; i < poly->getNumInteriorRings(); ++i) {
                out.rings.emplace_back();
                read_ring(poly->getInteriorRing(i), out.rings.back());
            }
            f.polygons.push_back(std::move(out));
            break;
        }
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection: {
            for (const OGRGeometry* part : *g->toGeometryCollection()) read_geometry(part, f);
            break;
        }
        default: {
            // Curves and other exotic types: their linear approximation.
            std::unique_ptr<OGRGeometry> linear(g->getLinearGeometry());
            if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(g->getGeometryType()))
                read_geometry(linear.get(), f);
            break;
        }
    }
}

bool coordinates_in_range(const Feature& f) {
    auto ok = [](const LonLat& p) { return std::abs(p.lon) <= 360 && std::abs(p.lat) <= 90.0001; };
    for (const auto& p : f.points)
        if (!ok(p)) return false;
    for (const auto& l : f.lines)
        for (const auto& p : l)
            if (!ok(p)) return false;
    for (const auto& poly : f.polygons)
        for (const auto& r : poly.rings)
            for (const auto& p : r)
                if (!ok(p)) return false;
    return true;
}

void add_bounds(const Feature& f, Bounds& b) {
    for (const auto& p : f.points) b.add(p.lon, p.lat);
    for (const auto& l : f.lines)
        for (const auto& p : l) b.add(p.lon, p.lat);
    for (const auto& poly : f.polygons)
        if (!poly.rings.empty())
            for (const auto& p : poly.rings[0]) b.add(p.lon, p.lat);
}

Layer read_one(OGRLayer* ogr, const std::string& source, Diagnostics& diags) {
    Layer layer;
    layer.name = ogr->GetName();
    layer.source = source;
    std::unique_ptr<OGRCoordinateTransformation> to_wgs84;
    if (const OGRSpatialReference* srs = ogr->GetSpatialRef()) {
        OGRSpatialReference wgs84;
        wgs84.SetWellKnownGeogCS("WGS84");
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference src(*srs);
        src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!src.IsSame(&wgs84)) {
            to_wgs84.reset(OGRCreateCoordinateTransformation(&src, &wgs84));
            if (!to_wgs84) diags.warn(source, "layer '" + layer.name + "': cannot transform its CRS to WGS 84; read as is");
        }
    }
    OGRFeatureDefn* defn = ogr->GetLayerDefn();
    size_t skipped = 0, empty = 0;
    ogr->ResetReading();
    for (auto& feature : *ogr) {
        Feature f;
        f.fid = feature->GetFID();
        OGRGeometry* g = feature->GetGeometryRef();
        if (!g) {
            ++empty;
            continue;
        }
        if (to_wgs84 && g->transform(to_wgs84.get()) != OGRERR_NONE) {
            diags.warn(source, "layer '" + layer.name + "', feature " + std::to_string(f.fid) +
                                   ": cannot reproject its geometry; skipped");
            ++skipped;
            continue;
        }
        read_geometry(g, f);
        if (!coordinates_in_range(f)) {
            diags.warn(source, "layer '" + layer.name + "', feature " + std::to_string(f.fid) +
                                   ": coordinates outside longitude/latitude range (no CRS declared?); skipped");
            ++skipped;
            continue;
        }
        f.type = !f.polygons.empty() ? GeometryType::polygon : !f.lines.empty() ? GeometryType::line
                 : !f.points.empty() ? GeometryType::point : GeometryType::none;
        if (f.type == GeometryType::none) {
            ++empty;
            continue;
        }
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            if (feature->IsFieldSetAndNotNull(i))
                f.attributes.emplace_back(defn->GetFieldDefn(i)->GetNameRef(), feature->GetFieldAsString(i));
        add_bounds(f, layer.bounds);
        layer.features.push_back(std::move(f));
    }
    if (empty)
        diags.warn(source, "layer '" + layer.name + "': " + std::to_string(empty) +
                               (empty == 1 ? " feature" : " features") + " without geometry ignored");
    (void)skipped;
    return layer;
}


// A shapefile is several files; GDAL reads the shapes without the .dbf in silence, so the
// user would never learn why every attribute (and so every label) is missing.
void check_shapefile_parts(const std::string& path, Diagnostics& diags) {
    std::filesystem::path p(path);
    std::string ext = p.extension().string();
    for (auto& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (ext != ".shp") return;
    for (const char* part : {".dbf", ".shx"}) {
        std::error_code ec;
        bool found = false;
        for (std::string e : {std::string(part), std::string(part).substr(0, 1) + std::string(part + 1)}) {
            std::string upper = e;
            for (auto& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
            found = found || std::filesystem::exists(std::filesystem::path(p).replace_extension(e), ec) ||
                    std::filesystem::exists(std::filesystem::path(p).replace_extension(upper), ec);
        }
        if (!found)
            diags.warn(path, std::string("no ") + p.stem().string() + part + " beside it: " +
                                 (std::string(part) == ".dbf" ? "features are drawn without attributes"
                                                              : "GDAL may not be able to read the shapes"));
    }
}

}  // namespace

LayerSpec parse_layer_spec(const std::string& spec) {
    std::error_code ec;
    if (std::filesystem::exists(spec, ec)) return {spec, {}};
    size_t colon = spec.rfind(':');
    if (is_postgres_source(spec)) {
        // "PG:dbname=x user=y" is all connection string; "PG:dbname=x:corpus.places" names a
        // table. A table name has no space or '=', and "host=::1" is an address, not a table.
        if (colon <= 2 || spec[colon - 1] == ':' || spec.find_first_of(" =", colon) != std::string::npos)
            return {spec, {}};
    }
    if (colon != std::string::npos && colon > 0 && colon + 1 < spec.size()) return {spec.substr(0, colon), spec.substr(colon + 1)};
    return {spec, {}};
}

std::vector<Layer> read_layers(const LayerSpec& spec, Diagnostics& diags) {
    ensure_gdal();
    check_shapefile_parts(spec.path, diags);
    ErrorCapture capture;
    std::vector<Layer> out;
    // A CSV declares no geometry: GDAL finds it in a WKT column or in longitude/latitude
    // columns when told their usual names (other drivers ignore these options).
    static const char* const csv_options[] = {"GEOM_POSSIBLE_NAMES=WKT,wkt,geometry,geom,the_geom",
                                              "X_POSSIBLE_NAMES=lon,longitude,lng,long,x",
                                              "Y_POSSIBLE_NAMES=lat,latitude,y",
                                              "KEEP_GEOM_COLUMNS=NO",
                                              nullptr};
    // A folder may be a source (shapefiles, FileGDB) but a FIFO would block GDAL's open() forever.
    std::error_code ec;
    if (std::filesystem::exists(spec.path, ec) && !std::filesystem::is_directory(spec.path, ec)) {
        if (std::string problem = input_file_problem(spec.path); !problem.empty()) {
            diags.error(spec.path, "cannot open layer source: it " + problem);
            return out;
        }
    }
    std::string ext = std::filesystem::path(spec.path).extension().string();
    for (auto& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(postgres_connection(spec.path).c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                                      ext == ".csv" ? csv_options : nullptr, nullptr));
    if (!ds) {
        std::error_code ec;
        std::string reason = is_postgres_source(spec.path) ? (capture.last.empty() ? "cannot connect to the database" : capture.last)
                             : !std::filesystem::exists(spec.path, ec) ? "no such file"
                             : capture.last.empty() ? "not a vector source GDAL can read"
                                                    : capture.last;
        diags.error(spec.path, "cannot open layer source: " + reason + refetch_hint(spec.path));
        return out;
    }
    if (!spec.layer.empty()) {
        OGRLayer* l = ds->GetLayerByName(spec.layer.c_str());
        if (!l) {
            diags.error(spec.path, "no layer named '" + spec.layer + "'");
            return out;
        }
        out.push_back(read_one(l, spec.path, diags));
    } else {
        for (OGRLayer* l : ds->GetLayers()) {
            if (l->GetGeomType() == wkbNone) continue;  // attribute tables (layer_styles...)
            out.push_back(read_one(l, spec.path, diags));
        }
    }
    if (!capture.last.empty() && out.empty()) diags.error(spec.path, capture.last);
    return out;
}

std::vector<Layer> read_default_layers(Diagnostics& diags, const std::string& boundaries, bool regional_pack) {
    std::vector<Layer> out;
    for (auto& l : read_layers({geodata_path("world.gpkg"), "world_countries"}, diags)) {
        l.role = LayerRole::world_base;
        out.push_back(std::move(l));
    }
    for (const char* name : {"countries", "states_provinces", "disputed_borders"}) {
        auto layers = read_layers({boundaries.empty() ? geodata_path("region.gpkg") : boundaries, name}, diags);
        for (auto& l : layers) {
            // history.gpkg carries these lines with their dates: drawn here too, they would stay
            // on the map whatever the time window.
            if (l.name == "disputed_borders")
                std::erase_if(l.features, [](const Feature& f) {
                    const std::string* n = f.attribute("name");
                    return n && (*n == "Former USSR oblast in 1991" || *n == "Ceasefire Line 1994");
                });
            l.role = LayerRole::detail;
            out.push_back(std::move(l));
        }
    }
    // The curated historical layers (geodata/make-history.sh), drawn over the base layers.
    if (!regional_pack) return out;
    for (const char* name : {"nkao_boundary", "ceasefire_1994", "lachin_corridor"})
        for (auto& l : read_layers({geodata_path("history.gpkg"), name}, diags)) {
            l.role = LayerRole::regional;
            out.push_back(std::move(l));
        }
    return out;
}

Layer read_shapes(const std::vector<ShapeRef>& refs, Diagnostics& diags) {
    ensure_gdal();
    Layer out;
    out.name = "areas";
    out.features.resize(refs.size());
    // One opening per file, one lookup per feature: a corpus names tens of areas, not thousands.
    std::unordered_map<std::string, std::unique_ptr<GDALDataset>> open;
    std::unordered_map<std::string, size_t> missing;
    // NCAR's Earth..4 is no OGR source: its islands are built from its outlines, all at once.
    std::unordered_map<std::string, std::vector<size_t>> earth;
    for (size_t i = 0; i < refs.size(); ++i)
        if (refs[i].layer == earth_shapes_layer) earth[refs[i].source].push_back(i);
    std::vector<std::unique_ptr<OGRGeometry>> built(refs.size());
    for (const auto& [source, at] : earth) {
        std::vector<long long> fids;
        for (size_t i : at) fids.push_back(refs[i].fid);
        auto shapes = read_earth_shapes(source, fids, diags);
        for (size_t k = 0; k < at.size(); ++k) built[at[k]] = std::move(shapes[k]);
    }
    for (size_t i = 0; i < refs.size(); ++i) {
        const ShapeRef& r = refs[i];
        if (r.layer == earth_shapes_layer) {
            Feature& f = out.features[i];
            f.fid = r.fid;
            if (built[i]) read_geometry(built[i].get(), f);
            if (!coordinates_in_range(f)) f = Feature{};
            f.type = !f.polygons.empty() ? GeometryType::polygon : GeometryType::none;
            if (f.type == GeometryType::none) ++missing[r.source];
            add_bounds(f, out.bounds);
            continue;
        }
        auto [it, fresh] = open.try_emplace(r.source);
        if (fresh) {
            ErrorCapture errors;
            it->second.reset(static_cast<GDALDataset*>(
                GDALOpenEx(r.source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
            if (!it->second) diags.warn(r.source, "cannot open it for the places' shapes: " + errors.first);
        }
        OGRLayer* layer = it->second ? it->second->GetLayerByName(r.layer.c_str()) : nullptr;
        std::unique_ptr<OGRFeature> feature(layer ? layer->GetFeature(r.fid) : nullptr);
        Feature& f = out.features[i];
        f.fid = r.fid;
        if (OGRGeometry* g = feature ? feature->GetGeometryRef() : nullptr) {
            // Natural Earth and the cache's layers are WGS 84 already; another CRS is brought to it.
            if (const OGRSpatialReference* srs = g->getSpatialReference(); srs && !srs->IsGeographic()) {
                OGRSpatialReference wgs84;
                wgs84.SetWellKnownGeogCS("WGS84");
                wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
                g->transformTo(&wgs84);
            }
            read_geometry(g, f);
        }
        if (!coordinates_in_range(f)) f = Feature{};
        f.type = !f.polygons.empty() ? GeometryType::polygon : !f.lines.empty() ? GeometryType::line
                 : !f.points.empty() ? GeometryType::point : GeometryType::none;
        if (f.type == GeometryType::none) ++missing[r.source];
        add_bounds(f, out.bounds);
    }
    for (const auto& [source, n] : missing)
        diags.warn(source, std::to_string(n) + " place shape" + (n == 1 ? "" : "s") + " not found or empty; drawn as points");
    return out;
}

}  // namespace placeline::geo
