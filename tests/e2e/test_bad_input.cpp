// The bad-input suite: every kind of broken input gets its message, and the command goes on
// with the rest.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "support.hpp"

namespace fs = std::filesystem;

namespace {
std::string region_gpkg() { return std::string(ASSETS) + "/../geodata/region.gpkg"; }
}  // namespace

TEST_CASE("a truncated GeoPackage is named with GDAL's reason and the map is still drawn") {
    std::string bad = e2e::temp_path("truncated.gpkg");
    fs::copy_file(region_gpkg(), bad, fs::copy_options::overwrite_existing);
    fs::resize_file(bad, fs::file_size(bad) / 3);
    std::string out = e2e::temp_path("truncated.png");
    auto r = e2e::run("render --out " + out + " --size 320x200 --layer " + bad + " " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    CHECK(fs::exists(out));
    CHECK(r.err.find("truncated.gpkg") != std::string::npos);
}

TEST_CASE("a shapefile without its .dbf is drawn, and the missing file is named") {
    std::string dir = e2e::temp_path("shp");
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::string cmd = "ogr2ogr -f 'ESRI Shapefile' " + dir + "/countries.shp " + region_gpkg() + " countries 2>/dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
    fs::remove(dir + "/countries.dbf");
    std::string out = e2e::temp_path("shp.png");
    auto r = e2e::run("render --out " + out + " --size 320x200 --layer " + dir + "/countries.shp " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    CHECK(fs::exists(out));
    CHECK(r.err.find("countries") != std::string::npos);
    CHECK(r.err.find("dbf") != std::string::npos);
}

TEST_CASE("GeoJSON features with a null geometry are reported and the rest drawn") {
    std::string file = e2e::temp_path("nulls.geojson");
    std::ofstream(file) << R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"nothing"},"geometry":null},
{"type":"Feature","properties":{"name":"Goris"},"geometry":{"type":"Point","coordinates":[46.34,39.51]}}]})";
    std::string out = e2e::temp_path("nulls.png");
    auto r = e2e::run("render --out " + out + " --size 320x200 --layer " + file + " " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    CHECK(fs::exists(out));
    CHECK(r.err.find("nulls.geojson") != std::string::npos);
    CHECK(r.err.find("without geometry") != std::string::npos);
}

TEST_CASE("a file of NUL bytes is refused as binary and the others are read") {
    std::string dir = e2e::temp_path("nul-corpus");
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir + "/zeros.txt", std::ios::binary) << std::string(4096, '\0');
    std::ofstream(dir + "/fine.txt") << "Talks were held in Yerevan on 12 May 2021.";
    auto r = e2e::run("geoparse " + dir);
    CHECK(r.status == 0);
    CHECK(r.err.find("zeros.txt") != std::string::npos);
    CHECK(r.err.find("binary") != std::string::npos);
    CHECK(r.out.find("Yerevan") != std::string::npos);
}

TEST_CASE("a folder of 10,000 empty files is read without complaint or crash") {
    std::string dir = e2e::temp_path("empties");
    if (!fs::exists(dir + "/9999.txt")) {
        fs::create_directories(dir);
        for (int i = 0; i < 10000; ++i) std::ofstream(dir + "/" + std::to_string(i) + ".txt");
    }
    auto r = e2e::run("passages " + dir);
    CHECK(r.status == 0);
    CHECK(r.out.empty());
}

TEST_CASE("an unreadable entry in a folder is named and the rest is read") {
    std::string dir = e2e::temp_path("unreadable");
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir + "/fine.txt") << "Talks were held in Yerevan on 12 May 2021.";
    // A link to nowhere cannot be read, even by root (who can read any file's bytes).
    fs::create_symlink(dir + "/gone.txt", dir + "/broken.txt");
    auto r = e2e::run("geoparse " + dir);
    CHECK(r.status == 0);
    CHECK(r.err.find("broken.txt") != std::string::npos);
    CHECK(r.out.find("Yerevan") != std::string::npos);
}

TEST_CASE("a 200 MB single-line text file is read, with a message, and does not stop the others") {
#ifdef PLACELINE_SANITIZED
    const size_t size = 20u * 1000 * 1000;  // the sanitizers make every byte ten times dearer
#else
    const size_t size = 200u * 1000 * 1000;
#endif
    std::string dir = e2e::temp_path("huge");
    std::string big = dir + "/one-line.txt";
    if (!fs::exists(big) || fs::file_size(big) < size) {
        fs::create_directories(dir);
        std::ofstream out(big, std::ios::binary);
        std::string chunk;
        // Mostly ordinary words, with a place name now and then, as in a real text.
        for (int i = 0; i < 1000; ++i) chunk += "the quick convoy left the valley at dawn ";
        chunk += "and reached Goris ";
        while (out.tellp() < std::streampos(size)) out << chunk;
    }
    std::ofstream(dir + "/small.txt") << "Talks were held in Yerevan on 12 May 2021.";
    auto r = e2e::run("passages --place Yerevan " + dir);
    CHECK(r.status == 0);
    CHECK(r.out.find("Yerevan") != std::string::npos);
    CHECK(r.err.find("one-line.txt") != std::string::npos);
}
