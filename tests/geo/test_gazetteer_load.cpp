// Loading the gazetteer the app uses: Natural Earth places, the compiled cache, and its rebuild
// when a source changes or the cache file is damaged.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "places/gazetteer_fixture.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "placeline/geo/natural_earth_places.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

void write_cities(const std::string& path, bool with_gyumri) {
    std::ofstream f(path, std::ios::binary);
    auto row = [&](const char* id, const char* name, const char* alt, const char* lat, const char* lon, const char* code,
                   const char* cc, const char* pop) {
        f << id << '\t' << name << '\t' << name << '\t' << alt << '\t' << lat << '\t' << lon << "\tP\t" << code << '\t'
          << cc << "\t\t01\t\t\t\t" << pop << "\t\t1000\tAsia/Baku\t2020-01-01\n";
    };
    row("146970", "Xankandi", "Stepanakert,Khankendi", "39.8177", "46.7528", "PPL", "AZ", "53100");
    if (with_gyumri) row("616635", "Gyumri", "Leninakan", "40.7942", "43.84528", "PPLA", "AM", "148381");
}

size_t count_containing(const Diagnostics& d, const std::string& what) {
    size_t n = 0;
    for (const auto& x : d.snapshot()) n += x.message.find(what) != std::string::npos;
    return n;
}

}  // namespace

TEST_CASE("Natural Earth countries and regions become places with points inside them") {
    GazetteerBuilder b;
    Diagnostics diags;
    geo::read_natural_earth_places(geodata_path("region.gpkg"), b, diags);
    auto g = b.build();
    PlaceIndex am = g->find_id("ne:AM");
    REQUIRE(am != no_place);
    const Place& p = g->place(am);
    CHECK(p.kind == PlaceKind::country);
    CHECK(p.country == "AM");
    // Armenia lies within lon 43.4..46.7, lat 38.8..41.4: the point on surface is inside.
    CHECK(p.point.lon > 43.4);
    CHECK(p.point.lon < 46.7);
    CHECK(p.point.lat > 38.8);
    CHECK(p.point.lat < 41.4);
    PlaceIndex syunik = g->find_id("ne1:arm:syunik");
    REQUIRE(syunik != no_place);
    CHECK(g->facts(syunik).kind == PlaceKind::admin1);
    CHECK(g->find_by_name("Syunik'i Marz") == std::vector<PlaceIndex>{syunik});  // gn_name too
}

TEST_CASE("the compiled gazetteer is cached, reused, and rebuilt when a source changes") {
    std::string dir = test::temp_dir("cache");
    geo::GazetteerSources s;
    s.geonames = dir + "/cities.txt";
    s.curated = {geodata_path("places.tsv"), geodata_path("supplement.tsv")};
    s.cache = dir + "/g.idx";
    write_cities(s.geonames, false);

    Diagnostics first;
    auto a = geo::load_gazetteer(s, first);
    CHECK_FALSE(a->memory_mapped());
    CHECK(fs::exists(s.cache));
    CHECK(a->find_by_name("Stepanakert").size() == 1);
    CHECK(a->place(a->find_id("gn:146970")).name == "Stepanakert");  // the curated English name

    Diagnostics second;
    auto b = geo::load_gazetteer(s, second);
    CHECK(b->memory_mapped());
    CHECK(second.size() == 0);
    CHECK(b->size() == a->size());

    // A changed source makes the cache stale: noted, compiled again, with the new place.
    write_cities(s.geonames, true);
    Diagnostics third;
    auto c = geo::load_gazetteer(s, third);
    CHECK_FALSE(c->memory_mapped());
    CHECK(count_containing(third, "compiling it again") == 1);
    CHECK(c->find_id("gn:616635") != no_place);

    // A truncated cache is never trusted.
    fs::resize_file(s.cache, fs::file_size(s.cache) / 2);
    Diagnostics fourth;
    auto d = geo::load_gazetteer(s, fourth);
    CHECK(count_containing(fourth, "truncated") == 1);
    CHECK(d->find_id("gn:616635") != no_place);
    Diagnostics fifth;
    CHECK(geo::load_gazetteer(s, fifth)->memory_mapped());  // and the rebuilt one is good again
    fs::remove_all(dir);
}

TEST_CASE("--gazetteer takes a curated list as well as a GeoNames file") {
    std::string dir = test::temp_dir("curated");
    std::string list = dir + "/mine.tsv";
    std::ofstream(list) << "id\tname\tkind\tcountry\tlat\tlon\tnames\tline\tschematic\tsource\n"
                           "pl:atlantis\tAtlantis\tcity\t\t10\t20\tPoseidonia@en\t\tno\tmade up for a test\n";
    auto s = geo::gazetteer_sources_for(list);
    CHECK(s.geonames.empty());
    CHECK(s.cache.empty());
    Diagnostics diags;
    auto g = geo::load_gazetteer(s, diags);
    CHECK(g->find_by_name("Poseidonia") == std::vector<PlaceIndex>{g->find_id("pl:atlantis")});
    CHECK(g->find_id("pl:lachin-corridor") != no_place);  // the embedded lists stay
    fs::remove_all(dir);
}
