// The compiled gazetteer's seal (src/places/gazetteer_cache.cpp): an image is checksummed whole
// the first time it is opened, and again whenever the file is another or was written since.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "placeline/places/gazetteer_cache.hpp"
#include "places/gazetteer_fixture.hpp"

using namespace placeline;
using test::make_place;
namespace fs = std::filesystem;

namespace {

std::shared_ptr<const Gazetteer> one_place() {
    GazetteerBuilder b;
    b.add(make_place("gn:616635", "Gyumri", PlaceKind::admin_seat, "AM", 40.7942, 43.84528, 148381, {"Leninakan"}));
    return b.build(nullptr, "seal stamp");
}

// Flips one byte in the middle of the file, in place (same inode), then sets its modification
// time to `when`.
void damage_in_place(const std::string& path, fs::file_time_type when) {
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        auto middle = static_cast<std::streamoff>(fs::file_size(path) / 2);
        char c = 0;
        f.seekg(middle);
        f.read(&c, 1);
        c = static_cast<char>(c ^ 0x5a);
        f.seekp(middle);
        f.write(&c, 1);
    }
    fs::last_write_time(path, when);
}

}  // namespace

TEST_CASE("an image checked once is sealed, and opened again without its time changing") {
    std::string dir = test::temp_dir("seal");
    std::string path = dir + "/gazetteer-1.idx", why;
    REQUIRE(save_gazetteer(*one_place(), path).empty());
    const auto written = fs::last_write_time(path);
    REQUIRE_MESSAGE(open_cached_gazetteer(path, "seal stamp", why), why);
    CHECK(fs::exists(path + ".checked"));
    auto again = open_cached_gazetteer(path, "seal stamp", why);
    REQUIRE_MESSAGE(again, why);
    CHECK(again->place(again->find_id("gn:616635")).name == "Gyumri");
    CHECK(fs::last_write_time(path) == written);  // the seal's time says when it was used
    fs::remove_all(dir);
}

TEST_CASE("a sealed image written since, or replaced, is checked whole again") {
    std::string dir = test::temp_dir("seal-damage");
    std::string path = dir + "/gazetteer-1.idx", why;
    REQUIRE(save_gazetteer(*one_place(), path).empty());
    REQUIRE(open_cached_gazetteer(path, "seal stamp", why));
    REQUIRE(fs::exists(path + ".checked"));

    // Written in place: its modification time is another, so the seal no longer fits.
    damage_in_place(path, fs::last_write_time(path) + std::chrono::seconds(5));
    CHECK_FALSE(open_cached_gazetteer(path, "seal stamp", why));
    CHECK(why.find("damaged") != std::string::npos);

    // Replaced by another file (another inode) that is damaged too.
    REQUIRE(save_gazetteer(*one_place(), path).empty());
    REQUIRE(open_cached_gazetteer(path, "seal stamp", why));
    fs::copy_file(path, dir + "/copy.idx");
    damage_in_place(dir + "/copy.idx", fs::last_write_time(path));
    fs::rename(dir + "/copy.idx", path);
    CHECK_FALSE(open_cached_gazetteer(path, "seal stamp", why));
    CHECK(why.find("damaged") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("eviction counts a seal's time as its image's last use and removes the seal with it") {
    std::string dir = test::temp_dir("seal-evict");
    auto image = [&](const std::string& name, int age_hours) {
        std::ofstream(dir + "/" + name) << std::string(1000, 'x');
        fs::last_write_time(dir + "/" + name, fs::file_time_type::clock::now() - std::chrono::hours(age_hours));
    };
    image("gazetteer-1.idx", 30);
    image("gazetteer-1.idx.checked", 1);  // written 30 hours ago, used an hour ago
    image("gazetteer-2.idx", 20);
    image("gazetteer-2.idx.checked", 20);
    image("gazetteer-3.idx", 10);
    CHECK(evict_gazetteer_caches(dir, 2500, dir + "/gazetteer-3.idx") == 1);
    CHECK(fs::exists(dir + "/gazetteer-1.idx"));
    CHECK_FALSE(fs::exists(dir + "/gazetteer-2.idx"));
    CHECK_FALSE(fs::exists(dir + "/gazetteer-2.idx.checked"));
    fs::remove_all(dir);
}
