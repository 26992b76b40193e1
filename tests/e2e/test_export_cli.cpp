// `placeline export`: the files reopened through GDAL as QGIS would open them, and the
// temporary-file-then-rename rule (an old file is replaced whole, or not at all).
#include <doctest/doctest.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "support.hpp"

namespace fs = std::filesystem;

namespace {

struct CloseDataset {
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using Dataset = std::unique_ptr<GDALDataset, CloseDataset>;

Dataset open_vector(const std::string& path) {
    GDALAllRegister();
    return Dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

OGRFieldType field_type(OGRLayer* layer, const char* name) {
    int i = layer->GetLayerDefn()->GetFieldIndex(name);
    REQUIRE_MESSAGE(i >= 0, name);
    return layer->GetLayerDefn()->GetFieldDefn(i)->GetType();
}

std::unique_ptr<OGRFeature> find_feature(OGRLayer* layer, const char* field, const char* value) {
    layer->ResetReading();
    while (OGRFeature* f = layer->GetNextFeature()) {
        if (std::string(f->GetFieldAsString(field)) == value) return std::unique_ptr<OGRFeature>(f);
        OGRFeature::DestroyFeature(f);
    }
    return nullptr;
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Files a failed or finished export might have left behind.
int leftovers(const std::string& dir) {
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir)) n += e.path().filename().string().find(".tmp-") != std::string::npos;
    return n;
}

std::string fresh_dir(const std::string& name) {
    std::string dir = e2e::temp_path(name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("export --gpkg: layers places and mentions, dates typed as dates, Stepanakert with its variants") {
    std::string dir = fresh_dir("export-gpkg");
    std::string out = dir + "/corpus.gpkg";
    auto r = e2e::run("export --gpkg " + out + " " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    CHECK(leftovers(dir) == 0);
    Dataset ds = open_vector(out);
    REQUIRE(ds);
    CHECK(std::string(ds->GetDriver()->GetDescription()) == "GPKG");
    CHECK(ds->GetLayerCount() == 2);
    OGRLayer* places = ds->GetLayerByName("places");
    OGRLayer* mentions = ds->GetLayerByName("mentions");
    REQUIRE(places);
    REQUIRE(mentions);
    CHECK(places->GetFeatureCount() > 10);
    CHECK(wkbFlatten(places->GetGeomType()) == wkbPoint);
    CHECK(wkbFlatten(mentions->GetGeomType()) == wkbPoint);
    // One mention feature per mention `geoparse` prints.
    auto geoparsed = e2e::jsonl_rows(e2e::run("geoparse " SAMPLE_CORPUS).out);
    CHECK(mentions->GetFeatureCount() == GIntBig(geoparsed.size()));

    for (const char* f : {"time_start", "time_end", "published"}) CHECK_MESSAGE(field_type(mentions, f) == OFTDate, f);
    for (const char* f : {"first_seen", "last_seen"}) CHECK_MESSAGE(field_type(places, f) == OFTDate, f);
    CHECK(field_type(places, "mentions") == OFTInteger);
    CHECK(field_type(places, "passages") == OFTInteger);
    for (const char* f : {"place_id", "name", "variants", "country"}) CHECK_MESSAGE(field_type(places, f) == OFTString, f);
    for (const char* f : {"passage", "file", "title", "form", "time_basis", "place_id"})
        CHECK_MESSAGE(field_type(mentions, f) == OFTString, f);

    auto stepanakert = find_feature(places, "place_id", "gn:146970");
    REQUIRE(stepanakert);
    CHECK(std::string(stepanakert->GetFieldAsString("name")).find("Stepanakert") != std::string::npos);
    CHECK(std::string(stepanakert->GetFieldAsString("country")) == "AZ");
    CHECK(stepanakert->GetFieldAsInteger("mentions") >= stepanakert->GetFieldAsInteger("passages"));
    CHECK(stepanakert->GetFieldAsInteger("passages") > 0);
    std::string variants = stepanakert->GetFieldAsString("variants");
    CHECK(variants.find("Stepanakert") != std::string::npos);
    CHECK(variants.find("Khankendi") != std::string::npos);
    OGRPoint* pt = stepanakert->GetGeometryRef()->toPoint();
    CHECK(pt->getX() == doctest::Approx(46.75).epsilon(0.01));  // longitude first
    CHECK(pt->getY() == doctest::Approx(39.82).epsilon(0.01));

    // A mention: its form is inside its passage, its dates are real dates in order.
    auto khankendi = find_feature(mentions, "form", "Khankendi");
    REQUIRE(khankendi);
    CHECK(std::string(khankendi->GetFieldAsString("place_id")) == "gn:146970");
    CHECK(std::string(khankendi->GetFieldAsString("passage")).find("Khankendi") != std::string::npos);
    CHECK(std::string(khankendi->GetFieldAsString("file")).find(".txt") != std::string::npos);
    CHECK(!std::string(khankendi->GetFieldAsString("title")).empty());
    int y0, m0, d0, y1, m1, d1, h, mi, tz;
    float s;
    REQUIRE(khankendi->GetFieldAsDateTime(khankendi->GetFieldIndex("time_start"), &y0, &m0, &d0, &h, &mi, &s, &tz));
    REQUIRE(khankendi->GetFieldAsDateTime(khankendi->GetFieldIndex("time_end"), &y1, &m1, &d1, &h, &mi, &s, &tz));
    CHECK(y0 >= 1900);
    CHECK(std::tuple(y0, m0, d0) <= std::tuple(y1, m1, d1));
}

TEST_CASE("export --geojson: mentions with dates in the file named, places beside it") {
    std::string dir = fresh_dir("export-geojson");
    std::string out = dir + "/corpus.geojson";
    auto r = e2e::run("export --geojson " + out + " " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    CHECK(leftovers(dir) == 0);
    Dataset mentions = open_vector(out);
    REQUIRE(mentions);
    REQUIRE(mentions->GetLayerCount() == 1);
    OGRLayer* m = mentions->GetLayer(0);
    CHECK(std::string(m->GetName()) == "mentions");
    CHECK(m->GetFeatureCount() > 100);
    // GDAL (and so QGIS) reads ISO date strings back as dates.
    CHECK(field_type(m, "time_start") == OFTDate);
    CHECK(field_type(m, "time_end") == OFTDate);
    Dataset places = open_vector(dir + "/corpus-places.geojson");
    REQUIRE(places);
    OGRLayer* p = places->GetLayer(0);
    CHECK(std::string(p->GetName()) == "places");
    CHECK(find_feature(p, "place_id", "gn:146970") != nullptr);
    // RFC 7946: plain longitude/latitude, no crs member.
    CHECK(read_all(out).find("\"crs\"") == std::string::npos);
}

TEST_CASE("export replaces an existing file whole, through a new file renamed over it") {
    std::string dir = fresh_dir("export-replace");
    std::string out = dir + "/corpus.gpkg";
    std::ofstream(out) << "an older export";
    // A second name for the old file: had the export written into it, this would change too.
    fs::create_hard_link(out, dir + "/old-link");
    auto r = e2e::run("export --gpkg " + out + " " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    CHECK(read_all(dir + "/old-link") == "an older export");
    Dataset ds = open_vector(out);
    REQUIRE(ds);
    CHECK(ds->GetLayerByName("mentions") != nullptr);
    CHECK(leftovers(dir) == 0);
}

TEST_CASE("a failed export leaves no half file and replaces nothing, even the files that did work") {
    std::string dir = fresh_dir("export-fail");
    std::string good = dir + "/good.gpkg";
    std::ofstream(good) << "keep me";
    // The GeoJSON cannot be written (its folder does not exist): the GeoPackage must not be
    // replaced either.
    auto r = e2e::run("export --gpkg " + good + " --geojson " + dir + "/missing/out.geojson " SAMPLE_CORPUS);
    CHECK(r.status == 1);
    CHECK(r.err.find("out.geojson") != std::string::npos);
    CHECK(read_all(good) == "keep me");
    CHECK(leftovers(dir) == 0);
    // A target that cannot be replaced (a folder with a file in it) is named; the folder stays.
    fs::create_directories(dir + "/taken.gpkg");
    std::ofstream(dir + "/taken.gpkg/inside") << "x";
    r = e2e::run("export --gpkg " + dir + "/taken.gpkg " SAMPLE_CORPUS);
    CHECK(r.status == 1);
    CHECK(r.err.find("taken.gpkg") != std::string::npos);
    CHECK(fs::exists(dir + "/taken.gpkg/inside"));
    CHECK(leftovers(dir) == 0);
}

TEST_CASE("export without a target says what it needs") {
    auto r = e2e::run("export " SAMPLE_CORPUS);
    CHECK(r.status == 2);
    CHECK(r.err.find("--gpkg") != std::string::npos);
}

TEST_CASE("export --html writes the story's page, data and Leaflet, or names what is missing") {
    std::string dir = e2e::temp_path("web-story");
    fs::remove_all(dir);
    auto r = e2e::run("export --html " + dir + " --deck " ASSETS "/september-2023.toml " SAMPLE_CORPUS);
    if (!fs::exists("/usr/share/javascript/leaflet/leaflet.js")) {
        CHECK(r.status == 1);
        CHECK(r.err.find("libjs-leaflet") != std::string::npos);
        return;
    }
    CHECK(r.status == 0);
    for (const char* f : {"index.html", "story.js", "story-data.js", "leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/LICENSE"})
        CHECK_MESSAGE(fs::exists(dir + "/" + f), f);
    std::ifstream in(dir + "/story-data.js");
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(data.find("\"Stepanakert\"") != std::string::npos);
    CHECK(data.find("September 2023") != std::string::npos);  // the deck's title
    CHECK(data.find("shared/corpus") == std::string::npos);   // no path of the machine
    auto missing = e2e::run("--version >/dev/null 2>&1; PLACELINE_LEAFLET_DIR=/nonexistent " PLACELINE_EXE
                            " export --html " + dir + "-2 " SAMPLE_CORPUS);
    CHECK(missing.status == 1);
    CHECK(missing.err.find("libjs-leaflet") != std::string::npos);
}
