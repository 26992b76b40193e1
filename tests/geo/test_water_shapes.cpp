// Seas and lakes find their unnamed polygons by location (geo/water_shapes.hpp), on a small
// GeoPackage laid out like the one scripts/fetch-data.sh makes: layers `seas` and `lakes`.
#include <doctest/doctest.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "geo/gdal_session.hpp"
#include "places/gazetteer_fixture.hpp"
#include "placeline/geo/water_shapes.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

void write_water(const std::string& path) {
    geo::ensure_gdal();
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    REQUIRE(gpkg);
    std::unique_ptr<GDALDataset> ds(gpkg->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(ds);
    auto add = [&](const char* layer, std::initializer_list<const char*> wkts) {
        OGRLayer* l = ds->CreateLayer(layer, nullptr, wkbPolygon, nullptr);
        REQUIRE(l);
        for (const char* wkt : wkts) {
            OGRGeometry* g = nullptr;
            REQUIRE(OGRGeometryFactory::createFromWkt(wkt, nullptr, &g) == OGRERR_NONE);
            OGRFeature f(l->GetLayerDefn());
            f.SetGeometryDirectly(g);
            REQUIRE(l->CreateFeature(&f) == OGRERR_NONE);
        }
    };
    // A world ocean (wider than half the globe, with a hole for a continent) and an inland sea.
    add("seas", {"POLYGON ((-180 -80,180 -80,180 80,-180 80,-180 -80),(0 0,60 0,60 60,0 60,0 0))",
                 "POLYGON ((10 10,20 10,20 20,10 20,10 10))"});
    // Two lakes, one small and a tenth of a degree from a point given for it.
    add("lakes", {"POLYGON ((30 30,40 30,40 40,30 40,30 30))", "POLYGON ((50 50,50.5 50,50.5 50.5,50 50.5,50 50))"});
}

}  // namespace

TEST_CASE("a water place takes the polygon holding its point, or the nearest close by, never the world ocean") {
    const std::string dir = test::temp_dir("water");
    const std::string path = dir + "/water.gpkg";
    write_water(path);
    const std::vector<geo::WaterPlace> places = {
        {"inland-sea", {15, 15}},       // inside the sea
        {"lake", {35, 35}},             // inside a lake
        {"near-lake", {50.6, 50.25}},   // 0.1 degree east of the small lake
        {"ocean-sea", {-30, 0}},        // in the world ocean
        {"dry", {5, 45}},               // on land, far from any water
    };
    geo::ShapeIndex index;
    Diagnostics diags;
    geo::add_water_shapes(path, places, index, diags);
    CHECK(diags.snapshot().empty());
    REQUIRE(index.count("inland-sea") == 1);
    CHECK(index["inland-sea"].layer == "seas");
    CHECK(index["inland-sea"].source == path);
    REQUIRE(index.count("lake") == 1);
    CHECK(index["lake"].layer == "lakes");
    REQUIRE(index.count("near-lake") == 1);
    CHECK(index["near-lake"].layer == "lakes");
    CHECK(index["near-lake"].fid != index["lake"].fid);
    CHECK(index.count("ocean-sea") == 0);
    CHECK(index.count("dry") == 0);
    // The shapes read back are the polygons found.
    const geo::Layer shapes = geo::read_shapes({index["inland-sea"], index["near-lake"]}, diags);
    REQUIRE(shapes.features.size() == 2);
    CHECK(shapes.features[0].type == geo::GeometryType::polygon);
    CHECK(shapes.features[1].type == geo::GeometryType::polygon);
    fs::remove_all(dir);
}

TEST_CASE("without the water file seas stay markers quietly, and a broken one is named") {
    const std::string dir = test::temp_dir("water-missing");
    geo::ShapeIndex index;
    Diagnostics diags;
    geo::add_water_shapes(dir + "/water.gpkg", {{"sea", {15, 15}}}, index, diags);
    CHECK(index.empty());
    CHECK(diags.snapshot().empty());
    const std::string bad = dir + "/broken.gpkg";
    { std::ofstream(bad) << "not a geopackage"; }
    geo::add_water_shapes(bad, {{"sea", {15, 15}}}, index, diags);
    CHECK(index.empty());
    REQUIRE(!diags.snapshot().empty());
    CHECK(diags.snapshot()[0].file == bad);
    fs::remove_all(dir);
}
