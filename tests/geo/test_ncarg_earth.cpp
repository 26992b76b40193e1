// Lakes, inland seas and islands from NCAR Graphics' Earth..4 database: the two files read, the
// areas' outline segments closed into polygons, and which areas become places of which kind.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include <sys/stat.h>

#include "places/gazetteer_fixture.hpp"
#include "placeline/geo/ncarg_earth.hpp"
#include "placeline/geo/shape_ref.hpp"
#include "placeline/places/names.hpp"

using namespace placeline;

namespace {

struct Seg {
    int left, right;
    std::vector<LonLat> points;
};

void put_int(std::string& b, int32_t v) {
    uint32_t u = static_cast<uint32_t>(v);
    for (int k = 0; k < 4; ++k) b.push_back(static_cast<char>((u >> (8 * k)) & 0xff));
}
void put_float(std::string& b, float f) {
    int32_t v;
    std::memcpy(&v, &f, sizeof v);
    put_int(b, v);
}

// Laid out as Earth..4.lines: count of floats, level, left, right, a box, lat-lon pairs; a zero
// record at the end.
std::string lines_file(const std::vector<Seg>& segs) {
    std::string b;
    for (const Seg& s : segs) {
        put_int(b, int32_t(s.points.size() * 2));
        put_int(b, 1);
        put_int(b, s.left);
        put_int(b, s.right);
        for (int k = 0; k < 4; ++k) put_float(b, 0);
        for (const LonLat& p : s.points) put_float(b, float(p.lat)), put_float(b, float(p.lon));
    }
    for (int k = 0; k < 4; ++k) put_int(b, 0);
    return b;
}

// Laid out as Earth..4.names: id, level, colour, parent, the name's length, the name.
std::string names_file(const std::vector<geo::EarthArea>& areas) {
    std::string s;
    for (const auto& a : areas) {
        for (size_t n : {size_t(a.id), size_t(a.level), size_t(a.colour), size_t(a.parent), a.name.size()})
            s.append(" ").append(std::to_string(n));
        s.append(" ").append(a.name);
    }
    return s;
}

void write(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::vector<LonLat> box(double lon0, double lat0, double lon1, double lat1) {
    return {{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}, {lon0, lat0}};
}

// Land and water, an ocean and a group of lakes, a continent with two countries A and B.
const std::vector<geo::EarthArea> areas = {
    {1, 1, 2, 0, "Land"},         {2, 1, 1, 0, "Water"},
    {3, 2, 1, 2, "Ocean"},        {4, 2, 1, 2, "Test Lakes"},
    {5, 2, 1, 4, "Lake Test"},    {6, 2, 6, 1, "Testland"},
    {7, 3, 3, 6, "A"},            {8, 3, 4, 6, "B"},
    {9, 3, 3, 7, "Sicilia (Trinacria)"},  // an island of A, 2x2 degrees
    {10, 3, 3, 7, "Kos (island)"},        // a note in brackets, no name
    {11, 3, 3, 7, "Tiny"},                // one word, too small for a bare name
    {12, 3, 3, 7, "Tiny Island"},         // typed: found at that size
    {13, 3, 3, 7, "Borneo"},              // one island, two countries
    {14, 3, 4, 8, "Borneo"},
    {20, 4, 5, 7, "Ridge"},               // a part of A with land around it: no island
    {21, 4, 5, 7, "Alpha"},               // a state that is an island, with two counties
    {22, 5, 5, 21, "Alpha"},              // the county of the state's name borders Beta: no island
    {23, 5, 5, 21, "Beta"},
    {24, 3, 3, 7, "Katherine"},           // a given name
    {30, 3, 3, 7, "(Notes)"},
    {31, 3, 3, 7, "Levu"},                // cut at the antimeridian, as the file does
    {32, 3, 3, 7, "Long Island"},         // two islands of one name, far apart
    {33, 3, 4, 8, "Long Island"},
};

std::vector<Seg> segments() {
    return {
        {7, 5, box(2, 2, 4, 4)},                              // Lake Test inside A
        {3, 9, box(-5, 0, -3, 2)},                            // Sicilia
        {3, 10, box(-10, 0, -8, 2)},                          // Kos
        {3, 11, box(-20, 0, -19.9, 0.1)},                     // Tiny, about 120 km2
        {3, 12, box(-21, 0, -20.9, 0.1)},                     // Tiny Island
        {3, 13, {{32, 0}, {30, 0}, {30, 2}, {32, 2}}},        // Borneo, A's part...
        {13, 14, {{32, 2}, {32, 0}}},                         // ...the border...
        {3, 14, {{32, 0}, {34, 0}, {34, 2}, {32, 2}}},        // ...and B's part
        {7, 20, box(5, 5, 6, 6)},                             // Ridge
        {3, 22, {{42, 0}, {40, 0}, {40, 2}, {42, 2}}},        // county Alpha...
        {22, 23, {{42, 2}, {42, 0}}},                         // ...beside Beta
        {3, 23, {{42, 0}, {44, 0}, {44, 2}, {42, 2}}},        // Beta
        {3, 24, box(50, 0, 52, 2)},                           // Katherine
        {3, 30, box(60, 0, 62, 2)},
        {3, 7, box(0, 0, 10, 10)},                            // A's coast
        {3, 31, {{180, -16}, {178, -16}, {178, -17}, {180, -17}}},
        {3, 31, {{-180, -17}, {-179, -17}, {-179, -16}, {-180, -16}}},
        {3, 32, box(70, 0, 71, 1)},
        {3, 33, box(80, 0, 83, 2)},
    };
}

}  // namespace

TEST_CASE("the NCAR Earth..4 files are read: names by their length, outlines as lat-lon records") {
    std::string dir = test::temp_dir("earth-read");
    Diagnostics diags;
    write(dir + "/n", names_file(areas));
    write(dir + "/l", lines_file(segments()));
    auto names = geo::read_earth_names(dir + "/n", diags);
    REQUIRE(names.size() == areas.size());
    CHECK(names[8].name == "Sicilia (Trinacria)");
    CHECK(names[8].parent == 7);
    CHECK(names[8].level == 3);
    auto lines = geo::read_earth_lines(dir + "/l", diags);
    REQUIRE(lines.size() == segments().size());
    CHECK(lines[5].left == 3);
    CHECK(lines[5].right == 13);
    CHECK(lines[5].points.size() == 4);
    CHECK(lines[5].points[1].lon == doctest::Approx(30));
    CHECK(lines[5].points[1].lat == doctest::Approx(0));
    CHECK(diags.snapshot().empty());
}

TEST_CASE("a damaged NCAR Earth..4 file is reported with the byte where it goes wrong") {
    std::string dir = test::temp_dir("earth-bad");
    Diagnostics diags;
    write(dir + "/n", " 1 1 2 0 4 Land 2 1 1 x 5 Water");
    CHECK(geo::read_earth_names(dir + "/n", diags).size() == 1);
    std::string lines = lines_file(segments());
    write(dir + "/l", lines.substr(0, 40));  // cut inside the first record
    CHECK(geo::read_earth_lines(dir + "/l", diags).empty());
    auto said = diags.snapshot();
    REQUIRE(said.size() == 2);
    CHECK(said[0].message.find("byte 16") != std::string::npos);
    CHECK(said[1].message.find("byte 0") != std::string::npos);
    CHECK(geo::read_earth_names(dir + "/missing", diags).empty());
    CHECK(diags.snapshot().size() == 3);
    // A folder or a FIFO in the file's place is refused, never waited on.
    CHECK(geo::read_earth_lines(dir, diags).empty());
    REQUIRE(::mkfifo((dir + "/fifo").c_str(), 0600) == 0);
    CHECK(geo::read_earth_names(dir + "/fifo", diags).empty());
    auto all = diags.snapshot();
    REQUIRE(all.size() == 5);
    CHECK(all[3].message.find("folder") != std::string::npos);
    CHECK(all[4].message.find("FIFO") != std::string::npos);
}

TEST_CASE("lakes and islands of the NCAR outlines become places with a point inside their shape") {
    GazetteerBuilder b;
    Diagnostics diags;
    std::vector<geo::EarthSegment> segs;
    for (const Seg& s : segments()) segs.push_back({1, s.left, s.right, s.points});
    geo::add_earth_places(areas, segs, b, diags, {"katherine"});
    auto g = b.build();

    auto lake = g->lookup(fold_name("Lake Test"));
    REQUIRE(lake.size() == 1);
    const Place& l = g->place(lake[0]);
    CHECK(l.kind == PlaceKind::water);
    CHECK(l.id == "nce:5");
    CHECK(l.point.lon == doctest::Approx(3));
    CHECK(l.point.lat == doctest::Approx(3));
    // The world ocean and a group of lakes are no places.
    CHECK(g->lookup(fold_name("Ocean")).empty());
    CHECK(g->lookup(fold_name("Test Lakes")).empty());

    // Both spellings of a bracketed name; a lower-case note is none.
    auto sicilia = g->lookup(fold_name("Trinacria"));
    REQUIRE(sicilia.size() == 1);
    CHECK(g->place(sicilia[0]).name == "Sicilia");
    CHECK(g->place(sicilia[0]).kind == PlaceKind::landmark);
    CHECK(g->lookup(fold_name("Sicilia")).size() == 1);
    CHECK(g->lookup(fold_name("Kos")).size() == 1);
    CHECK(g->lookup(fold_name("island")).empty());

    // A small island by its typed name only.
    CHECK(g->lookup(fold_name("Tiny")).empty());
    CHECK(g->lookup(fold_name("Tiny Island")).size() == 1);

    // One Borneo of two countries' parts, its point inside the whole, on the border between them.
    auto borneo = g->lookup(fold_name("Borneo"));
    REQUIRE(borneo.size() == 1);
    CHECK(g->place(borneo[0]).id == "nce:13");
    CHECK(g->place(borneo[0]).point.lon == doctest::Approx(32));
    CHECK(g->place(borneo[0]).point.lat == doctest::Approx(1));

    // Land beside it: not an island. The state is one; its county of the same name is not.
    CHECK(g->lookup(fold_name("Ridge")).empty());
    auto alpha = g->lookup(fold_name("Alpha"));
    REQUIRE(alpha.size() == 1);
    CHECK(g->place(alpha[0]).id == "nce:21");
    CHECK(g->lookup(fold_name("Beta")).empty());
    // A given name alone is a person far more often; a country and a bracketed note are no islands.
    CHECK(g->lookup(fold_name("Katherine")).empty());
    CHECK(g->lookup(fold_name("A")).empty());
    CHECK(g->lookup(fold_name("Notes")).empty());
    // An island across the antimeridian closes, its point on its main part, in -180..180.
    auto levu = g->lookup(fold_name("Levu"));
    REQUIRE(levu.size() == 1);
    CHECK(g->place(levu[0]).point.lon == doctest::Approx(179.5));
    CHECK(g->place(levu[0]).point.lat == doctest::Approx(-16.5));
    // Two islands of one name are one place, at the larger.
    auto long_island = g->lookup(fold_name("Long Island"));
    REQUIRE(long_island.size() == 1);
    CHECK(g->place(long_island[0]).point.lon == doctest::Approx(81.5));
}

TEST_CASE("an island named in the corpus is drawn as its NCAR outline, a lake is left to the water polygons") {
    std::string dir = test::temp_dir("earth-shapes");
    write(dir + "/" + geo::earth_names_file, names_file(areas));
    write(dir + "/" + geo::earth_lines_file, lines_file(segments()));
    const std::string names = dir + "/" + geo::earth_names_file;
    Diagnostics diags;
    geo::ShapeIndex index;
    geo::add_earth_shapes(names, {"nce:13", "nce:5", "ne:AM", "nce:20"}, index, diags);
    REQUIRE(index.size() == 1);  // Borneo; not the lake, another source's id or a part that is no island
    const geo::ShapeRef& ref = index.at("nce:13");
    CHECK(ref.source == names);
    CHECK(ref.layer == geo::earth_shapes_layer);
    CHECK(ref.fid == 13);
    geo::Layer shapes = geo::read_shapes({ref, geo::ShapeRef{names, geo::earth_shapes_layer, 999}}, diags);
    REQUIRE(shapes.features.size() == 2);
    const geo::Feature& borneo = shapes.features[0];
    CHECK(borneo.type == geo::GeometryType::polygon);
    REQUIRE(borneo.polygons.size() == 1);
    CHECK(borneo.polygons[0].rings.front().size() == 7);  // both parts' coasts, the border between them gone
    CHECK(shapes.bounds.min_x == doctest::Approx(30));
    CHECK(shapes.bounds.max_x == doctest::Approx(34));
    CHECK(shapes.features[1].type == geo::GeometryType::none);  // no such place: a point, said once
    CHECK(diags.snapshot().size() == 1);
    // Of two islands of one name the map draws the larger, where the place's point is.
    geo::ShapeIndex long_index;
    geo::add_earth_shapes(names, {"nce:32"}, long_index, diags);
    REQUIRE(long_index.size() == 1);
    geo::Layer long_shape = geo::read_shapes({long_index.at("nce:32")}, diags);
    REQUIRE(long_shape.features.size() == 1);
    CHECK(long_shape.features[0].polygons.size() == 1);
    CHECK(long_shape.bounds.min_x == doctest::Approx(80));
    // Nothing named of this source: the files are not even read.
    geo::ShapeIndex none;
    geo::add_earth_shapes(dir + "/missing", {"ne:AM"}, none, diags);
    CHECK(none.empty());
    CHECK(diags.snapshot().size() == 1);
}
