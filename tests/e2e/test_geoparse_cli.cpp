// placeline geoparse beyond the contract keys: the evidence, corrections, and bad input.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "placeline/geo/gazetteer_load.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {
// The JSON Lines rows of `geoparse FILES`, each checked to be the properties of the same place's
// feature in the GeoJSON of `geoparse --format geojson FILES` (formatted by another writer, one
// record after another).
std::vector<nlohmann::json> rows_as_geojson_has_them(const std::string& files) {
    auto jsonl = e2e::run("geoparse --format jsonl " + files);
    auto geojson = e2e::run("geoparse --format geojson " + files);
    REQUIRE(jsonl.status == 0);
    REQUIRE(geojson.status == 0);
    auto rows = e2e::jsonl_rows(jsonl.out);
    const nlohmann::json features = nlohmann::json::parse(geojson.out)["features"];
    REQUIRE(rows.size() == features.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(i);
        REQUIRE(rows[i] == features[i]["properties"]);
    }
    return rows;
}
}  // namespace

TEST_CASE("geoparse writes the evidence of each mention as `why`") {
    std::string file = e2e::temp_path("why.txt");
    std::ofstream(file) << "Talks in Goris, Armenia, and then in Lachin, Azerbaijan.\n";
    auto rows = e2e::jsonl_rows(e2e::run("geoparse " + file).out);
    REQUIRE(rows.size() >= 2);
    for (const auto& r : rows) {
        REQUIRE(r.contains("why"));
        // Every non-zero signal is shown (a town's kind prior is zero with the fitted weights).
        CHECK(!r["why"]["signals"].empty());
        if (r["kind"] == "country") CHECK(r["why"]["signals"].contains("kind"));
        CHECK(r["why"]["total"].is_number());
        CHECK(r["why"]["runners_up"].is_array());
        CHECK(r["why"]["matched"].is_string());
        CHECK(r["score"].get<double>() > 0);
        CHECK(r["score"].get<double>() <= 1);
    }
    CHECK(rows[0]["text"] == "Goris");
    CHECK(rows[0]["country"] == "AM");
}

TEST_CASE("JSON Lines rows formatted in pieces on every core come out in order, each the record GeoJSON holds") {
    // A long article (more pieces than the writer's window of buffers holds, with a multi-byte
    // letter so that its offsets go through a code-point map) between two short ones.
    std::string dir = e2e::temp_path("pieces");
    fs::create_directories(dir);
    std::ofstream(dir + "/a.txt") << "Talks in Yerevan.\n";
    {
        std::ofstream f(dir + "/b.txt");
        f << "Caf\xc3\xa9 owners in Z\xc3\xbcrich wrote to Geneva.\n";
        for (int i = 0; i < 700; ++i)
            f << "Officials in Paris and Berlin spoke with envoys from Cairo, Nairobi and Lima.\n";
    }
    std::ofstream(dir + "/c.txt") << "Rain in Madrid.\n";
    const std::string files = dir + "/a.txt " + dir + "/b.txt " + dir + "/c.txt";
    auto rows = rows_as_geojson_has_them(files);
    CHECK(rows.size() > 8 * 128);
    CHECK(rows.front()["text"] == "Yerevan");
    CHECK(rows.back()["text"] == "Madrid");
}

TEST_CASE("JSON Lines rows of many small files, formatted in groups of neighbouring articles, come out in order") {
    // More files than the writer's batch of 256 pieces, each a few mentions, every third with a
    // multi-byte letter before its names: each group holds several articles, and each article's
    // offsets need its own code-point map (or none).
    std::string dir = e2e::temp_path("many-small");
    fs::create_directories(dir);
    std::string files;
    for (int i = 0; i < 300; ++i) {
        const std::string path = dir + "/" + std::to_string(1000 + i) + ".txt";
        std::ofstream(path) << (i % 3 == 0 ? "Caf\xc3\xa9 owners in " : "Owners in ") << "Yerevan met envoys from Cairo.\n";
        files += (files.empty() ? "" : " ") + path;
    }
    auto rows = rows_as_geojson_has_them(files);
    REQUIRE(rows.size() == 600);
    for (size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(i);
        // The files in the order given, Yerevan then Cairo in each, at code-point offsets.
        const int file = int(i / 2);
        CHECK(rows[i]["file"].get<std::string>().ends_with(std::to_string(1000 + file) + ".txt"));
        CHECK(rows[i]["text"] == (i % 2 == 0 ? "Yerevan" : "Cairo"));
        const int lead = file % 3 == 0 ? 15 : 10;  // "Café owners in " in code points, or "Owners in "
        CHECK(rows[i]["start"] == (i % 2 == 0 ? lead : lead + 24));  // "Yerevan met envoys from "
    }
}

TEST_CASE("a binary file given as an article is refused with a message, the others are read") {
    std::string bin = e2e::temp_path("image.txt");
    {
        std::ofstream f(bin, std::ios::binary);
        for (int i = 0; i < 4096; ++i) f.put(static_cast<char>(i % 7 == 0 ? 0 : i % 256));
    }
    std::string good = e2e::temp_path("good.txt");
    std::ofstream(good) << "Talks in Yerevan.\n";
    auto r = e2e::run("geoparse " + bin + " " + good);
    CHECK(r.status == 0);
    CHECK(r.err.find("image.txt") != std::string::npos);
    auto rows = e2e::jsonl_rows(r.out);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0]["text"] == "Yerevan");
}

TEST_CASE("corrections in the overrides file beside the corpus are applied") {
    std::string dir = e2e::temp_path("corrected");
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir + "/a.txt") << "Baku and Yerevan met. Later Baku agreed, and Georgia watched.\n";
    std::ofstream(dir + "/b.txt") << "Baku again.\n";
    auto before = e2e::jsonl_rows(e2e::run("geoparse " + dir).out);
    REQUIRE(before.size() == 5);
    // "Baku" everywhere is not a place; Georgia in a.txt (code points 45..52) is the US state;
    // "Yerevan" is corrected to a place this gazetteer does not have: the resolver's choice stays.
    std::ofstream(dir + "/placeline-overrides.json")
        << R"({"version": 1, "overrides": [{"form": "baku", "place": null},
              {"file": "a.txt", "start": 45, "end": 52, "form": "georgia", "place": "ne1:usa:georgia"},
              {"form": "yerevan", "place": "gn:0"}, {"broken": true}]})";
    auto r = e2e::run("geoparse " + dir);
    auto after = e2e::jsonl_rows(r.out);
    CHECK(r.err.find("placeline-overrides.json") != std::string::npos);  // the broken entry is named
    REQUIRE(after.size() == 2);
    CHECK(after[0]["text"] == "Yerevan");
    CHECK(after[0]["place_id"] == "gn:616052");
    CHECK(after[1]["text"] == "Georgia");
    CHECK(after[1]["start"] == 45);
    if (!placeline::geo::default_gazetteer_sources().geonames.empty()) {
        // The world boundaries of the data cache know US states: the correction takes.
        CHECK(after[1]["place_id"] == "ne1:usa:georgia");
        CHECK(after[1]["score"] == 1.0);
        CHECK(after[1]["why"]["flags"][0] == "overridden");
    } else {
        // The regional layer does not: the resolver's choice stays, as for Yerevan.
        std::string resolved;
        for (const auto& row : before)
            if (row["text"] == "Georgia") resolved = row["place_id"];
        CHECK_FALSE(resolved.empty());
        CHECK(after[1]["place_id"] == resolved);
    }
}

TEST_CASE("geoparse --gazetteer reports malformed GeoNames rows once, with line numbers, and goes on") {
    std::string cities = e2e::temp_path("cities-bad.txt");
    {
        std::ofstream f(cities, std::ios::binary);
        f << "616052\tYerevan\tYerevan\tErevan\t40.18111\t44.51361\tP\tPPLC\tAM\t\t11\t\t\t\t1093485\t\t1000\tAsia/Yerevan\t2020-01-01\n";
        f << "1\tNowhere\n";
        f << "2\tFar\tFar\t\t123.0\t10\tP\tPPL\tAM\t\t11\t\t\t\t600\t\t1000\tAsia/Yerevan\t2020-01-01\n";
    }
    std::string article = e2e::temp_path("erevan.txt");
    std::ofstream(article) << "Protests in Erevan.\n";
    auto r = e2e::run("geoparse --gazetteer " + cities + " " + article);
    CHECK(r.status == 0);
    CHECK(r.err.find("2 malformed rows") != std::string::npos);
    CHECK(r.err.find("2 (2 columns)") != std::string::npos);
    CHECK(r.err.find("3 (coordinates out of range)") != std::string::npos);
    auto rows = e2e::jsonl_rows(r.out);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0]["place_id"] == "gn:616052");
}

TEST_CASE("an article whose text is all removed says so on stderr, and one in another language is read") {
    std::string page = e2e::temp_path("menu-only.html");
    std::ofstream(page) << "<html><body><nav>Home | World | Sport</nav><script>var x = 1;</script></body></html>\n";
    std::string ru = e2e::temp_path("ru.txt");
    std::ofstream(ru) << "Жители Харькова провели ночь в укрытиях, бои шли под Киевом.\n";
    auto r = e2e::run("geoparse --format jsonl " + page + " " + ru);
    CHECK(r.status == 0);
    CHECK(r.err.find("menu-only.html: warning: all of its text was left out") != std::string::npos);
    CHECK(r.err.find("ru.txt: warning: all of its text") == std::string::npos);
    auto rows = e2e::jsonl_rows(r.out);
    CHECK(rows.size() == 2);
    for (const auto& row : rows) CHECK(row["file"].get<std::string>() == ru);
}

TEST_CASE("geoparse, whose records hold no date, warns about no article's date, while passages still does") {
    std::string file = e2e::temp_path("dateless.txt");
    std::ofstream(file) << "Talks in Goris went on, and nobody said when they began or ended.\n";
    auto geoparse = e2e::run("geoparse " + file);
    CHECK(geoparse.status == 0);
    CHECK(e2e::jsonl_rows(geoparse.out).size() == 1);
    CHECK(geoparse.err.find("date") == std::string::npos);
    auto passages = e2e::run("passages " + file);
    CHECK(passages.status == 0);
    CHECK(passages.err.find("no date in the text; using the file's time") != std::string::npos);
}
