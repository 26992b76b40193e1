// ICU's transliterators live in a module of their own (src/places/translit_entry_points.hpp),
// loaded at the first name that needs romanising: an English article never maps ICU's i18n
// library, a Russian one maps it and finds its places as before, and a copy of the program
// without the module geoparses English and names the missing file for Russian.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "placeline/base/data_paths.hpp"
#include "skip.hpp"
#include "module_checks.hpp"

namespace fs = std::filesystem;
using namespace placeline;

using e2e::mapped;

namespace {

std::string russian_article() {
    const std::string path = e2e::temp_path("translit-ru.txt");
    std::ofstream(path) << "Опубликовано 4 марта 2024\n\nНаводнение в Одессе: жители Одесской области эвакуированы, "
                           "сообщили в Киеве.\n";
    return path;
}

}  // namespace

TEST_CASE("the transliterators' module is loaded for a name in Cyrillic, never for an English article") {
    if (!fs::exists(cache_dir() + "/cities500.txt")) {
        test::skip("no cities500.txt in the data cache (scripts/fetch-data.sh puts it there)");
        return;
    }
    const std::string english = e2e::floods_article("translit-en.txt");
    REQUIRE(e2e::run("geoparse --format jsonl " + english).status == 0);  // warms the caches
    auto en = e2e::run("geoparse --format jsonl " + english, "LD_DEBUG=libs");
    CHECK(en.status == 0);
    REQUIRE(mapped(en.err, "libstdc++"));  // the log is there: the checks below are not vacuous
    CHECK_FALSE(mapped(en.err, "libplaceline_translit"));
    CHECK_FALSE(mapped(en.err, "libicui18n"));
    CHECK(en.out.find("Lahore") != std::string::npos);

    auto ru = e2e::run("geoparse --format jsonl " + russian_article(), "LD_DEBUG=libs");
    CHECK(ru.status == 0);
    CHECK(mapped(ru.err, "libplaceline_translit"));
    CHECK(mapped(ru.err, "libicui18n"));
    CHECK(ru.out.find("\"name\":\"Odesa\"") != std::string::npos);
    CHECK(ru.out.find("\"name\":\"Kyiv\"") != std::string::npos);
}

TEST_CASE("a copy of the program without the transliterators' module geoparses English and names the module for Russian") {
    if (!fs::exists(cache_dir() + "/cities500.txt")) {
        test::skip("no cities500.txt in the data cache (scripts/fetch-data.sh puts it there)");
        return;
    }
    const std::string english = e2e::floods_article("translit-en.txt");
    auto before = e2e::run("geoparse --format jsonl " + english);  // warms the caches
    REQUIRE(before.status == 0);
    const fs::path alone = e2e::program_copy("no-translit", {"placeline", "libplaceline_geo_gdal.so"});
    const fs::path exe = alone / "placeline";
    auto en = e2e::run_program(exe.string(), "geoparse --format jsonl " + english);
    CHECK(en.status == 0);
    CHECK(en.out == before.out);
    auto ru = e2e::run_program(exe.string(), "geoparse --format jsonl " + russian_article());
    CHECK(ru.status == 1);
    CHECK(ru.err.find("cannot load " + (alone / "libplaceline_translit.so").string()) != std::string::npos);
    std::error_code ec;
    fs::remove_all(alone.parent_path(), ec);
}
