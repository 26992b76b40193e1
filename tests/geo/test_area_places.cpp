// Areas as gazetteer places: the point a reader expects (main landmass, visual centre), and the
// US counties read from the Census Bureau's boundaries as the set-up converts them.
#include <doctest/doctest.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <tuple>

#include "geo/gdal_session.hpp"
#include "geo/representative_point.hpp"
#include "places/gazetteer_fixture.hpp"
#include "placeline/geo/natural_earth_places.hpp"
#include "placeline/geo/us_counties.hpp"
#include "placeline/places/names.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<OGRGeometry> from_wkt(const char* wkt) {
    OGRGeometry* g = nullptr;
    OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
    return std::unique_ptr<OGRGeometry>(g);
}

bool inside(const char* wkt, LonLat p) {
    auto g = from_wkt(wkt);
    OGRPoint pt(p.lon, p.lat);
    return g && g->Contains(&pt);
}

// A GeoPackage laid out like the one scripts/fetch-data.sh makes of us-atlas: layers `counties`
// (id, name) and `states` (id, name).
void write_counties(const std::string& path,
                    std::initializer_list<std::tuple<const char*, const char*, const char*>> counties) {
    geo::ensure_gdal();
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    REQUIRE(gpkg);
    std::unique_ptr<GDALDataset> ds(gpkg->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(ds);
    auto layer = [&](const char* name) {
        OGRLayer* l = ds->CreateLayer(name, nullptr, wkbMultiPolygon, nullptr);
        OGRFieldDefn id("id", OFTString), nm("name", OFTString);
        l->CreateField(&id);
        l->CreateField(&nm);
        return l;
    };
    OGRLayer* c = layer("counties");
    for (auto [id, name, wkt] : counties) {
        OGRFeature f(c->GetLayerDefn());
        f.SetField("id", id);
        f.SetField("name", name);
        f.SetGeometry(from_wkt(wkt).get());
        REQUIRE(c->CreateFeature(&f) == OGRERR_NONE);
    }
    OGRLayer* s = layer("states");
    for (auto [id, name] : {std::pair{"21", "Kentucky"}, std::pair{"22", "Louisiana"}}) {
        OGRFeature f(s->GetLayerDefn());
        f.SetField("id", id);
        f.SetField("name", name);
        REQUIRE(s->CreateFeature(&f) == OGRERR_NONE);
    }
}

// A GeoPackage laid out like Natural Earth's: a `states_provinces` layer (name, gn_name, iso_a2,
// adm0_a3; one unit square each, side by side) and a `countries` layer (NAME, iso_a2).
using Division = std::tuple<const char*, const char*, const char*, const char*>;
void write_divisions(const std::string& path, std::initializer_list<Division> divisions,
                     std::initializer_list<std::pair<const char*, const char*>> countries = {}) {
    geo::ensure_gdal();
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    REQUIRE(gpkg);
    std::unique_ptr<GDALDataset> ds(gpkg->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(ds);
    auto layer = [&](const char* name, std::initializer_list<const char*> fields) {
        OGRLayer* l = ds->CreateLayer(name, nullptr, wkbMultiPolygon, nullptr);
        for (const char* f : fields) {
            OGRFieldDefn fd(f, OFTString);
            l->CreateField(&fd);
        }
        return l;
    };
    int k = 0;
    auto square = [&] {
        std::string x0 = std::to_string(k), x1 = std::to_string(k + 1);
        k += 2;
        return from_wkt(("MULTIPOLYGON(((" + x0 + " 0," + x1 + " 0," + x1 + " 1," + x0 + " 1," + x0 + " 0)))").c_str());
    };
    OGRLayer* l = layer("states_provinces", {"name", "gn_name", "iso_a2", "adm0_a3"});
    for (auto [name, gn, iso, adm0] : divisions) {
        OGRFeature f(l->GetLayerDefn());
        f.SetField("name", name);
        f.SetField("gn_name", gn);
        f.SetField("iso_a2", iso);
        f.SetField("adm0_a3", adm0);
        f.SetGeometry(square().get());
        REQUIRE(l->CreateFeature(&f) == OGRERR_NONE);
    }
    if (countries.size() == 0) return;
    OGRLayer* c = layer("countries", {"NAME", "iso_a2"});
    for (auto [name, iso] : countries) {
        OGRFeature f(c->GetLayerDefn());
        f.SetField("NAME", name);
        f.SetField("iso_a2", iso);
        f.SetGeometry(square().get());
        REQUIRE(c->CreateFeature(&f) == OGRERR_NONE);
    }
}

}  // namespace

TEST_CASE("an area's point lies on its largest part, not on a far island") {
    // A mainland and, far to the north, a smaller island (Norway and Svalbard).
    const char* wkt = "MULTIPOLYGON(((5 58,12 58,12 64,5 64,5 58)),((15 77,20 77,20 80,15 80,15 77)))";
    geo::Geos geos;
    LonLat p;
    REQUIRE(geo::representative_point(geos.h, from_wkt(wkt).get(), p));
    CHECK(inside("POLYGON((5 58,12 58,12 64,5 64,5 58))", p));
}

TEST_CASE("an area shaped like a crescent gets a point inside it, near its middle") {
    // A C shape: its centroid lies in the gap, outside the area.
    const char* wkt = "POLYGON((0 0,10 0,10 2,2 2,2 8,10 8,10 10,0 10,0 0))";
    geo::Geos geos;
    LonLat p;
    REQUIRE(geo::representative_point(geos.h, from_wkt(wkt).get(), p));
    CHECK(inside(wkt, p));
    CHECK(p.lon < 2.0);  // in the back of the C, its widest part
}

TEST_CASE("county type words and which county codes are areas") {
    CHECK(std::string(geo::county_type_word("21")) == "County");
    CHECK(std::string(geo::county_type_word("22")) == "Parish");
    CHECK(std::string(geo::county_type_word("02")) == "Borough");
    CHECK(geo::county_is_area("21125"));
    CHECK_FALSE(geo::county_is_area("51760"));  // Richmond city, Virginia: a town
    CHECK_FALSE(geo::county_is_area("29510"));  // St. Louis city
    CHECK(geo::county_is_area("29189"));        // St. Louis County
    CHECK_FALSE(geo::county_is_area("11001"));  // the District of Columbia: a first-level division
    CHECK_FALSE(geo::county_is_area("72001"));  // Puerto Rico: a territory
    CHECK_FALSE(geo::county_is_area("2112"));
    CHECK_FALSE(geo::county_is_area("2112x"));
}

TEST_CASE("US counties become admin2 places named with their type word, their polygon referenced by id") {
    std::string dir = test::temp_dir("counties");
    std::string path = dir + "/us-counties.gpkg";
    write_counties(path, {{"21125", "Laurel", "MULTIPOLYGON(((-84.4 36.9,-83.9 36.9,-83.9 37.3,-84.4 37.3,-84.4 36.9)))"},
                          {"22079", "Rapides", "MULTIPOLYGON(((-93 31,-92 31,-92 31.5,-93 31.5,-93 31)))"},
                          {"51760", "Richmond", "MULTIPOLYGON(((-77.5 37.5,-77.4 37.5,-77.4 37.6,-77.5 37.6,-77.5 37.5)))"},
                          {"21999", "", "MULTIPOLYGON(((-85 37,-84.9 37,-84.9 37.1,-85 37.1,-85 37)))"}});
    GazetteerBuilder b;
    Diagnostics diags;
    geo::read_us_counties(path, b, diags);
    auto g = b.build();
    CHECK(g->size() == 2);
    PlaceIndex laurel = g->find_id("usc:21125");
    REQUIRE(laurel != no_place);
    const Place& p = g->place(laurel);
    CHECK(p.name == "Laurel County");
    CHECK(p.kind == PlaceKind::admin2);
    CHECK(p.country == "US");
    CHECK(p.source.find("Kentucky") != std::string::npos);
    CHECK(inside("POLYGON((-84.4 36.9,-83.9 36.9,-83.9 37.3,-84.4 37.3,-84.4 36.9))", p.point));
    CHECK(g->lookup(fold_name("Laurel County")).size() == 1);
    CHECK(g->lookup(fold_name("Laurel")).empty());  // the bare name stays the town's
    CHECK(g->lookup(fold_name("Rapides Parish")).size() == 1);
    CHECK(g->find_id("usc:51760") == no_place);
    // The feature without a name is said once.
    size_t said = 0;
    for (const auto& d : diags.snapshot()) said += d.message.find("1 county without a name") != std::string::npos;
    CHECK(said == 1);
    fs::remove_all(dir);
}

TEST_CASE("the counties' shape index and states come from the counties file under the gazetteer's ids") {
    std::string dir = test::temp_dir("county-shapes");
    std::string path = dir + "/us-counties.gpkg";
    write_counties(path, {{"21125", "Laurel", "MULTIPOLYGON(((-84.4 36.9,-83.9 36.9,-83.9 37.3,-84.4 37.3,-84.4 36.9)))"},
                          {"22079", "Rapides", "MULTIPOLYGON(((-93 31,-92 31,-92 31.5,-93 31.5,-93 31)))"},
                          {"51760", "Richmond", "MULTIPOLYGON(((-77.5 37.5,-77.4 37.5,-77.4 37.6,-77.5 37.6,-77.5 37.5)))"}});
    Diagnostics diags;
    geo::ShapeIndex index;
    geo::add_us_county_shapes(path, index, diags);
    CHECK(index.size() == 2);  // the independent city is a town, not a county place
    REQUIRE(index.count(geo::county_place_id("21125")));
    const geo::ShapeRef laurel = index.at("usc:21125");
    CHECK(laurel.layer == "counties");
    const geo::Layer read = geo::read_shapes({laurel}, diags);
    REQUIRE(read.features.size() == 1);
    CHECK(read.features[0].type == geo::GeometryType::polygon);

    const auto states = geo::us_county_states(path, {"usc:21125", "usc:22079", "gn:4299276", "usc:99"}, diags);
    CHECK(states.size() == 2);
    CHECK(states.at("usc:21125") == "Kentucky");
    CHECK(states.at("usc:22079") == "Louisiana");
    CHECK(diags.snapshot().empty());

    Diagnostics bad;
    geo::ShapeIndex none;
    geo::add_us_county_shapes(dir + "/missing.gpkg", none, bad);
    CHECK(none.empty());
    REQUIRE(!bad.snapshot().empty());
    CHECK(bad.snapshot()[0].file == dir + "/missing.gpkg");
    fs::remove_all(dir);
}

TEST_CASE("a US counties file that cannot be read is an error naming it") {
    std::string dir = test::temp_dir("counties-bad");
    std::string path = dir + "/us-counties.gpkg";
    { std::ofstream(path) << "not a geopackage"; }
    GazetteerBuilder b;
    Diagnostics diags;
    geo::read_us_counties(path, b, diags);
    REQUIRE(!diags.snapshot().empty());
    CHECK(diags.snapshot()[0].severity == Severity::error);
    CHECK(diags.snapshot()[0].file == path);
    CHECK(b.size() == 0);
    fs::remove_all(dir);
}

TEST_CASE("a first-level division is also found by its GeoNames name without the type word") {
    std::string dir = test::temp_dir("provinces");
    std::string path = dir + "/provinces.gpkg";
    write_divisions(path, {{"K.P.", "Khyber Pakhtunkhwa Province", "PK", "PAK"}, {"Northern", "Northern Province", "PK", "PAK"},
                           {"Mountain Province", "Mountain Province", "PK", "PAK"}, {"Kano", "Kano State", "PK", "PAK"},
                           {"Xizang", "Tibet Autonomous Region", "PK", "PAK"}});
    GazetteerBuilder b;
    Diagnostics diags;
    geo::read_natural_earth_places(path, b, diags);
    auto g = b.build();
    CHECK(g->size() == 5);
    CHECK(g->lookup(fold_name("Tibet")).size() == 1);
    auto kp = g->lookup(fold_name("Khyber Pakhtunkhwa"));
    REQUIRE(kp.size() == 1);
    CHECK(g->place(kp[0]).name == "Khyber Pakhtunkhwa");  // CLDR's English name (region-names.tsv), not "K.P."
    CHECK(g->lookup(fold_name("Khyber Pakhtunkhwa Province")).size() == 1);
    CHECK(g->lookup(fold_name("Mountain")).empty());  // the type word belongs to the name
    CHECK(g->lookup(fold_name("Northern")).size() == 1);  // Natural Earth's own name, nothing more
    CHECK(g->lookup(fold_name("Kano")).size() == 1);
    fs::remove_all(dir);
}

TEST_CASE("divisions and countries are also found by their names in other languages (geodata/region-names.tsv, country-names.tsv)") {
    std::string dir = test::temp_dir("divisions");
    std::string path = dir + "/divisions.gpkg";
    write_divisions(path, {{"California", "California", "US", "USA"}, {"Irkutsk", "Irkutskaya Oblast'", "RU", "RUS"}},
                    {{"Dem. Rep. Congo", "CD"}, {"Turkey", "TR"}});
    GazetteerBuilder b;
    Diagnostics diags;
    geo::read_natural_earth_places(path, b, diags);
    auto g = b.build();
    CHECK(g->lookup(fold_name("Californie")).size() == 1);   // French
    CHECK(g->lookup(fold_name("Kalifornien")).size() == 1);  // German
    // ISO writes "Irkutskaja oblast'", GeoNames "Irkutskaya Oblast'": the same division.
    CHECK(g->lookup(fold_name("Иркутская область")).size() == 1);
    CHECK(g->lookup(fold_name("ცენტრი")).empty());  // a word for a kind of division, no name
    // iso-codes' inverted index form "Congo, República Democrática del", the way round articles write it.
    CHECK(g->lookup(fold_name("República Democrática del Congo")).size() == 1);
    // CLDR's short names, which iso-codes lacks: Russian "Турция".
    CHECK(g->lookup(fold_name("Турция")).size() == 1);
    fs::remove_all(dir);
}

TEST_CASE("a division's English name from CLDR is its canonical name, and finds it when no ISO name matches its own, and CLDR's names in other languages too") {
    std::string dir = test::temp_dir("english");
    std::string path = dir + "/english.gpkg";
    write_divisions(path, {{"Xizang", "Tibet Autonomous Region", "CN", "CHN"},
                           {"Kalimantan Timur", "Provinsi Kalimantan Timur", "ID", "IDN"},
                           {"Bayern", "Freistaat Bayern", "DE", "DEU"},
                           {"Peterborough", "Peterborough", "GB", "GBR"},
                           {"Pwani", "Pwani Region", "TZ", "TZA"},
                           {"Naxçıvan", "Naxcivan Sahari", "AZ", "AZE"},
                           {"Mayo", "Mayo", "IE", "IRL"}});
    GazetteerBuilder b;
    Diagnostics diags;
    geo::read_natural_earth_places(path, b, diags);
    auto g = b.build();
    auto only = [&](const char* n) {
        auto found = g->lookup(fold_name(n));
        // The place's name when exactly one bears it, else how many do.
        return found.size() == 1 ? g->place(found[0]).name : std::to_string(found.size());
    };
    // ISO's "Xizang Zizhiqu" matches neither "Xizang" nor "Tibet Autonomous Region"; CLDR's "Tibet"
    // matches the latter without its type word.
    CHECK(only("Tibet") == "Tibet");
    CHECK(only("Xizang") == "Tibet");  // Natural Earth's name stays a name of it
    CHECK(only("East Kalimantan") == "East Kalimantan");
    CHECK(only("Kalimantan Timur") == "East Kalimantan");
    CHECK(only("Bavaria") == "Bavaria");
    CHECK(only("Bayern") == "Bavaria");
    CHECK(g->place(g->find_id("ne1:chn:xizang")).id == "ne1:chn:xizang");  // ids keep Natural Earth's name
    // An English word is no division's name ("Peter" in CLDR for Peterborough)...
    CHECK(g->lookup(fold_name("Peter")).empty());
    CHECK(only("Peterborough") == "Peterborough");
    // ...nor are translations of the word ISO gives a division CLDR calls by its own name
    // (ISO "Coast", Georgian სანაპირო, for Tanzania's Pwani).
    CHECK(g->lookup(fold_name("სანაპირო")).empty());
    // Two divisions of one ISO name (Azerbaijan's Naxçıvan, the republic and the city): neither
    // takes either's English name.
    CHECK(only("Naxçıvan") == "Naxçıvan");
    // CLDR's names in the other languages, where iso-codes has none (Armenian) or another form.
    CHECK(only("Тибетский автономный район") == "Tibet");
    CHECK(only("Տիբեթի ինքնավար շրջան") == "Tibet");
    CHECK(only("Kalimantan oriental") == "East Kalimantan");
    CHECK(only("Мейо") == "Mayo");
    // ...but none with an English type word: "Mayo County Council" is no longer name than "Mayo".
    CHECK(g->lookup(fold_name("Mayo County")).empty());
    CHECK(g->lookup(fold_name("County Mayo")).empty());
    fs::remove_all(dir);
}
