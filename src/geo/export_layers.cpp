// GeoPackage and GeoJSON exports through OGR. The rows come from core (export_rows.hpp); this
// file only knows how OGR wants them: a schema per layer, one feature per row, dates as OFTDate
// so that QGIS's Temporal Controller takes the fields as they are.
#include "placeline/geo/export_layers.hpp"

#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <functional>
#include <mutex>
#include <atomic>
#include <span>

#include "placeline/atlas/export_rows.hpp"
#include "placeline/base/atomic_write.hpp"
#include "export_schema.hpp"
#include "gdal_session.hpp"

namespace placeline::geo {

namespace {

constexpr Field mention_fields[] = {
    {"place_id", OFTString},  {"place_name", OFTString}, {"form", OFTString},      {"passage", OFTString},
    {"file", OFTString},      {"title", OFTString},      {"start", OFTInteger},    {"end", OFTInteger},
    {"time_start", OFTDate},  {"time_end", OFTDate},     {"time_basis", OFTString}, {"published", OFTDate},
    {"score", OFTReal},
};

// Each file is built in GDAL's memory file system and written out by atomic_write.hpp: GDAL 3.6's
// GDALClose reports nothing, so a write that failed on a full disk would pass unseen, while our
// own writes are checked and flushed. The name keeps the target's extension: drivers
// (GeoPackage) check it.
std::string memory_path(const std::string& target, size_t index) {
    static std::atomic<unsigned> counter{0};
    return "/vsimem/placeline-export-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
           std::to_string(index) + std::filesystem::path(target).extension().string();
}

using FillFeature = std::function<void(size_t row, OGRFeature& f)>;

// Rows written so far out of all the export's rows, for a progress bar; a cancelled export stops
// at the next row, before anything is renamed into place.
struct RowProgress {
    Progress* progress = nullptr;
    size_t done = 0, total = 1;
    bool step() {
        if (!progress) return true;
        if (++done % 256 == 0) progress->set(float(done) / float(total));
        return !progress->cancelled();
    }
};

std::string write_layer(GDALDataset& ds, const char* name, std::span<const Field> fields, size_t rows,
                        const std::function<LonLat(size_t)>& point, const FillFeature& fill, char** options,
                        RowProgress& rows_done) {
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* layer = ds.CreateLayer(name, &wgs84, wkbPoint, options);
    if (!layer) return std::string("cannot create the layer ") + name;
    for (const Field& fd : fields) {
        OGRFieldDefn def(fd.name, fd.type);
        if (layer->CreateField(&def) != OGRERR_NONE) return std::string("cannot create the field ") + fd.name;
    }
    for (size_t i = 0; i < rows; ++i) {
        OGRFeature f(layer->GetLayerDefn());
        fill(i, f);
        LonLat ll = point(i);
        OGRPoint pt(ll.lon, ll.lat);
        f.SetGeometry(&pt);
        if (layer->CreateFeature(&f) != OGRERR_NONE) return std::string("cannot write a feature of ") + name;
        if (!rows_done.step()) return std::string(cancelled_export);
    }
    return {};
}

std::string write_places(GDALDataset& ds, const std::vector<PlaceRow>& rows, char** options, RowProgress& done) {
    return write_layer(
        ds, "places", place_fields, rows.size(), [&](size_t i) { return rows[i].point; },
        [&](size_t i, OGRFeature& f) { set_place_fields(f, rows[i]); },
        options, done);
}

std::string write_mentions(GDALDataset& ds, const std::vector<MentionRow>& rows, char** options, RowProgress& done) {
    return write_layer(
        ds, "mentions", mention_fields, rows.size(), [&](size_t i) { return rows[i].point; },
        [&](size_t i, OGRFeature& f) {
            const MentionRow& r = rows[i];
            f.SetField(0, r.place_id.c_str());
            f.SetField(1, r.place_name.c_str());
            f.SetField(2, r.form.c_str());
            f.SetField(3, r.passage_text.c_str());
            f.SetField(4, r.file.c_str());
            f.SetField(5, r.title.c_str());
            f.SetField(6, int(r.start));
            f.SetField(7, int(r.end));
            set_span(f, 8, r.time);
            f.SetField(10, to_string(r.basis));
            if (r.published.valid()) set_date(f, 11, r.published.first);
            else f.SetFieldNull(11);
            f.SetField(12, std::round(double(r.score) * 1000) / 1000);  // the precision it has
        },
        options, done);
}

// Creates `path` with `driver` and lets `fill` write its layers inside one transaction. Returns
// the reason it failed, or nothing.
std::string write_dataset(const char* driver_name, const std::string& path,
                          const std::function<std::string(GDALDataset&)>& fill) {
    ErrorCapture errors;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name);
    if (!driver) return std::string("GDAL has no ") + driver_name + " driver";
    GDALDataset* ds = driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds) return "cannot create " + path + (errors.first.empty() ? "" : ": " + errors.first);
    // One transaction: a GeoPackage written row by row would commit (and sync) every feature.
    bool transaction = ds->TestCapability(ODsCTransactions) && ds->StartTransaction() == OGRERR_NONE;
    std::string error = fill(*ds);
    if (error.empty() && transaction && ds->CommitTransaction() != OGRERR_NONE) error = "cannot commit";
    GDALClose(ds);  // flushes: a full disk shows up here
    if (error.empty()) return errors.first;
    if (!errors.first.empty() && error.find(errors.first) == std::string::npos) error += " (" + errors.first + ")";
    return error;
}

}  // namespace

std::string geojson_places_path(const std::string& geojson) {
    std::filesystem::path p(geojson);
    return (p.parent_path() / (p.stem().string() + "-places" + p.extension().string())).string();
}

std::string export_atlas(const Atlas& atlas, const ExportTargets& targets, Progress* progress) {
    ensure_gdal();
    if (progress) progress->stage("Collecting places and mentions");
    const std::vector<PlaceRow> places = place_rows(atlas);
    const std::vector<MentionRow> mentions = mention_rows(atlas);
    RowProgress done{progress, 0, 0};

    std::vector<std::string> targets_in_order;
    if (!targets.gpkg.empty()) targets_in_order.push_back(targets.gpkg);
    if (!targets.geojson.empty()) {
        targets_in_order.push_back(targets.geojson);
        targets_in_order.push_back(geojson_places_path(targets.geojson));
    }
    // Refused before any work: a folder, a device or a FIFO is never replaced by a file.
    for (const std::string& t : targets_in_order)
        if (std::string e = check_output_path(t); !e.empty()) return e;

    struct Output {
        std::string target, memory;
    };
    std::vector<Output> outputs;
    std::string error;
    auto write = [&](const std::string& target, const char* driver, const std::function<std::string(GDALDataset&)>& fill) {
        if (!error.empty()) return;
        Output o{target, memory_path(target, outputs.size())};
        outputs.push_back(o);
        error = write_dataset(driver, o.memory, fill);
        if (!error.empty()) error = target + ": " + error;
    };
    done.total = std::max<size_t>(1, (places.size() + mentions.size()) * (!targets.gpkg.empty() + !targets.geojson.empty()));
    if (progress) progress->stage("Writing places and mentions");
    if (!targets.gpkg.empty()) {
        write(targets.gpkg, "GPKG", [&](GDALDataset& ds) {
            std::string e = write_places(ds, places, nullptr, done);
            return e.empty() ? write_mentions(ds, mentions, nullptr, done) : e;
        });
    }
    if (!targets.geojson.empty()) {
        // RFC 7946: longitude/latitude in WGS 84, what every web map and QGIS expect of GeoJSON.
        CPLStringList options;
        options.SetNameValue("RFC7946", "YES");
        write(targets.geojson, "GeoJSON", [&](GDALDataset& ds) { return write_mentions(ds, mentions, options.List(), done); });
        write(geojson_places_path(targets.geojson), "GeoJSON",
              [&](GDALDataset& ds) { return write_places(ds, places, options.List(), done); });
    }
    // All or nothing: no file is replaced unless every one of them was written (atomic_write.hpp).
    if (error.empty()) {
        std::vector<FileContent> files;
        for (const Output& o : outputs) {
            vsi_l_offset size = 0;
            GByte* data = VSIGetMemFileBuffer(o.memory.c_str(), &size, FALSE);
            if (!data) {
                error = o.target + ": GDAL wrote nothing";
                break;
            }
            files.push_back({o.target, std::string_view(reinterpret_cast<const char*>(data), size_t(size))});
        }
        if (progress) progress->stage("Saving");
        if (error.empty() && progress && progress->cancelled()) error = cancelled_export;
        if (error.empty()) error = write_files_atomically(files);
    }
    for (const Output& o : outputs) VSIUnlink(o.memory.c_str());
    return error;
}

}  // namespace placeline::geo
