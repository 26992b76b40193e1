// Paths that are not what they claim, and options that mean nothing: folders and FIFOs where
// files are expected, symbolic link loops, NaN in styles and decks, impossible projections. Every
// command ends with a message and a status (2 for a bad option), never an abort or a hang: each
// run is under `timeout`, which would end a hang with status 124.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "support.hpp"

namespace fs = std::filesystem;

namespace {

const std::string no_hang = "timeout 60";

std::string fresh_dir(const std::string& name) {
    std::string dir = e2e::temp_path(name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// A corpus folder of one article, plus whatever the test adds.
std::string small_corpus(const std::string& name) {
    std::string dir = fresh_dir(name);
    std::ofstream(dir + "/fine.txt") << "Talks were held in Yerevan on 12 May 2021.\n";
    return dir;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a folder given as --gazetteer is a bad option, not an abort") {
    std::string dir = fresh_dir("gazetteer-dir");
    for (const char* cmd : {"geoparse", "variants"}) {
        auto r = e2e::run(std::string(cmd) + " --gazetteer " + dir + " " SAMPLE_CORPUS, no_hang);
        CHECK_MESSAGE(r.status == 2, cmd);
        CHECK_MESSAGE(has(r.err, "is a folder, not a file"), cmd);
    }
}

TEST_CASE("a folder at the data cache's cities500.txt is reported and the regional places are used") {
    std::string cache = fresh_dir("cache-dir");
    fs::create_directories(cache + "/placeline/cities500.txt");
    auto r = e2e::run("geoparse " SAMPLE_CORPUS, no_hang + " env XDG_CACHE_HOME=" + cache);
    CHECK(r.status == 0);
    CHECK(has(r.err, "cities500.txt"));
    CHECK(has(r.err, "is a folder"));
    CHECK(has(r.out, "Stepanakert"));
}

TEST_CASE("a folder or a FIFO named placeline-overrides.json in a corpus is reported and skipped") {
    std::string dir = small_corpus("overrides-dir");
    fs::create_directories(dir + "/placeline-overrides.json");
    auto r = e2e::run("geoparse " + dir, no_hang);
    CHECK(r.status == 0);
    CHECK(has(r.err, "placeline-overrides.json"));
    CHECK(has(r.out, "Yerevan"));
    fs::remove(dir + "/placeline-overrides.json");
    REQUIRE(::mkfifo((dir + "/placeline-overrides.json").c_str(), 0644) == 0);
    r = e2e::run("geoparse " + dir, no_hang);
    CHECK(r.status == 0);
    CHECK(has(r.err, "FIFO"));
    CHECK(has(r.out, "Yerevan"));
}

TEST_CASE("FIFOs named as inputs never block") {
    std::string dir = small_corpus("fifos");
    std::string fifo = dir + "/pipe.txt";
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    // An article: reported, the others read.
    auto r = e2e::run("geoparse " + dir, no_hang);
    CHECK(r.status == 0);
    CHECK(has(r.err, "pipe.txt"));
    CHECK(has(r.err, "FIFO"));
    CHECK(has(r.out, "Yerevan"));
    // Options naming a file to read: bad options.
    std::string png = dir + "/out.png";
    for (std::string option : {"--style", "--deck"}) {
        r = e2e::run("render --out " + png + " --out-dir " + dir + "/slides " + option + " " + fifo + " " + dir, no_hang);
        CHECK_MESSAGE(r.status == 2, option);
        CHECK_MESSAGE(has(r.err, "FIFO"), option);
    }
    r = e2e::run("geoparse --gazetteer " + fifo + " " + dir, no_hang);
    CHECK(r.status == 2);
    CHECK(has(r.err, "FIFO"));
    r = e2e::run("present " + fifo + " " + dir, no_hang);
    CHECK(r.status == 2);
    CHECK(has(r.err, "FIFO"));
    // A layer: reported like any unreadable layer, the map still drawn.
    r = e2e::run("render --size 160x100 --out " + png + " --layer " + fifo + " " + dir, no_hang);
    CHECK(r.status == 0);
    CHECK(has(r.err, "FIFO"));
    CHECK(fs::exists(png));
}

TEST_CASE("linked folders in a corpus are read, and a link loop is named as one") {
    std::string dir = fresh_dir("links");
    std::string real = dir + "/real";
    fs::create_directories(real);
    std::ofstream(real + "/fine.txt") << "Talks were held in Yerevan on 12 May 2021.\n";
    std::string corpus = dir + "/corpus";
    fs::create_directories(corpus);
    fs::create_directory_symlink(real, corpus + "/linked");
    fs::create_directory_symlink(corpus, corpus + "/back");  // a loop
    fs::create_symlink("loop.txt", corpus + "/loop.txt");    // a link to itself
    auto r = e2e::run("geoparse " + corpus, no_hang);
    CHECK(r.status == 0);
    CHECK(has(r.out, "Yerevan"));
    CHECK(has(r.err, "loop.txt"));
    CHECK(has(r.err, "symbolic link loop"));
    CHECK(has(r.err, "back"));
    CHECK(has(r.err, "not followed"));
}

TEST_CASE("a deck path that is a folder says so") {
    std::string dir = fresh_dir("deck-dir");
    auto r = e2e::run("render --deck " + dir + " --out-dir " + dir + "/out " SAMPLE_CORPUS, no_hang);
    CHECK(r.status == 2);
    CHECK(has(r.err, "is a folder"));
}

TEST_CASE("a deck quote that is not in the corpus is reported on stderr") {
    std::string dir = fresh_dir("deck-quotes");
    std::ofstream(dir + "/deck.toml") << "[[slide]]\ntitle = \"Q\"\nhold = 0.1\n"
                                         "quotes = [{ file = \"missing.txt\", start = 0, end = 10 },"
                                         " { file = \"000_9bdf400af67d1771.txt\", start = 0, end = 99999999 }]\n";
    auto r = e2e::run("render --deck " + dir + "/deck.toml --out-dir " + dir + "/out --size 160x90 " SAMPLE_CORPUS, no_hang);
    CHECK(r.status == 0);
    CHECK(has(r.err, "missing.txt"));
    CHECK(has(r.err, "000_9bdf400af67d1771.txt"));
}

TEST_CASE("--style and --layer take one value each and leave the corpus to the command") {
    std::string dir = fresh_dir("one-value");
    std::string style = ASSETS "/styles/history.toml";
    auto before = e2e::run("render --size 320x200 --out " + dir + "/a.png --style " + style + " " SAMPLE_CORPUS, no_hang);
    auto after = e2e::run("render --size 320x200 --out " + dir + "/b.png " SAMPLE_CORPUS " --style " + style, no_hang);
    REQUIRE(before.status == 0);
    REQUIRE(after.status == 0);
    std::ifstream a(dir + "/a.png", std::ios::binary), b(dir + "/b.png", std::ios::binary);
    std::string pa((std::istreambuf_iterator<char>(a)), {}), pb((std::istreambuf_iterator<char>(b)), {});
    CHECK(pa == pb);  // the corpus's places are drawn in both
    auto layer = e2e::run("render --size 320x200 --out " + dir + "/c.png --layer " + style + " " SAMPLE_CORPUS, no_hang);
    CHECK_FALSE(has(layer.err, "no articles"));
    CHECK_FALSE(has(layer.err, "corpus: error"));
}

TEST_CASE("bad option values exit with 2 and a message") {
    std::string out = e2e::temp_path("bad-options.png");
    const std::string cases[] = {
        "--from 2023-09-20 --to 2023-09-19",
        "--projection garbage",
        "--projection EPSG:999999",
        "--projection EPSG:4978",  // geocentric: drew a mirrored map
        "--labels klingon",
    };
    for (const std::string& c : cases) {
        auto r = e2e::run("render --size 160x100 --out " + out + " " + c + " " SAMPLE_CORPUS, no_hang);
        CHECK_MESSAGE(r.status == 2, c);
        CHECK_MESSAGE(!r.err.empty(), c);
    }
    for (const char* good : {"--labels hy", "--labels Cyrl", "--labels local", "--projection EPSG:3857"}) {
        auto r = e2e::run("render --size 160x100 --out " + out + " " + good + " " SAMPLE_CORPUS, no_hang);
        CHECK_MESSAGE(r.status == 0, good);
    }
}

TEST_CASE("--layer is taken by render, present and the window, and refused by the others with 2") {
    for (const char* cmd : {"geoparse", "export --gpkg x.gpkg", "passages", "variants"}) {
        auto r = e2e::run(std::string(cmd) + " --layer " ASSETS "/../geodata/region.gpkg " SAMPLE_CORPUS, no_hang);
        CHECK_MESSAGE(r.status == 2, cmd);
    }
}

TEST_CASE("NaN in a style or a deck is reported like any value out of range") {
    std::string dir = fresh_dir("nan");
    std::ofstream(dir + "/nan.toml") << "[layer.nkao_boundary]\nwidth = nan\nopacity = nan\nlabel_size = nan\n";
    auto r = e2e::run("render --size 160x100 --out " + dir + "/a.png --style " + dir + "/nan.toml " SAMPLE_CORPUS, no_hang);
    CHECK(r.status == 0);
    for (const char* key : {"'width'", "'opacity'", "'label_size'"}) CHECK_MESSAGE(has(r.err, key), key);
    std::ofstream(dir + "/deck.toml") << "[[slide]]\ntitle = \"N\"\ntransition = nan\nhold = nan\n"
                                         "playback_days_per_second = nan\n";
    r = e2e::run("render --deck " + dir + "/deck.toml --out-dir " + dir + "/out --size 160x90 " SAMPLE_CORPUS, no_hang);
    CHECK(r.status == 0);
    for (const char* key : {"'transition'", "'hold'", "'playback_days_per_second'"}) CHECK_MESSAGE(has(r.err, key), key);
}

TEST_CASE("a dash of a millionth of a pixel is drawn as one pixel, and said") {
    std::string dir = fresh_dir("tiny-dash");
    std::ofstream(dir + "/dash.toml") << "[layer.nkao_boundary]\ndash = [1e-6, 1e-6]\n";
    auto r = e2e::run("render --size 320x200 --out " + dir + "/a.png --style " + dir + "/dash.toml " SAMPLE_CORPUS, no_hang);
    CHECK(r.status == 0);
    CHECK(has(r.err, "'dash'"));
    CHECK(fs::exists(dir + "/a.png"));
}

TEST_CASE("a cities500.txt of another size than the set-up wrote is refused, with what to run") {
    std::string cache = fresh_dir("cut-cache");
    fs::create_directories(cache + "/placeline");
    std::ofstream(cache + "/placeline/cities500.txt") << "616052\tYerevan\tYerevan\t\t40.18\t44.51\tP\tPPLC\tAM\t\t11\t\t\t\t1093485\t\t990\tAsia/Yerevan\t2020-01-01\n";
    std::ofstream(cache + "/placeline/cities500.txt.size") << "32405572\n";
    auto r = e2e::run("geoparse " SAMPLE_CORPUS, no_hang + " env XDG_CACHE_HOME=" + cache);
    CHECK(r.status == 0);
    CHECK(has(r.err, "cities500.txt"));
    CHECK(has(r.err, "cut short"));
    CHECK(has(r.err, "fetch-data.sh"));
    CHECK(has(r.out, "Stepanakert"));  // the embedded regional places
}

TEST_CASE("a corrupt world_map.gpkg in the data cache is named with what to run") {
    std::string cache = fresh_dir("corrupt-world");
    fs::create_directories(cache + "/placeline");
    std::ofstream(cache + "/placeline/world_map.gpkg") << "SQLite format 3" << std::string(5000, '\x01');
    auto r = e2e::run("render --world --size 160x100 --out " + cache + "/a.png " SAMPLE_CORPUS,
                      no_hang + " env XDG_CACHE_HOME=" + cache);
    CHECK(r.status == 0);
    CHECK(has(r.err, "world_map.gpkg"));
    CHECK(has(r.err, "fetch-data.sh"));
    CHECK_FALSE(has(r.err, "ERROR 1"));
}
