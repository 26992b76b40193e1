// The compiled-gazetteer cache is bounded: least recently used images go first, the one just
// written never.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "placeline/places/gazetteer_cache.hpp"

namespace fs = std::filesystem;

TEST_CASE("gazetteer images beyond the cap are removed, least recently used first") {
    fs::path dir = fs::temp_directory_path() / ("placeline-cache-bound-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto image = [&](const char* name, int age_hours) {
        fs::path p = dir / name;
        std::ofstream(p) << std::string(1000, 'x');
        fs::last_write_time(p, fs::file_time_type::clock::now() - std::chrono::hours(age_hours));
        return p;
    };
    fs::path oldest = image("gazetteer-1.idx", 30), old = image("gazetteer-2.idx", 20);
    fs::path recent = image("gazetteer-3.idx", 10), fresh = image("gazetteer-4.idx", 40);
    std::ofstream(dir / "cities500.txt") << std::string(5000, 'y');  // not an image: never touched
    // 4000 bytes of images, a cap of 2500: two go, the oldest ones but not `fresh` (kept).
    CHECK(placeline::evict_gazetteer_caches(dir.string(), 2500, fresh.string()) == 2);
    CHECK_FALSE(fs::exists(oldest));
    CHECK_FALSE(fs::exists(old));
    CHECK(fs::exists(recent));
    CHECK(fs::exists(fresh));
    CHECK(fs::exists(dir / "cities500.txt"));
    CHECK(placeline::evict_gazetteer_caches(dir.string(), 2500, fresh.string()) == 0);
    fs::remove_all(dir);
}
