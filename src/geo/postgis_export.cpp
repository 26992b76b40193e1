// The read model into PostGIS through OGR's PostgreSQL driver. One transaction holds everything:
// the schema's creation, the old rows' removal (or the old tables', when their columns differ)
// and every new row, so a failure anywhere rolls the database back to the previous export. The rows are the ones the
// file exports write (export_rows.hpp), plus a passages table; mentions point at passages by
// passage_id instead of repeating the passage's text in every mention.
#include "placeline/geo/postgis_export.hpp"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <span>

#include "placeline/atlas/export_rows.hpp"
#include "placeline/geo/postgres_source.hpp"
#include "placeline/text/segments.hpp"
#include "placeline/text/text.hpp"
#include "export_schema.hpp"
#include "gdal_session.hpp"

namespace placeline::geo {

namespace {

constexpr Field mention_fields[] = {
    {"place_id", OFTString},  {"place_name", OFTString}, {"form", OFTString},       {"passage_id", OFTInteger},
    {"file", OFTString},      {"title", OFTString},      {"start", OFTInteger},     {"end", OFTInteger},
    {"time_start", OFTDate},  {"time_end", OFTDate},     {"time_basis", OFTString}, {"published", OFTDate},
    {"score", OFTReal},
};

constexpr Field passage_fields[] = {
    {"passage_id", OFTInteger},  {"file", OFTString},       {"title", OFTString},
    {"start", OFTInteger},       {"end", OFTInteger},       {"text", OFTString},
    {"time_start", OFTDate},     {"time_end", OFTDate},     {"time_basis", OFTString},
    {"published", OFTDate},      {"places", OFTStringList}, {"sentence_starts", OFTIntegerList},
    {"sentence_ends", OFTIntegerList},
};

// A span's first day, or null when it has none.
void set_first_day(OGRFeature& f, int field, const TimeSpan& t) {
    if (t.valid()) set_date(f, field, t.first);
    else f.SetFieldNull(field);
}

// Counts the rows written so that a test can make the export fail halfway (PLACELINE_PG_FAIL_AFTER).
struct FaultInjection {
    long after = -1;
    long written = 0;
    FaultInjection() {
        if (const char* v = std::getenv("PLACELINE_PG_FAIL_AFTER")) after = std::strtol(v, nullptr, 10);
    }
    bool due() { return after >= 0 && written++ >= after; }
};

using FillFeature = std::function<void(size_t row, OGRFeature& f)>;

// Whether an earlier export's table has the columns this one writes, so that it can be kept.
bool same_columns(OGRLayer& layer, OGRwkbGeometryType type, std::span<const Field> fields) {
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    if (wkbFlatten(layer.GetGeomType()) != type || defn->GetFieldCount() != int(fields.size())) return false;
    for (size_t i = 0; i < fields.size(); ++i) {
        const OGRFieldDefn* f = defn->GetFieldDefn(int(i));
        if (std::string(f->GetNameRef()) != fields[i].name || f->GetType() != fields[i].type) return false;
    }
    return true;
}

// The table of an earlier export with the same columns is kept and emptied, so the views, grants
// and indexes a team made on it stay, and other sessions read the previous rows until the commit.
// Otherwise it is dropped (with what depends on it) and created afresh.
OGRLayer* open_table(GDALDataset& ds, const std::string& schema, const char* name, OGRwkbGeometryType type,
                     std::span<const Field> fields, std::string& error) {
    const std::string qualified = schema + "." + name;
    if (OGRLayer* old = ds.GetLayerByName(qualified.c_str()); old && same_columns(*old, type, fields)) {
        // Both names are checked identifiers (check_pg_corpus, our own table names).
        ds.ExecuteSQL(("DELETE FROM \"" + schema + "\".\"" + name + "\"").c_str(), nullptr, nullptr);
        return old;
    }
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLStringList options;
    options.SetNameValue("SCHEMA", schema.c_str());
    options.SetNameValue("OVERWRITE", "YES");  // DROP TABLE ... CASCADE, inside our transaction
    options.SetNameValue("GEOMETRY_NAME", "geom");
    options.SetNameValue("FID", "fid");
    options.SetNameValue("SPATIAL_INDEX", "GIST");
    OGRLayer* layer = ds.CreateLayer(name, &wgs84, type, options.List());
    if (!layer) {
        error = qualified + ": cannot create the table";
        return nullptr;
    }
    for (const Field& fd : fields) {
        OGRFieldDefn def(fd.name, fd.type);
        if (layer->CreateField(&def) != OGRERR_NONE) {
            error = qualified + ": cannot create the column " + fd.name;
            return nullptr;
        }
    }
    return layer;
}

std::string write_table(GDALDataset& ds, const std::string& schema, const char* name, OGRwkbGeometryType type,
                        std::span<const Field> fields, size_t rows, const FillFeature& fill, FaultInjection& fault) {
    std::string error;
    OGRLayer* layer = open_table(ds, schema, name, type, fields, error);
    if (!layer) return error;
    for (size_t i = 0; i < rows; ++i) {
        if (fault.due()) return "fault injected after " + std::to_string(fault.after) + " rows (PLACELINE_PG_FAIL_AFTER)";
        OGRFeature f(layer->GetLayerDefn());
        fill(i, f);
        f.SetFID(GIntBig(i) + 1);  // the row's place in the export, whether the table is new or kept
        if (layer->CreateFeature(&f) != OGRERR_NONE) return schema + "." + name + ": cannot write row " + std::to_string(i + 1);
    }
    // COPY sends rows in batches: a failure may only show when the layer is flushed.
    if (layer->SyncToDisk() != OGRERR_NONE) return schema + "." + name + ": cannot finish writing the rows";
    return {};
}

void set_point(OGRFeature& f, const LonLat& ll) {
    OGRPoint pt(ll.lon, ll.lat);
    f.SetGeometry(&pt);
}

std::string write_all(GDALDataset& ds, const Atlas& atlas, const std::string& schema, FaultInjection& fault) {
    const std::vector<PlaceRow> places = place_rows(atlas);
    const std::vector<MentionRow> mentions = mention_rows(atlas);
    std::string error = write_table(ds, schema, "places", wkbPoint, place_fields, places.size(),
                                    [&](size_t i, OGRFeature& f) {
                                        const PlaceRow& r = places[i];
                                        set_place_fields(f, r);
                                        set_point(f, r.point);
                                    },
                                    fault);
    if (!error.empty()) return error;
    error = write_table(ds, schema, "mentions", wkbPoint, mention_fields, mentions.size(),
                        [&](size_t i, OGRFeature& f) {
                            const MentionRow& r = mentions[i];
                            f.SetField(0, r.place_id.c_str());
                            f.SetField(1, r.place_name.c_str());
                            f.SetField(2, r.form.c_str());
                            f.SetField(3, int(r.passage));
                            f.SetField(4, r.file.c_str());
                            f.SetField(5, r.title.c_str());
                            f.SetField(6, int(r.start));
                            f.SetField(7, int(r.end));
                            set_span(f, 8, r.time);
                            f.SetField(10, to_string(r.basis));
                            set_first_day(f, 11, r.published);
                            f.SetField(12, std::round(double(r.score) * 1000) / 1000);  // the precision it has
                            set_point(f, r.point);
                        },
                        fault);
    if (!error.empty()) return error;

    // Passages: every one, with or without places; the geometry is its places (NULL without).
    const Corpus& corpus = atlas.corpus();
    const Gazetteer& gazetteer = atlas.gazetteer();
    uint32_t current = UINT32_MAX;
    std::unique_ptr<CodepointMap> cps;
    return write_table(ds, schema, "passages", wkbMultiPoint, passage_fields, corpus.passages.size(),
                       [&](size_t i, OGRFeature& f) {
                           const Passage& p = corpus.passages[i];
                           const Article& a = corpus.articles[p.article];
                           if (p.article != current) {
                               current = p.article;
                               cps = std::make_unique<CodepointMap>(a.text);
                           }
                           f.SetField(0, int(i));
                           f.SetField(1, a.path.c_str());
                           f.SetField(2, a.title.c_str());
                           f.SetField(3, int(cps->to_codepoint(p.span.start)));
                           f.SetField(4, int(cps->to_codepoint(p.span.end)));
                           f.SetField(5, std::string(corpus.text_of(p)).c_str());
                           set_span(f, 6, p.time);
                           f.SetField(8, to_string(p.basis));
                           set_first_day(f, 9, p.published);
                           CPLStringList ids;
                           OGRMultiPoint where;
                           for (PlaceIndex pl : atlas.places_of_passage(uint32_t(i))) {
                               const Place& place = gazetteer.place(pl);
                               ids.AddString(place.id.c_str());
                               OGRPoint pt(place.point.lon, place.point.lat);
                               where.addGeometry(&pt);
                           }
                           f.SetField(10, ids.List());
                           std::vector<int> starts, ends;
                           for (ByteSpan s : split_sentences(a.text, p.span)) {
                               starts.push_back(int(cps->to_codepoint(s.start)));
                               ends.push_back(int(cps->to_codepoint(s.end)));
                           }
                           f.SetField(11, int(starts.size()), starts.data());
                           f.SetField(12, int(ends.size()), ends.data());
                           if (!where.IsEmpty()) f.SetGeometry(&where);
                       },
                       fault);
}

}  // namespace

std::string default_pg_corpus(const std::vector<std::string>& corpus_paths) {
    namespace fs = std::filesystem;
    std::string folder = "corpus";
    if (!corpus_paths.empty()) {
        std::error_code ec;
        fs::path p = fs::absolute(corpus_paths.front(), ec).lexically_normal();
        if (!fs::is_directory(p, ec)) p = p.parent_path();
        if (!p.has_filename() && p.has_parent_path()) p = p.parent_path();  // "folder/" ends in an empty name
        if (!p.filename().empty()) folder = p.filename().string();
    }
    std::string name;
    for (unsigned char c : folder) {
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (ok) name += char(c);
        else if (name.empty() || name.back() != '_') name += '_';
    }
    while (!name.empty() && name.back() == '_') name.pop_back();
    if (name.empty() || !(name[0] >= 'a' && name[0] <= 'z')) name = "corpus_" + name;
    if (!check_pg_corpus(name).empty()) name = "corpus_" + name;  // "public", "pg_..."
    if (name.size() > 63) name.resize(63);
    while (name.back() == '_') name.pop_back();
    return name;
}

std::string check_pg_corpus(const std::string& name) {
    if (name.empty() || name.size() > 63) return "a corpus name has 1 to 63 characters";
    if (!(name[0] >= 'a' && name[0] <= 'z')) return "a corpus name starts with a lower-case letter";
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return "a corpus name has only lower-case letters, digits and _";
    if (name == "public" || name.rfind("pg_", 0) == 0 || name == "information_schema" || name == "topology" ||
        name == "tiger" || name == "tiger_data")
        return "'" + name + "' is a schema PostgreSQL or PostGIS use";
    return {};
}

std::string export_postgis(const Atlas& atlas, const std::string& connection, const std::string& corpus) {
    if (!is_postgres_source(connection)) return "not a PostgreSQL connection string (PG:...): " + connection;
    if (std::string why = check_pg_corpus(corpus); !why.empty()) return "corpus name '" + corpus + "': " + why;
    ensure_gdal();
    ErrorCapture errors;
    const char* const drivers[] = {"PostgreSQL", nullptr};
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(postgres_connection(connection).c_str(),
                                                      GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
    if (!ds) return "cannot connect to the database" + (errors.first.empty() ? std::string() : ": " + errors.first);
    if (ds->StartTransaction(FALSE) != OGRERR_NONE)
        return "cannot start a transaction" + (errors.first.empty() ? std::string() : ": " + errors.first);
    FaultInjection fault;
    std::string error;
    // The name is checked above (letters, digits, _): safe to put in the statement as it is.
    ds->ExecuteSQL(("CREATE SCHEMA IF NOT EXISTS \"" + corpus + "\"").c_str(), nullptr, nullptr);
    if (!errors.first.empty()) error = "cannot create the schema " + corpus;
    if (error.empty()) error = write_all(*ds, atlas, corpus, fault);
    // A statement PostgreSQL refused aborts the transaction, after which COMMIT only rolls back
    // without an error: any error GDAL reported fails the export before the commit.
    if (error.empty() && !errors.first.empty()) error = errors.first;
    if (error.empty() && ds->CommitTransaction() != OGRERR_NONE) error = "cannot commit the export";
    if (!error.empty()) {
        ds->RollbackTransaction();
        if (!errors.first.empty() && error.find(errors.first) == std::string::npos) error += " (" + errors.first + ")";
        return error;
    }
    return {};
}

}  // namespace placeline::geo
