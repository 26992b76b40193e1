// GDAL, PROJ and GEOS live in geo's module (docs/ARCHITECTURE.md, the geo room), which the program
// loads only when it reads, projects, exports or compiles: geoparse, passages and variants over a
// cached gazetteer never map them, while render still gets them. The dynamic loader itself says
// what it mapped (LD_DEBUG=libs, on stderr).
#include <doctest/doctest.h>

#include <filesystem>

#include "placeline/base/data_paths.hpp"
#include "skip.hpp"
#include "module_checks.hpp"

namespace fs = std::filesystem;
using namespace placeline;

using e2e::mapped;

TEST_CASE("geoparse, passages and variants over a cached gazetteer map neither GDAL, PROJ nor GEOS") {
    // Without cities500 the regional gazetteer is compiled from region.gpkg at every start, which
    // needs GDAL.
    if (!fs::exists(cache_dir() + "/cities500.txt")) {
        test::skip("no cities500.txt in the data cache (scripts/fetch-data.sh puts it there)");
        return;
    }
    const std::string article = e2e::floods_article("libraries-article.txt");
    // The first run compiles the gazetteer if this build's image is not cached yet (with GDAL).
    auto warm = e2e::run("geoparse --format jsonl " + article);
    REQUIRE(warm.status == 0);

    auto r = e2e::run("geoparse --format jsonl " + article, "LD_DEBUG=libs");
    CHECK(r.status == 0);
    CHECK(r.out == warm.out);
    REQUIRE(mapped(r.err, "libstdc++"));  // the log is there: the checks below are not vacuous
    CHECK_FALSE(mapped(r.err, "libgdal"));
    CHECK_FALSE(mapped(r.err, "libproj"));
    CHECK_FALSE(mapped(r.err, "libgeos_c"));
    CHECK(warm.out.find("Lahore") != std::string::npos);

    auto p = e2e::run("passages --place Lahore " + article, "LD_DEBUG=libs");
    CHECK(p.status == 0);
    REQUIRE(mapped(p.err, "libstdc++"));
    CHECK_FALSE(mapped(p.err, "libgdal"));
    CHECK(p.out.find("Lahore") != std::string::npos);

    auto v = e2e::run("variants " + article, "LD_DEBUG=libs");
    CHECK(v.status == 0);
    REQUIRE(mapped(v.err, "libstdc++"));
    CHECK_FALSE(mapped(v.err, "libgdal"));
    CHECK(v.out.find("Multan") != std::string::npos);
}

TEST_CASE("render loads GDAL, PROJ and GEOS when it first needs them and draws the map") {
    const std::string out = e2e::temp_path("libraries-map.png");
    auto r = e2e::run("render --out " + out + " --size 320x200 " + e2e::floods_article("libraries-article.txt"), "LD_DEBUG=libs");
    CHECK(r.status == 0);
    CHECK(mapped(r.err, "libplaceline_geo_gdal"));
    CHECK(mapped(r.err, "libgdal"));
    CHECK(mapped(r.err, "libproj"));
    CHECK(mapped(r.err, "libgeos_c"));
    CHECK(fs::file_size(out) > 1000);
}

TEST_CASE("a copy of the program without the module beside it geoparses, and a map command names the missing file") {
    if (!fs::exists(cache_dir() + "/cities500.txt")) {
        test::skip("no cities500.txt in the data cache (scripts/fetch-data.sh puts it there)");
        return;
    }
    const std::string article = e2e::floods_article("libraries-article.txt");
    auto before = e2e::run("geoparse --format jsonl " + article);  // warms the cache if needed
    REQUIRE(before.status == 0);
    // A folder holding only the executable.
    const fs::path alone = e2e::program_copy("alone", {"placeline"});
    const fs::path exe = alone / "placeline";
    std::error_code ec;
    auto geoparse = e2e::run_program(exe.string(), "geoparse --format jsonl " + article);
    CHECK(geoparse.status == 0);
    CHECK(geoparse.out == before.out);

    const std::string out = e2e::temp_path("alone-map.png");
    auto render = e2e::run_program(exe.string(), "render --out " + out + " --size 320x200 " + article);
    CHECK(render.status == 1);
    CHECK(render.err.find("cannot load " + (alone / "libplaceline_geo_gdal.so").string()) != std::string::npos);
    CHECK(render.err.find("No such file") != std::string::npos);  // dlerror() says why
    CHECK_FALSE(fs::exists(out));
    fs::remove_all(alone.parent_path(), ec);
}
