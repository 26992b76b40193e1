// The gazetteer: building and merging, the compiled image, the cache on disk, the GeoNames reader.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstring>
#include <filesystem>
#include <span>
#include <string>
#include <vector>
#include <fstream>

#include "places/gazetteer_fixture.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/places/gazetteer_cache.hpp"
#include "placeline/places/names.hpp"
#include "places/gazetteer_image.hpp"  // the header's fields, to damage an image in place

using namespace placeline;
using test::make_place;
namespace fs = std::filesystem;

namespace {

std::shared_ptr<const Gazetteer> two_places() {
    GazetteerBuilder b;
    b.add(make_place("gn:146970", "Xankandi", PlaceKind::city, "AZ", 39.8177, 46.7528, 53100,
                     {"Stepanakert", "Khankendi", "Степанакерт"}, "PPL"));
    b.add(make_place("gn:616635", "Gyumri", PlaceKind::admin_seat, "AM", 40.7942, 43.84528, 148381, {"Leninakan"}, "PPLA"));
    return b.build(nullptr, "test stamp");
}

}  // namespace

TEST_CASE("a built gazetteer finds places by any spelling and by id") {
    auto g = two_places();
    REQUIRE(g->size() == 2);
    PlaceIndex x = g->find_id("gn:146970");
    REQUIRE(x != no_place);
    CHECK(g->find_id("gn:1") == no_place);
    CHECK(g->find_by_name("stepanakert") == std::vector<PlaceIndex>{x});
    CHECK(g->find_by_name("Степанакерт") == std::vector<PlaceIndex>{x});
    CHECK(g->find_by_name("Leninakan") == std::vector<PlaceIndex>{g->find_id("gn:616635")});
    CHECK(g->facts(x).country_code() == "AZ");
    CHECK(g->facts(x).feature_code() == "PPL");
    CHECK(g->facts(x).population == 53100);
    const Place& p = g->place(x);
    CHECK(p.name == "Xankandi");
    CHECK(&g->place(x) == &p);  // built once, kept
    CHECK(p.names.size() == 4);  // the canonical name is among them
    CHECK(g->stamp() == "test stamp");
    CHECK_FALSE(g->memory_mapped());
}

TEST_CASE("a curated row merges into the place a bulk source gave") {
    GazetteerBuilder b;
    b.add(make_place("gn:146970", "Xankandi", PlaceKind::city, "AZ", 39.8177, 46.7528, 53100, {"Khankendi"}));
    Place curated = make_place("gn:146970", "Stepanakert", PlaceKind::admin_seat, "", 0, 0, 0, {"Ստեփանակերտ"});
    curated.curated = true;
    b.merge(curated);
    REQUIRE(b.size() == 1);
    auto g = b.build();
    const Place& p = g->place(0);
    CHECK(p.name == "Stepanakert");            // the curated English name
    CHECK(p.kind == PlaceKind::admin_seat);
    CHECK(p.country == "AZ");                  // kept: the row left it empty
    CHECK(p.point.lat == doctest::Approx(39.8177));  // the bulk source's coordinates stay
    CHECK(p.curated);
    CHECK(g->find_by_name("Xankandi") == std::vector<PlaceIndex>{0});  // the old name stays a variant
    CHECK(g->find_by_name("Ստեփանակերտ") == std::vector<PlaceIndex>{0});
}

TEST_CASE("multi-word names mark their prefixes so the matcher can read on") {
    GazetteerBuilder b;
    b.add(make_place("pl:nk", "Nagorno-Karabakh", PlaceKind::region, "AZ", 39.9, 46.8));
    auto g = b.build();
    const KeyEntry* prefix = g->find_key(key_hash("nagorno"), "nagorno");
    REQUIRE(prefix);
    CHECK(prefix->postings_count == 0);
    CHECK((prefix->flags & KeyEntry::is_prefix) != 0);
    const KeyEntry* full = g->find_key(key_hash("nagorno karabakh"), "nagorno karabakh");
    REQUIRE(full);
    CHECK(full->postings_count == 1);
    CHECK(g->max_words() == 2);
}

TEST_CASE("the cache round-trips through a memory mapping and refuses stale or broken files") {
    std::string dir = test::temp_dir("cache");
    std::string path = dir + "/g.idx";
    auto g = two_places();
    REQUIRE(save_gazetteer(*g, path).empty());
    std::string why;
    auto mapped = open_cached_gazetteer(path, "test stamp", why);
    REQUIRE_MESSAGE(mapped, why);
    CHECK(mapped->memory_mapped());
    CHECK(mapped->find_by_name("Khankendi") == g->find_by_name("Khankendi"));
    CHECK(mapped->place(mapped->find_id("gn:616635")).name == "Gyumri");

    CHECK_FALSE(open_cached_gazetteer(path, "other sources", why));
    CHECK(why.find("other sources") != std::string::npos);

    CHECK_FALSE(open_cached_gazetteer(dir + "/absent.idx", "test stamp", why));
    CHECK(why.empty());  // no file is no error

    // Truncated: the size in the header no longer matches.
    fs::copy_file(path, dir + "/short.idx");
    fs::resize_file(dir + "/short.idx", fs::file_size(path) - 100);
    CHECK_FALSE(open_cached_gazetteer(dir + "/short.idx", "test stamp", why));
    CHECK(why.find("truncated") != std::string::npos);

    // One flipped byte in the body: the checksum catches it.
    fs::copy_file(path, dir + "/bad.idx");
    {
        std::fstream f(dir + "/bad.idx", std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(fs::file_size(path) / 2));
        char c = 0;
        f.read(&c, 1);
        f.seekp(static_cast<std::streamoff>(fs::file_size(path) / 2));
        c = static_cast<char>(c ^ 0x5a);
        f.write(&c, 1);
    }
    CHECK_FALSE(open_cached_gazetteer(dir + "/bad.idx", "test stamp", why));
    CHECK(why.find("damaged") != std::string::npos);

    // Not an image at all.
    std::ofstream(dir + "/text.idx") << "hello";
    CHECK_FALSE(open_cached_gazetteer(dir + "/text.idx", "test stamp", why));
    CHECK_FALSE(why.empty());
    fs::remove_all(dir);
}

namespace {

// An image's checksum made to fit its bytes again after a record was damaged: the checksum then
// passes, and only the offset checks stand between the record and the lookups.
void refit_checksum(std::vector<char>& bytes) {
    ImageHeader h;
    std::memcpy(&h, bytes.data(), sizeof h);
    h.checksum = image_checksum(std::as_bytes(std::span(bytes)).subspan(sizeof h));
    std::memcpy(bytes.data(), &h, sizeof h);
}

// Every read that the matcher, the resolver and the views make of a gazetteer, over every place
// and key of it: each string it gives lies inside the image, each place index is below the count
// and each line no longer than the image's points. Returns how many did not (a read outside the
// image is also an error under AddressSanitizer, which the CI's second run uses).
size_t reads_outside(const Gazetteer& g, const std::vector<char>& image, const ImageHeader& h) {
    const char* begin = image.data();
    const char* end = begin + image.size();
    auto inside = [&](std::string_view s) { return s.empty() || (s.data() >= begin && s.data() + s.size() <= end); };
    size_t outside = 0;
    for (PlaceIndex i = 0; i < g.size(); ++i) {
        outside += !inside(g.id(i)) + !inside(g.name(i));
        for (size_t k = 0; k < g.spelling_count(i); ++k) outside += !inside(g.spelling(i, k));
        outside += !inside(g.spelling(i, g.spelling_count(i)));  // one past the last: ""
        if (const KeyEntry* key = g.name_key(i)) outside += !inside(g.key_text(*key));
        outside += g.place(i).line.size() > h.line_point_count;
        const PlaceIndex found = g.find_id(g.id(i));
        outside += found != no_place && found >= g.size();
        (void)g.in_country(g.facts(i).country_code());
    }
    for (const KeyEntry& e : g.keys()) {
        outside += !inside(g.key_text(e));
        for (PlaceIndex p : g.postings(e)) outside += p >= g.size();
        for (PlaceIndex p : g.lookup(g.key_text(e))) outside += p >= g.size();
    }
    // A search from every slot of the names' table (the hash picks the first slot), and from many
    // of the ids' table: each follows what the slots hold.
    const KeyEntry* keys_end = g.keys().data() + g.keys().size();
    for (uint64_t s = 0; s < h.slot_count; ++s)
        if (const KeyEntry* e = g.find_key(s, "x")) outside += e < g.keys().data() || e >= keys_end;
    for (int n = 0; n < 64 * int(h.id_slot_count); ++n) {
        const PlaceIndex found = g.find_id("probe " + std::to_string(n));
        outside += found != no_place && found >= g.size();
    }
    for (PlaceIndex p : g.find_by_name("nowhere at all")) outside += p >= g.size();
    return outside;
}

// An image's bytes, with a 32-bit field of one record overwritten and the checksum made to fit
// again, so that only the offset checks stand between the record and the lookups.
struct ImageBytes {
    std::vector<char> bytes;
    ImageHeader h;
    explicit ImageBytes(const Gazetteer& g) {
        auto image = g.image();
        bytes.assign(reinterpret_cast<const char*>(image.data()), reinterpret_cast<const char*>(image.data()) + image.size());
        std::memcpy(&h, bytes.data(), sizeof h);
    }
    std::vector<char> damaged(uint64_t section, size_t record_bytes, uint32_t record, size_t field_offset, uint32_t value) const {
        std::vector<char> bad = bytes;
        std::memcpy(bad.data() + section + uint64_t(record) * record_bytes + field_offset, &value, 4);
        refit_checksum(bad);
        return bad;
    }
    // Opens the image with the field at `record`'s `field_offset` (bytes into the record) set to
    // `value`, checked whole; returns the reason it was refused, or "" if it was not.
    std::string refusal(uint64_t section, size_t record_bytes, uint32_t record, size_t field_offset, uint32_t value) const {
        std::vector<char> bad = damaged(section, record_bytes, record, field_offset, value);
        std::string why;
        return Gazetteer::from_image(std::as_bytes(std::span(bad)), nullptr, false, why, true) ? std::string() : why;
    }
    // The same image opened as a sealed one is (no whole checks): how many reads left it, or
    // SIZE_MAX when it did not open.
    size_t sealed_reads_outside(uint64_t section, size_t record_bytes, uint32_t record, size_t field_offset,
                                uint32_t value) const {
        std::vector<char> bad = damaged(section, record_bytes, record, field_offset, value);
        std::string why;
        auto g = Gazetteer::from_image(std::as_bytes(std::span(bad)), nullptr, false, why, false);
        return g ? reads_outside(*g, bad, h) : SIZE_MAX;
    }
};

}  // namespace

// The offsets are checked whole once per image, with the checksum, before the cache seals it: an
// index pointing outside its section is refused then, even with a checksum that fits. A sealed
// image (neither check again) opens, and its readers never follow the index outside.
TEST_CASE("an image whose slot, posting or id slot points outside its section is refused, and never followed") {
    ImageBytes image(*two_places());
    const ImageHeader& h = image.h;
    // An index array is a section of 4-byte records of one field.
    auto refused_with = [&](uint64_t section, uint32_t count, uint32_t value) {
        REQUIRE(count > 0);
        for (uint32_t at : {0u, count / 2, count - 1}) {  // first, middle and last of the section
            CAPTURE(section);
            CAPTURE(at);
            CHECK(image.refusal(section, 4, at, 0, value).find("offsets outside") != std::string::npos);
            CHECK(image.sealed_reads_outside(section, 4, at, 0, value) == 0);
        }
    };
    refused_with(h.off_postings, h.posting_count, h.place_count);     // a place past the last
    refused_with(h.off_slots, h.slot_count, h.key_count + 1);          // a key past the last (key_count: empty)
    refused_with(h.off_id_slots, h.id_slot_count, h.place_count + 1);  // a place past the last
    // The largest index there is, in each.
    refused_with(h.off_postings, h.posting_count, UINT32_MAX);
    refused_with(h.off_slots, h.slot_count, UINT32_MAX);
    refused_with(h.off_id_slots, h.id_slot_count, UINT32_MAX);
}

// A damaged table may have no empty slot, which a search stops at: it goes once round, no more.
TEST_CASE("a name or id table with no empty slot is searched once round, not for ever") {
    ImageBytes image(*two_places());
    std::vector<char>& bytes = image.bytes;
    const ImageHeader& h = image.h;
    const uint32_t first = 1;  // every slot: the first key, the first place
    for (uint32_t s = 0; s < h.slot_count; ++s) std::memcpy(bytes.data() + h.off_slots + 4 * uint64_t(s), &first, 4);
    for (uint32_t s = 0; s < h.id_slot_count; ++s) std::memcpy(bytes.data() + h.off_id_slots + 4 * uint64_t(s), &first, 4);
    std::string why;
    auto full = Gazetteer::from_image(std::as_bytes(std::span(bytes)), nullptr, false, why, false);
    REQUIRE_MESSAGE(full, why);
    CHECK(full->lookup("nowhere at all").empty());
    CHECK(full->find_id("gn:1") == no_place);
    CHECK(full->find_id(full->id(0)) == 0);
}

namespace {

// Every field of the place, name and key records that the lookups follow, past its end: each is
// refused when the image is checked whole, and never followed when it is opened sealed; in the
// first, a middle and the last record. `read_sealed` false leaves out the sealed reads, each of
// which reads every place and key (the readers' checks do not depend on the image's size).
void records_pointing_outside_are_refused(const Gazetteer& g, bool read_sealed = true) {
    ImageBytes image(g);
    const ImageHeader& h = image.h;
    REQUIRE(h.place_count > 0);
    REQUIRE(h.name_count > 0);
    REQUIRE(h.key_count > 0);
    const uint32_t pool = uint32_t(h.pool_bytes);
    struct Field {
        const char* what;
        uint64_t section;
        size_t record_bytes;
        uint32_t records;
        size_t offset;
        uint32_t value;
    };
    const Field fields[] = {
        {"a place's id", h.off_places, sizeof(PlaceRecord), h.place_count, offsetof(PlaceRecord, id), pool},
        {"a place's name", h.off_places, sizeof(PlaceRecord), h.place_count, offsetof(PlaceRecord, name), pool},
        {"a place's source", h.off_places, sizeof(PlaceRecord), h.place_count, offsetof(PlaceRecord, source), UINT32_MAX},
        {"a place's first name", h.off_places, sizeof(PlaceRecord), h.place_count, offsetof(PlaceRecord, names_first),
         h.name_count + 1},
        {"a place's name count", h.off_places, sizeof(PlaceRecord), h.place_count, offsetof(PlaceRecord, names_count),
         h.name_count + 1},
        {"a place's line count", h.off_places, sizeof(PlaceRecord), h.place_count, offsetof(PlaceRecord, line_count),
         h.line_point_count + 1},
        {"a place's name key", h.off_places, sizeof(PlaceRecord), h.place_count, offsetof(PlaceRecord, name_key),
         h.key_count},
        {"a spelling's text", h.off_names, sizeof(NameRecord), h.name_count, offsetof(NameRecord, text), pool},
        {"a spelling's language", h.off_names, sizeof(NameRecord), h.name_count, offsetof(NameRecord, lang), UINT32_MAX},
        {"a key's text", h.off_keys, sizeof(KeyEntry), h.key_count, offsetof(KeyEntry, text), pool},
        {"a key's length", h.off_keys, sizeof(KeyEntry), h.key_count, offsetof(KeyEntry, length), pool},
        {"a key's first posting", h.off_keys, sizeof(KeyEntry), h.key_count, offsetof(KeyEntry, postings_first),
         h.posting_count + 1},
        {"a key's posting count", h.off_keys, sizeof(KeyEntry), h.key_count, offsetof(KeyEntry, postings_count),
         UINT32_MAX},
    };
    for (const Field& f : fields)
        for (uint32_t at : {0u, f.records / 2, f.records - 1}) {
            CAPTURE(f.what);
            CAPTURE(at);
            CHECK(image.refusal(f.section, f.record_bytes, at, f.offset, f.value).find("offsets outside") !=
                  std::string::npos);
            if (read_sealed) CHECK(image.sealed_reads_outside(f.section, f.record_bytes, at, f.offset, f.value) == 0);
        }
    // The image itself, untouched, opens: the checks refuse only what leaves it.
    std::string why;
    CHECK_MESSAGE(Gazetteer::from_image(std::as_bytes(std::span(image.bytes)), nullptr, false, why, true), why);
}

}  // namespace

TEST_CASE("an image whose place, spelling or key record points outside its section is refused") {
    records_pointing_outside_are_refused(*two_places());
}

// A world image is checked in stretches of a few megabytes on all cores: a bad offset in any
// stretch, the last of a section included, is refused all the same.
TEST_CASE("a large image checked in stretches on the cores refuses a bad offset in any of them") {
    GazetteerBuilder b;
    constexpr int places = 60000;  // 4.8 MB of place records: two stretches of places
    b.reserve_more(places);
    for (int i = 0; i < places; ++i)
        b.add(make_place("t:" + std::to_string(i), "Place " + std::to_string(i), PlaceKind::village, "AM", 40.0, 44.0));
    auto g = b.build(nullptr, "test stamp");
    REQUIRE(g->size() == size_t(places));
    records_pointing_outside_are_refused(*g, false);
    ImageBytes image(*g);
    const ImageHeader& h = image.h;
    for (uint32_t at : {0u, h.slot_count / 2, h.slot_count - 1})
        CHECK(image.refusal(h.off_slots, 4, at, 0, h.key_count + 1).find("offsets outside") != std::string::npos);
    for (uint32_t at : {0u, h.posting_count - 1})
        CHECK(image.refusal(h.off_postings, 4, at, 0, h.place_count).find("offsets outside") != std::string::npos);
}

// The checks read keys two to a vector and indexes 32 to a turn, with the records left over one
// by one: a bad record in either place of a pair, and in each of the last ones, is refused.
TEST_CASE("a bad key, place or index is refused at every place in the checks' vectors and after them") {
    GazetteerBuilder b;
    for (int i = 0; i < 45; ++i)
        b.add(make_place("t:" + std::to_string(i), "Place " + std::to_string(i), PlaceKind::village, "AM", 40.0, 44.0));
    auto g = b.build(nullptr, "test stamp");
    ImageBytes image(*g);
    const ImageHeader& h = image.h;
    auto every_place = [](uint32_t n, auto check) {
        for (uint32_t at = 0; at < n; ++at) {
            CAPTURE(at);
            check(at);
        }
    };
    every_place(h.key_count, [&](uint32_t at) {
        CHECK(image.refusal(h.off_keys, sizeof(KeyEntry), at, offsetof(KeyEntry, postings_count), UINT32_MAX) != "");
        CHECK(image.refusal(h.off_keys, sizeof(KeyEntry), at, offsetof(KeyEntry, length), uint32_t(h.pool_bytes)) != "");
    });
    every_place(h.place_count, [&](uint32_t at) {
        CHECK(image.refusal(h.off_places, sizeof(PlaceRecord), at, offsetof(PlaceRecord, line_count), h.line_point_count + 1) != "");
        CHECK(image.refusal(h.off_places, sizeof(PlaceRecord), at, offsetof(PlaceRecord, source), UINT32_MAX) != "");
    });
    every_place(h.posting_count, [&](uint32_t at) { CHECK(image.refusal(h.off_postings, 4, at, 0, h.place_count) != ""); });
}

TEST_CASE("the source stamp changes when a source changes") {
    std::string dir = test::temp_dir("stamp");
    std::string src = dir + "/src.txt";
    std::ofstream(src) << "one";
    std::string a = source_stamp({src});
    CHECK(a == source_stamp({src}));
    std::ofstream(src) << "three";
    CHECK(a != source_stamp({src}));
    CHECK(source_stamp({dir + "/none"}).find("absent") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("the GeoNames reader takes good rows and reports bad ones once, with line numbers") {
    std::string dir = test::temp_dir("geonames");
    std::string path = dir + "/cities.txt";
    auto row = [](const std::string& id, const std::string& name, const std::string& alt, const std::string& lat,
                  const std::string& lon, const std::string& code, const std::string& pop) {
        return id + "\t" + name + "\t" + name + "\t" + alt + "\t" + lat + "\t" + lon + "\tP\t" + code + "\tAM\t\t08\t\t\t\t" +
               pop + "\t\t1000\tAsia/Yerevan\t2020-01-01\n";
    };
    {
        std::ofstream f(path, std::ios::binary);
        f << row("174895", "Goris", "Geryusy,EVN,Горис,Գորիս", "39.51111", "46.34168", "PPL", "20379");  // line 1
        f << "616052\tYerevan\ttoo few columns\n";                                                   // line 2
        f << row("1", "Nowhere", "", "95.0", "10.0", "PPL", "600");                                     // line 3
        f << row("2", std::string("Bad\xff"), "", "40.0", "44.0", "PPL", "600");                        // line 4
        f << row("616052", "Yerevan", "Erevan", "40.18111", "44.51361", "PPLC", "1093485");             // line 5
    }
    GazetteerBuilder b;
    Diagnostics diags;
    read_geonames(path, b, diags);
    auto g = b.build();
    CHECK(g->size() == 2);
    auto d = diags.snapshot();
    REQUIRE(d.size() == 1);  // one summary
    CHECK(d[0].message.find("3 malformed rows") != std::string::npos);
    CHECK(d[0].message.find("2 (3 columns)") != std::string::npos);
    CHECK(d[0].message.find("3 (coordinates out of range)") != std::string::npos);
    CHECK(d[0].message.find("4 (not UTF-8)") != std::string::npos);
    PlaceIndex goris = g->find_id("gn:174895");
    REQUIRE(goris != no_place);
    CHECK(g->find_by_name("EVN").empty());  // airport codes are dropped
    CHECK(g->find_by_name("Горис") == std::vector<PlaceIndex>{goris});
    const Place& p = g->place(goris);
    bool cyrillic_tagged = false;
    for (const Name& n : p.names) cyrillic_tagged |= n.text == "Горис" && n.lang == "und-Cyrl";
    CHECK(cyrillic_tagged);
    CHECK(g->facts(g->find_id("gn:616052")).kind == PlaceKind::capital);
    CHECK(g->facts(goris).kind == PlaceKind::city);
    fs::remove_all(dir);
}

TEST_CASE("a missing GeoNames file is an error, not a crash") {
    GazetteerBuilder b;
    Diagnostics diags;
    read_geonames("/nonexistent/cities500.txt", b, diags);
    CHECK(b.size() == 0);
    REQUIRE(diags.size() == 1);
    CHECK(diags.snapshot()[0].severity == Severity::error);
}

TEST_CASE("the embedded default gazetteer has the corpus's curated places and their supplement") {
    Diagnostics diags;
    auto g = load_default_gazetteer(diags);
    CHECK(diags.size() == 0);
    for (const char* id : {"gn:146970", "pl:lachin-corridor", "pl:dadivank", "pl:amaras", "pl:kataro", "pl:hakari-bridge",
                           "pl:khtsaberd", "pl:hin-tagher", "pl:parukh", "pl:karaglukh", "pl:zangezur",
                           "pl:caspian-sea", "pl:zangezur-corridor", "pl:nakhchivan-ar"})
        CHECK_MESSAGE(g->find_id(id) != no_place, id);
    PlaceIndex corridor = g->find_id("pl:zangezur-corridor");
    CHECK(g->place(corridor).line.size() >= 2);
    CHECK(g->place(corridor).schematic);
    CHECK(g->find_by_name("NKAO") == std::vector<PlaceIndex>{g->find_id("pl:nagorno-karabakh")});
    for (PlaceIndex i = 0; i < g->size(); ++i) CHECK_MESSAGE(!g->place(i).source.empty(), g->id(i));
}

TEST_CASE("German's parts of countries are places on their side of the country (geodata/country-parts.tsv)") {
    GazetteerBuilder b;
    Diagnostics diags;
    read_curated_places(geodata_path("country-parts.tsv"), b, diags);
    CHECK(diags.size() == 0);
    auto g = b.build();
    auto one = [&](const char* name) -> const Place* {
        auto found = g->lookup(fold_name(name));
        return found.size() == 1 ? &g->place(found[0]) : nullptr;
    };
    const Place* south = one("Süddeutschland");
    REQUIRE(south);
    CHECK(south->country == "DE");
    CHECK(south->kind == PlaceKind::region);
    CHECK(south->point.lat < 49.5);  // Baden-Württemberg and Bavaria, not Germany's centre (51.1)
    const Place* north = one("Norddeutschland");
    REQUIRE(north);
    CHECK(north->point.lat > 52.5);
    const Place* east = one("Ostukraine");  // a country whose German name is its English one
    REQUIRE(east);
    CHECK(east->point.lon > 35.0);
    // Compounds that are names of their own are left to them: countries, and Northern Ireland.
    for (const char* name : {"Nordkorea", "Südafrika", "Nordirland", "Südsudan", "Nordmazedonien"})
        CHECK_MESSAGE(g->lookup(fold_name(name)).empty(), name);
    // The canonical name is no English phrase a text could mean otherwise ("Western Azerbaijan").
    CHECK(g->lookup(fold_name("Western Azerbaijan")).empty());
    CHECK(g->lookup(fold_name("Southern Germany")).empty());
    // Countries too large for a third of them to be one region have none.
    CHECK(g->lookup(fold_name("Nordrussland")).empty());
}
