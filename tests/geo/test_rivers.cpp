// Rivers as gazetteer places, from the GeoPackage the set-up makes of Natural Earth's rivers and
// lake centrelines: their names, the point on the river, and the line as their shape.
#include <doctest/doctest.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <tuple>
#include <unordered_set>

#include "geo/gdal_session.hpp"
#include "places/gazetteer_fixture.hpp"
#include "placeline/geo/natural_earth_rivers.hpp"
#include "placeline/geo/river_stem.hpp"
#include "placeline/places/names.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

// A GeoPackage laid out like scripts/fetch-data.sh's rivers.gpkg: layer `rivers` with rivernum,
// name, name_alt, scalerank and a multi-line geometry.
void write_rivers(const std::string& path,
                  std::initializer_list<std::tuple<long long, const char*, const char*, const char*, double>> rivers,
                  std::initializer_list<const char*> whole = {}) {
    geo::ensure_gdal();
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    REQUIRE(gpkg);
    std::unique_ptr<GDALDataset> ds(gpkg->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(ds);
    OGRLayer* l = ds->CreateLayer(geo::rivers_layer_name, nullptr, wkbMultiLineString, nullptr);
    OGRFieldDefn num("rivernum", OFTInteger64), rank("scalerank", OFTReal);
    l->CreateField(&num);
    for (const char* name : {"name", "name_alt"}) {
        OGRFieldDefn fd(name, OFTString);
        l->CreateField(&fd);
    }
    l->CreateField(&rank);
    for (auto [n, name, alt, wkt, rank] : rivers) {
        OGRFeature f(l->GetLayerDefn());
        f.SetField("rivernum", static_cast<GIntBig>(n));
        if (*name) f.SetField("name", name);
        if (*alt) f.SetField("name_alt", alt);
        f.SetField("scalerank", rank);
        OGRGeometry* g = nullptr;
        OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
        f.SetGeometryDirectly(g);
        REQUIRE(l->CreateFeature(&f) == OGRERR_NONE);
    }
    OGRLayer* names = ds->CreateLayer(geo::rivers_whole_names_layer, nullptr, wkbNone, nullptr);
    OGRFieldDefn name("name", OFTString);
    names->CreateField(&name);
    for (const char* n : whole) {
        OGRFeature f(names->GetLayerDefn());
        f.SetField("name", n);
        REQUIRE(names->CreateFeature(&f) == OGRERR_NONE);
    }
}

bool has(const std::vector<std::string>& v, const char* s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("a river's spellings come from Natural Earth's name and its bracketed alternative") {
    CHECK(geo::river_spellings("Dnipro (Dnieper)", "") == std::vector<std::string>{"Dnipro", "Dnieper"});
    CHECK(geo::river_spellings("Chang Jiang (Yangtze)", "Yangtze") == std::vector<std::string>{"Chang Jiang", "Yangtze"});
    CHECK(geo::river_spellings("Indus", "Sindhu") == std::vector<std::string>{"Indus", "Sindhu"});
    CHECK(geo::river_spellings("Gu?rico", "").empty());       // a letter the source lost: no name
    CHECK(geo::river_spellings("", "Anything").empty());      // no main name: no place
    CHECK(geo::river_spellings("Ol?kma (Olyokma)", "") == std::vector<std::string>{"Olyokma"});
}

TEST_CASE("a name that lost letters is repaired from the names written whole, one letter per '?'") {
    const std::vector<std::string> whole = {"Paraná", "Paranaíba", "São  Francisco", "Marañón", "Ob'", "Ob\u2019",
                                            "Tomé", "Tomà"};
    CHECK(geo::river_spellings("Paran?", "", whole) == std::vector<std::string>{"Paraná"});
    CHECK(geo::river_spellings("Parana?ba", "", whole) == std::vector<std::string>{"Paranaíba"});
    CHECK(geo::river_spellings("S?o  Francisco", "", whole) == std::vector<std::string>{"São Francisco"});
    CHECK(geo::river_spellings("Mara??n", "", whole) == std::vector<std::string>{"Marañón"});
    CHECK(geo::river_spellings("Ob?", "", whole) == std::vector<std::string>{"Ob'"});  // two that fold alike
    CHECK(geo::river_spellings("Tom?", "", whole).empty());                            // two that differ
    CHECK(geo::river_spellings("Gu?rico", "", whole).empty());                         // none
}

TEST_CASE("a river is found by its name and typed: X River and River X") {
    auto names = geo::river_names({"Indus", "Sindhu"});
    CHECK(names.front() == "Indus");
    for (const char* n : {"Indus", "Sindhu", "Indus River", "River Indus", "Sindhu River"}) CHECK_MESSAGE(has(names, n), n);
    // A name typed already takes no second type word.
    CHECK(geo::river_names({"Rio Grande"}) == std::vector<std::string>{"Rio Grande"});
    CHECK_FALSE(has(geo::river_names({"Irrawaddy Delta"}), "Irrawaddy Delta River"));
}

TEST_CASE("rivers become places of kind river on their own line, their line referenced by id") {
    std::string dir = test::temp_dir("rivers");
    std::string path = dir + "/rivers.gpkg";
    // An L-shaped river: its centroid lies off the river, its point must not.
    write_rivers(path, {{62, "Indus", "", "MULTILINESTRING((70 35,70 30),(70 30,68 24))", 3},
                        {116, "Dnipro (Dnieper)", "", "MULTILINESTRING((30 55,30 50),(30 50,36 50))", 4},
                        {7, "Gu?rico", "", "MULTILINESTRING((-67 9,-66 8))", 6},
                        {8, "", "", "MULTILINESTRING((1 1,2 2))", 6},
                        {300, "Republican", "", "MULTILINESTRING((-101 40,-97 39))", 8},
                        {20, "Paran?", "", "MULTILINESTRING((-58 -33,-60 -28))", 2}},
                 {"Paraná", "Indus"});
    GazetteerBuilder b;
    Diagnostics diags;
    geo::read_natural_earth_rivers(path, b, diags);
    auto g = b.build();
    CHECK(g->size() == 3);
    CHECK(g->lookup(fold_name("Parana River")).size() == 1);
    auto indus = g->lookup(fold_name("Indus River"));
    REQUIRE(indus.size() == 1);
    const Place& p = g->place(indus[0]);
    CHECK(p.name == "Indus");
    CHECK(p.kind == PlaceKind::river);
    CHECK(std::string(to_string(p.kind)) == "river");
    CHECK(place_kind_from_string("river") == PlaceKind::river);
    CHECK(p.id == geo::river_place_id(62, 1));
    CHECK(g->lookup(fold_name("River Indus")).size() == 1);
    CHECK(g->lookup(fold_name("Indus")).size() == 1);
    // The Dnipro bends at (30, 50): its point is on the river, not at its centroid off it.
    auto dnipro = g->lookup(fold_name("Dnieper"));
    REQUIRE(dnipro.size() == 1);
    LonLat pt = g->place(dnipro[0]).point;
    bool on_upper = std::abs(pt.lon - 30) < 1e-6 && pt.lat >= 50 && pt.lat <= 55;
    bool on_lower = std::abs(pt.lat - 50) < 1e-6 && pt.lon >= 30 && pt.lon <= 36;
    CHECK_MESSAGE((on_upper || on_lower), pt.lon, " ", pt.lat);
    CHECK(g->lookup(fold_name("Dnipro River")).size() == 1);
    // A smaller river than the rank the gazetteer takes is no place, typed or not.
    CHECK(g->lookup(fold_name("Republican")).empty());
    CHECK(g->lookup(fold_name("Republican River")).empty());
    // The two without a usable name are said once.
    size_t said = 0;
    for (const auto& d : diags.snapshot()) said += d.message.find("2 rivers without a usable name") != std::string::npos;
    CHECK(said == 1);

    geo::ShapeIndex index;
    Diagnostics shape_diags;
    geo::add_river_shapes(path, index, shape_diags);
    CHECK(index.size() == 3);
    REQUIRE(index.count(p.id));
    const geo::Layer read = geo::read_shapes({index.at(p.id)}, shape_diags);
    REQUIRE(read.features.size() == 1);
    CHECK(read.features[0].type == geo::GeometryType::line);
    CHECK(shape_diags.snapshot().empty());
    fs::remove_all(dir);
}

TEST_CASE("a rivers file that cannot be read is an error naming it") {
    std::string dir = test::temp_dir("rivers-bad");
    std::string path = dir + "/rivers.gpkg";
    { std::ofstream(path) << "not a geopackage"; }
    GazetteerBuilder b;
    Diagnostics diags;
    geo::read_natural_earth_rivers(path, b, diags);
    REQUIRE(!diags.snapshot().empty());
    CHECK(diags.snapshot()[0].severity == Severity::error);
    CHECK(diags.snapshot()[0].file == path);
    CHECK(b.size() == 0);
    geo::ShapeIndex none;
    Diagnostics shape_diags;
    geo::add_river_shapes(path, none, shape_diags);
    CHECK(none.empty());
    REQUIRE(!shape_diags.snapshot().empty());
    CHECK(shape_diags.snapshot()[0].file == path);
    fs::remove_all(dir);
}

TEST_CASE("a river named like a person is found typed only") {
    std::unordered_set<std::string> given = {fold_name("Katherine")};
    auto names = geo::river_names({"Katherine"}, given);
    CHECK(names.front() == "Katherine River");
    CHECK_FALSE(has(names, "Katherine"));
    CHECK(has(geo::river_names({"Indus"}, given), "Indus"));
}

TEST_CASE("a river's point is halfway along its stem, across a reservoir's gap, not along a delta arm") {
    // Along the equator, so a degree of longitude is the same length everywhere: a river from 0 to 4
    // drawn with a gap (a reservoir) from 1 to 2, and a short delta arm leaving it at 3 (Natural Earth
    // splits a river's line where an arm leaves it).
    std::vector<geo::RiverPart> parts = {{{0, 0}, {1, 0}}, {{2, 0}, {3, 0}}, {{3, 0}, {4, 0}}, {{3, 0}, {3.2, 0.3}}};
    LonLat pt;
    REQUIRE(geo::river_stem_point(parts, pt));
    CHECK(pt.lon == doctest::Approx(2.0).epsilon(1e-6));
    CHECK(pt.lat == doctest::Approx(0.0));
    // Parts in any order and direction give the same point.
    std::vector<geo::RiverPart> shuffled = {{{4, 0}, {3, 0}}, {{3.2, 0.3}, {3, 0}}, {{1, 0}, {0, 0}}, {{3, 0}, {2, 0}}};
    REQUIRE(geo::river_stem_point(shuffled, pt));
    CHECK(pt.lon == doctest::Approx(2.0).epsilon(1e-6));
    // One line: its middle, wherever its bends put the centroid.
    REQUIRE(geo::river_stem_point({{{0, 0}, {0, 2}, {2, 2}}}, pt));
    CHECK(pt.lon == doctest::Approx(0.0).epsilon(1e-3));
    CHECK(pt.lat == doctest::Approx(2.0).epsilon(1e-3));
    CHECK_FALSE(geo::river_stem_point({}, pt));
}
