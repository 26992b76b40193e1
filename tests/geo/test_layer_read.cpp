// Any OGR source, brought to WGS 84 longitude/latitude from the CRS it declares.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "placeline/geo/layer_read.hpp"

using namespace placeline;

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
    auto dir = std::filesystem::temp_directory_path() / ("placeline-geo-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::string path = (dir / name).string();
    std::ofstream(path) << text;
    return path;
}

}  // namespace

TEST_CASE("a GeoJSON in Web Mercator (EPSG:3857) is read as longitude/latitude") {
    // Stepanakert, 46.7528 E 39.8177 N, in EPSG:3857 metres.
    std::string path = write_temp("mercator.geojson", R"({"type": "FeatureCollection",
  "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
  "features": [{"type": "Feature", "properties": {"name": "Stepanakert", "valid_from": "1923-07-07"},
    "geometry": {"type": "Point", "coordinates": [5204497.9, 4839486.2]}}]})");
    Diagnostics diags;
    auto layers = geo::read_layers({path, ""}, diags);
    REQUIRE(layers.size() == 1);
    REQUIRE(layers[0].features.size() == 1);
    const geo::Feature& f = layers[0].features[0];
    REQUIRE(f.points.size() == 1);
    CHECK(f.points[0].lon == doctest::Approx(46.7528).epsilon(1e-6));
    CHECK(f.points[0].lat == doctest::Approx(39.8177).epsilon(1e-6));
    REQUIRE(f.attribute("valid_from"));
    // GDAL detects a Date field and writes it with slashes: the time rules read both forms.
    const std::string& from = *f.attribute("valid_from");
    CHECK((from == "1923-07-07" || from == "1923/07/07"));
}

TEST_CASE("a CSV with lon/lat columns, and one with WKT") {
    Diagnostics diags;
    std::string lonlat = write_temp("places.csv", "name,lon,lat,valid_from\nShusha,46.74989,39.76006,1752\nGoris,46.34168,39.51111,\n");
    auto layers = geo::read_layers({lonlat, ""}, diags);
    REQUIRE(layers.size() == 1);
    REQUIRE(layers[0].features.size() == 2);
    CHECK(layers[0].features[0].type == geo::GeometryType::point);
    CHECK(layers[0].features[0].points[0].lon == doctest::Approx(46.74989));
    CHECK(layers[0].features[1].points[0].lat == doctest::Approx(39.51111));
    CHECK(*layers[0].features[0].attribute("name") == "Shusha");

    std::string wkt = write_temp("route.csv", "WKT,name\n\"LINESTRING (46.34 39.51, 46.55 39.60)\",route\n");
    layers = geo::read_layers({wkt, ""}, diags);
    REQUIRE(layers.size() == 1);
    REQUIRE(layers[0].features.size() == 1);
    CHECK(layers[0].features[0].type == geo::GeometryType::line);
    CHECK(layers[0].features[0].lines[0].size() == 2);
    CHECK_FALSE(layers[0].features[0].attribute("WKT"));  // the geometry column is not an attribute
}

TEST_CASE("the embedded historical layers: dates and a source on every feature") {
    Diagnostics diags;
    auto layers = geo::read_default_layers(diags);
    int found = 0;
    size_t disputed = 0;
    for (const geo::Layer& l : layers) {
        if (l.name == "disputed_borders")
            for (const geo::Feature& f : l.features) {
                REQUIRE(f.attribute("name"));
                CHECK(*f.attribute("name") != "Ceasefire Line 1994");  // it has a layer of its own
                ++disputed;
            }
        if (l.name != "nkao_boundary" && l.name != "ceasefire_1994" && l.name != "lachin_corridor") continue;
        ++found;
        CHECK(!l.features.empty());
        for (const geo::Feature& f : l.features) {
            CHECK(f.attribute("valid_from"));
            CHECK(f.attribute("valid_to"));
            REQUIRE(f.attribute("source"));
            CHECK(f.attribute("source")->size() > 40);
        }
    }
    CHECK(found == 3);
    CHECK(disputed > 0);
}
