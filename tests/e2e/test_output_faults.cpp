// Outputs under faults: a full disk (a file size limit, with SIGXFSZ ignored so that writes fail
// with EFBIG as they would with ENOSPC), a kill between the renames of an export (a test-only
// hook in atomic_write.cpp), and outputs that are not regular files. Nothing good is replaced by
// something broken, and every failure says so with a non-zero status.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support.hpp"

namespace fs = std::filesystem;

namespace {

// 8 blocks of 512 bytes (dash's unit): far less than any export or picture of the corpus.
const std::string full_disk = "ulimit -f 8; trap '' XFSZ;";

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string fresh_dir(const std::string& name) {
    std::string dir = e2e::temp_path(name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

int leftovers(const std::string& dir) {
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        std::string name = e.path().filename().string();
        n += name.find(".tmp-") != std::string::npos || name.find("journal") != std::string::npos;
    }
    return n;
}

std::string one_article(const std::string& dir) {
    std::string file = dir + "/one.txt";
    std::ofstream(file) << "Talks were held in Yerevan on 12 May 2021.\n";
    return file;
}

}  // namespace

TEST_CASE("export on a full disk fails and leaves the earlier files as they were") {
    std::string dir = fresh_dir("full-export");
    std::string gpkg = dir + "/out.gpkg", geojson = dir + "/out.geojson", places = dir + "/out-places.geojson";
    REQUIRE(e2e::run("export --gpkg " + gpkg + " --geojson " + geojson + " " SAMPLE_CORPUS).status == 0);
    std::string before[3] = {read_all(gpkg), read_all(geojson), read_all(places)};
    REQUIRE(before[1].size() > 8 * 512);

    auto r = e2e::run("export --gpkg " + gpkg + " --geojson " + geojson + " " SAMPLE_CORPUS, full_disk);
    CHECK(r.status == 1);
    CHECK(r.err.find("File too large") != std::string::npos);
    CHECK(read_all(gpkg) == before[0]);
    CHECK(read_all(geojson) == before[1]);
    CHECK(read_all(places) == before[2]);
    CHECK(leftovers(dir) == 0);
}

TEST_CASE("render --out on a full disk fails and keeps the earlier picture") {
    std::string dir = fresh_dir("full-render");
    std::string png = dir + "/map.png";
    REQUIRE(e2e::run("render --out " + png + " --size 320x200 " SAMPLE_CORPUS).status == 0);
    std::string before = read_all(png);
    REQUIRE(before.size() > 8 * 512);
    auto r = e2e::run("render --out " + png + " --size 640x400 " SAMPLE_CORPUS, full_disk);
    CHECK(r.status == 1);
    CHECK(r.err.find("File too large") != std::string::npos);
    CHECK(read_all(png) == before);
    CHECK(leftovers(dir) == 0);
}

TEST_CASE("a deck rendered on a full disk reports the slides it could not write") {
    std::string dir = fresh_dir("full-deck");
    auto r = e2e::run("render --deck " ASSETS "/september-2023.toml --out-dir " + dir + " --size 320x180 " SAMPLE_CORPUS,
                      full_disk);
    CHECK(r.status == 1);
    CHECK(r.err.find("slide-01.png") != std::string::npos);
    CHECK(r.err.find("File too large") != std::string::npos);
    CHECK(leftovers(dir) == 0);
    for (const auto& e : fs::directory_iterator(dir)) CHECK_MESSAGE(false, "a truncated slide: " << e.path());
}

TEST_CASE("an export killed between its renames is completed by the next export of the same files") {
    std::string dir = fresh_dir("killed-export");
    std::string gpkg = dir + "/out.gpkg", geojson = dir + "/out.geojson";
    std::string targets = " --gpkg " + gpkg + " --geojson " + geojson + " ";
    // Old files from a one-article corpus; the killed run writes the sample corpus.
    REQUIRE(e2e::run("export" + targets + one_article(dir)).status == 0);
    std::string old_geojson = read_all(geojson);
    auto killed = e2e::run("export" + targets + SAMPLE_CORPUS, "PLACELINE_TEST_KILL_BEFORE_RENAME=2");
    CHECK((killed.status == -1 || killed.status == 128 + 9));  // killed (by the shell's count or ours)
    CHECK(read_all(geojson) == old_geojson);  // the kill came before its rename
    CHECK(leftovers(dir) > 0);                // the journal and the pending temporaries

    // The next export finishes the interrupted set before it writes anything, so even when it
    // then fails (here on a full disk) the files are one set: all from the killed run.
    auto next = e2e::run("export" + targets + one_article(dir), full_disk);
    CHECK(next.status == 1);
    std::string geojson_now = read_all(geojson);
    CHECK(geojson_now != old_geojson);
    CHECK(geojson_now.find("Stepanakert") != std::string::npos);
    CHECK(read_all(dir + "/out-places.geojson").find("Stepanakert") != std::string::npos);
    CHECK(leftovers(dir) == 0);
}

TEST_CASE("temporary files of killed runs are removed by the next write beside them") {
    std::string dir = fresh_dir("stale-temps");
    std::string png = dir + "/map.png";
    // pid_max is at most 2^22: this process cannot be alive.
    std::string stale = png + ".tmp-99999999-123";
    std::ofstream(stale) << std::string(4096, 'x');
    auto r = e2e::run("render --out " + png + " --size 320x200 " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    CHECK_FALSE(fs::exists(stale));
    CHECK(leftovers(dir) == 0);
}

TEST_CASE("an export onto a FIFO or a folder is refused and leaves it as it was") {
    std::string dir = fresh_dir("non-regular-export");
    std::string fifo = dir + "/out.geojson";
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    auto r = e2e::run("export --geojson " + fifo + " " SAMPLE_CORPUS);
    CHECK(r.status == 1);
    CHECK(r.err.find("a FIFO") != std::string::npos);
    CHECK(fs::is_fifo(fifo));
    fs::create_directories(dir + "/folder.gpkg");
    r = e2e::run("export --gpkg " + dir + "/folder.gpkg " SAMPLE_CORPUS);
    CHECK(r.status == 1);
    CHECK(r.err.find("a folder") != std::string::npos);
    CHECK(fs::is_directory(dir + "/folder.gpkg"));
    r = e2e::run("render --size 320x200 --out " + fifo + " " SAMPLE_CORPUS);
    CHECK(r.status == 1);
    CHECK(fs::is_fifo(fifo));
}

TEST_CASE("GIFs are written with the same permissions as PNGs") {
    std::string dir = fresh_dir("gif-mode");
    std::string deck = dir + "/deck.toml";
    std::ofstream(deck) << "[[slide]]\ntitle = \"One\"\nhold = 0.2\n";
    auto r = e2e::run("render --deck " + deck + " --gif " + dir + "/a.gif --out-dir " + dir + " --size 160x90 " SAMPLE_CORPUS,
                      "umask 022;");
    REQUIRE(r.status == 0);
    auto gif = fs::status(dir + "/a.gif").permissions();
    auto png = fs::status(dir + "/slide-01.png").permissions();
    CHECK(gif == png);
    CHECK((gif & fs::perms::others_read) != fs::perms::none);
}

TEST_CASE("slides past 99 keep their numbers sortable") {
    std::string dir = fresh_dir("many-slides");
    std::string deck = dir + "/deck.toml";
    {
        std::ofstream out(deck);
        for (int i = 0; i < 101; ++i) out << "[[slide]]\ntitle = \"S" << i << "\"\n";
    }
    auto r = e2e::run("render --deck " + deck + " --out-dir " + dir + "/out --size 64x36 " SAMPLE_CORPUS);
    REQUIRE(r.status == 0);
    CHECK(fs::exists(dir + "/out/slide-001.png"));
    CHECK(fs::exists(dir + "/out/slide-011.png"));
    CHECK(fs::exists(dir + "/out/slide-101.png"));
    CHECK_FALSE(fs::exists(dir + "/out/slide-01.png"));
}

TEST_CASE("records written to a full standard output end with status 1 and say so") {
    auto r = e2e::run("geoparse --format jsonl " + std::string(SAMPLE_CORPUS) + " > /dev/full");
    CHECK(r.status == 1);
    CHECK(r.err.find("cannot write to standard output") != std::string::npos);
}

