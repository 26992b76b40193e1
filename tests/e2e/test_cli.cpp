// The subcommands as outside checks use them: exit codes, formats, messages.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/table_format.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

TEST_CASE("render writes a PNG of the requested size, headless") {
    std::string out = e2e::temp_path("map.png");
    auto r = e2e::run("render --out " + out + " --size 640x400 " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    REQUIRE(fs::exists(out));
    std::ifstream f(out, std::ios::binary);
    unsigned char header[24];
    f.read(reinterpret_cast<char*>(header), 24);
    CHECK(header[1] == 'P');
    CHECK(header[2] == 'N');
    int w = header[16] << 24 | header[17] << 16 | header[18] << 8 | header[19];
    int h = header[20] << 24 | header[21] << 16 | header[22] << 8 | header[23];
    CHECK(w == 640);
    CHECK(h == 400);
}

TEST_CASE("render refuses bad options with a message") {
    auto r = e2e::run("render --out /tmp/x.png --size big " SAMPLE_CORPUS);
    CHECK(r.status == 2);
    CHECK(r.err.find("--size") != std::string::npos);
    r = e2e::run("render --out /tmp/x.png --from 2023-13-01 " SAMPLE_CORPUS);
    CHECK(r.status == 2);
    CHECK(r.err.find("--from") != std::string::npos);
}

TEST_CASE("every subcommand refuses an option it does not know, or a bad choice, with status 2") {
    for (const char* args : {"variants --format xml ", "passages --format xml ", "geoparse --no-such-option ",
                             "export --frobnicate "}) {
        auto r = e2e::run(std::string(args) + SAMPLE_CORPUS);
        CHECK_MESSAGE(r.status == 2, args);
        CHECK_MESSAGE(!r.err.empty(), args);
    }
    CHECK(e2e::run("variants --help").status == 0);
}

TEST_CASE("a missing layer is named with GDAL's reason and the map is still drawn") {
    std::string out = e2e::temp_path("with-missing-layer.png");
    auto r = e2e::run("render --out " + out + " --layer /nonexistent/borders.gpkg " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    CHECK(fs::exists(out));
    CHECK(r.err.find("/nonexistent/borders.gpkg") != std::string::npos);
    CHECK(r.err.find("no such file") != std::string::npos);
}

TEST_CASE("a corrupt layer file is reported and skipped") {
    std::string bad = e2e::temp_path("corrupt.gpkg");
    std::ofstream(bad) << "this is not a geopackage";
    std::string out = e2e::temp_path("with-corrupt-layer.png");
    auto r = e2e::run("render --out " + out + " --layer " + bad + " " SAMPLE_CORPUS);
    CHECK(r.status == 0);
    CHECK(fs::exists(out));
    CHECK(r.err.find("corrupt.gpkg") != std::string::npos);
}

TEST_CASE("an empty folder gives an empty map, not a crash") {
    std::string dir = e2e::temp_path("empty-folder");
    fs::create_directories(dir);
    std::string out = e2e::temp_path("empty.png");
    auto r = e2e::run("render --out " + out + " " + dir);
    CHECK(r.status == 0);
    CHECK(fs::exists(out));
    CHECK(r.err.find("no articles") != std::string::npos);
}

TEST_CASE("geoparse prints one JSON object per mention with the contract's keys") {
    auto r = e2e::run("geoparse " SAMPLE_CORPUS "/003_deb9a6c5aa798054.txt");
    CHECK(r.status == 0);
    auto rows = e2e::jsonl_rows(r.out);
    REQUIRE(!rows.empty());
    for (const char* key : {"file", "start", "end", "text", "place_id", "name", "lat", "lon", "country", "kind", "score"})
        CHECK_MESSAGE(rows[0].contains(key), key);
    bool stepanakert = false, khankendi = false;
    for (const auto& row : rows) {
        if (row["text"] == "Stepanakert") stepanakert = true;
        if (row["text"] == "Khankendi") khankendi = row["place_id"] == "gn:146970";
    }
    CHECK(stepanakert);
    CHECK(khankendi);
}

TEST_CASE("geoparse offsets are code points into the decoded text") {
    std::string file = e2e::temp_path("cyrillic.txt");
    std::ofstream(file) << "Город Шуша. Then Shusha again.";
    auto rows = e2e::jsonl_rows(e2e::run("geoparse " + file).out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0]["start"] == 6);
    CHECK(rows[0]["end"] == 10);
    CHECK(rows[1]["start"] == 17);
    CHECK(rows[1]["text"] == "Shusha");
}

TEST_CASE("geoparse skips unreadable files with a message and goes on") {
    auto r = e2e::run("geoparse /nonexistent/a.txt " SAMPLE_CORPUS "/002_b63c766e5375b494.txt");
    CHECK(r.status == 0);
    CHECK(r.err.find("/nonexistent/a.txt") != std::string::npos);
    CHECK(!e2e::jsonl_rows(r.out).empty());
}

TEST_CASE("passages --place accepts any variant of the name") {
    auto shushi = e2e::jsonl_rows(e2e::run("passages --place Shushi " SAMPLE_CORPUS).out);
    auto shusha = e2e::jsonl_rows(e2e::run("passages --place Shusha " SAMPLE_CORPUS).out);
    REQUIRE(!shusha.empty());
    CHECK(shushi.size() == shusha.size());
    for (const char* key : {"file", "start", "end", "text", "time_start", "time_end", "time_basis", "places"})
        CHECK_MESSAGE(shusha[0].contains(key), key);
}

TEST_CASE("a file that is not UTF-8 is decoded as Windows-1252 with a warning") {
    std::string file = e2e::temp_path("cp1252.txt");
    std::ofstream(file, std::ios::binary) << "Caf\xE9 talks in Yerevan on 12 May 2021.";
    auto r = e2e::run("geoparse " + file);
    CHECK(r.err.find("Windows-1252") != std::string::npos);
    auto rows = e2e::jsonl_rows(r.out);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0]["start"] == 14);
}

TEST_CASE("with no display and no subcommand the app says so in one line") {
    auto r = e2e::run("--help >/dev/null; env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER " PLACELINE_EXE " " SAMPLE_CORPUS);
    CHECK(r.status == 2);
    CHECK(r.err.find("render") != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("one registry checks every --format alike: same message, status 2") {
    struct Case {
        const char* command;
        const char* formats;
    };
    for (Case c : {Case{"geoparse", "jsonl, csv, geojson"}, Case{"passages", "jsonl, csv"}, Case{"variants", "md, csv, jsonl"}}) {
        auto r = e2e::run(std::string(c.command) + " --format xml " SAMPLE_CORPUS);
        CHECK_MESSAGE(r.status == 2, c.command);
        CHECK_MESSAGE(r.err.find(std::string("--format: 'xml' is not one of ") + c.formats + "\n") != std::string::npos,
                      r.err);
        CHECK(r.out.empty());
    }
    // A format the registry knows, but this command does not write, is refused the same way.
    auto r = e2e::run("passages --format geojson " SAMPLE_CORPUS);
    CHECK(r.status == 2);
    CHECK(r.err.find("--format: 'geojson' is not one of jsonl, csv") != std::string::npos);
}

TEST_CASE("the format registry: names round-trip, the first allowed is the default, help lists the rest") {
    using namespace placeline::cli;
    for (TableFormat f : {TableFormat::jsonl, TableFormat::csv, TableFormat::geojson, TableFormat::md})
        CHECK(parse_table_format(format_name(f)) == f);
    CHECK_FALSE(parse_table_format("JSONL"));
    CHECK(format_refusal("csv", {TableFormat::jsonl, TableFormat::csv}).empty());
    CHECK(format_refusal("md", {TableFormat::jsonl, TableFormat::csv}) == "'md' is not one of jsonl, csv");
    CLI::App app;
    TableFormat chosen = TableFormat::md;
    CLI::Option* opt = add_format_option(app, chosen, {TableFormat::md, TableFormat::csv, TableFormat::jsonl});
    CHECK(opt->get_description() == "md (default), csv or jsonl");
    app.parse("--format jsonl", false);
    CHECK(chosen == TableFormat::jsonl);
    CHECK_THROWS_AS(app.parse("--format geojson", false), CLI::ValidationError);
}
