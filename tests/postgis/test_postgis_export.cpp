// `placeline export --pg` against a real PostgreSQL/PostGIS server: the one PLACELINE_TEST_PG
// names, else the throwaway one ctest starts before these cases (tests/CMakeLists.txt writes its
// connection string to POSTGIS_SERVER_FILE). Without either every case here prints the skip
// marker, which ctest counts as a skip, never as a pass; with a server named but unreachable the
// cases fail.
#include <doctest/doctest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <cstring>
#include <memory>
#include <string>

#include "e2e/support.hpp"
#include "skip.hpp"

namespace {

// The server's connection string, or empty after printing the skip marker.
std::string server_or_skip() {
    const char* pg = std::getenv("PLACELINE_TEST_PG");
    if (pg && *pg) return pg;
    std::ifstream started(POSTGIS_SERVER_FILE);
    std::string line;
    if (std::getline(started, line) && !line.empty()) return line;
    placeline::test::skip("no PostgreSQL server (scripts/test-postgres.sh start sets PLACELINE_TEST_PG)");
    return {};
}

// A schema name of its own per test process, so that parallel ctest runs do not meet.
std::string schema(const std::string& what) { return "test_" + std::to_string(::getpid()) + "_" + what; }

struct Database {
    std::unique_ptr<GDALDataset> ds;
    explicit Database(const std::string& pg) {
        GDALAllRegister();
        const char* const drivers[] = {"PostgreSQL", nullptr};
        ds.reset(GDALDataset::Open(pg.c_str(), GDAL_OF_VECTOR, drivers, nullptr, nullptr));
    }
    // The first column of the first row of a query, as text ("" when there is none).
    std::string value(const std::string& sql) {
        OGRLayer* result = ds->ExecuteSQL(sql.c_str(), nullptr, nullptr);
        if (!result) return {};
        std::string out;
        if (OGRFeature* f = result->GetNextFeature()) {
            out = f->GetFieldAsString(0);
            OGRFeature::DestroyFeature(f);
        }
        ds->ReleaseResultSet(result);
        return out;
    }
    long count(const std::string& table) { return std::atol(value("SELECT count(*) FROM " + table).c_str()); }
    void drop(const std::string& name) { value("DROP SCHEMA IF EXISTS " + name + " CASCADE"); }
};

std::string export_cmd(const std::string& pg, const std::string& corpus, const std::string& inputs) {
    return "export --pg '" + pg + "' --pg-corpus " + corpus + " " + inputs;
}

struct Counts {
    long places = 0, mentions = 0, passages = 0;
    bool operator==(const Counts&) const = default;
};

Counts counts(Database& db, const std::string& s) {
    return {db.count(s + ".places"), db.count(s + ".mentions"), db.count(s + ".passages")};
}

// What the file export and `passages` say the corpus holds: the database must hold the same.
Counts expected_counts(const std::string& inputs) {
    Counts c;
    std::string gpkg = e2e::temp_path("expected.gpkg");
    e2e::Run r = e2e::run("export --gpkg " + gpkg + " " + inputs);
    REQUIRE(r.status == 0);
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(gpkg.c_str(), GDAL_OF_VECTOR));
    REQUIRE(ds);
    c.places = long(ds->GetLayerByName("places")->GetFeatureCount());
    c.mentions = long(ds->GetLayerByName("mentions")->GetFeatureCount());
    c.passages = long(e2e::jsonl_rows(e2e::run("passages " + inputs).out).size());
    return c;
}

}  // namespace

TEST_CASE("exporting the sample corpus twice replaces it, and places answer a spatial query") {
    const std::string pg = server_or_skip();
    if (pg.empty()) return;
    Database db(pg);
    REQUIRE_MESSAGE(db.ds, "cannot connect to PLACELINE_TEST_PG=" << pg);
    const std::string s = schema("twice");
    const Counts expected = expected_counts(SAMPLE_CORPUS);
    CHECK(expected.places > 10);

    e2e::Run first = e2e::run(export_cmd(pg, s, SAMPLE_CORPUS));
    REQUIRE_MESSAGE(first.status == 0, first.err);
    CHECK(counts(db, s) == expected);
    e2e::Run second = e2e::run(export_cmd(pg, s, SAMPLE_CORPUS));
    REQUIRE_MESSAGE(second.status == 0, second.err);
    CHECK(counts(db, s) == expected);  // replaced, not appended
    CHECK(second.err.find("PostGIS schema '" + s + "'") != std::string::npos);

    // Stepanakert is the only place of the sample within 5 km of its centre.
    CHECK(db.value("SELECT string_agg(name, ',') FROM " + s +
                   ".places WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(46.75, 39.82), 4326)::geography, 5000)") ==
          "Stepanakert");
    // Passages are tied to their places' points: those naming Stepanakert meet a box around it.
    CHECK(db.count(s + ".passages WHERE ST_Intersects(geom, ST_MakeEnvelope(46.7, 39.78, 46.8, 39.85, 4326))") ==
          db.count(s + ".passages WHERE 'gn:146970' = ANY(places)"));
    // Mentions point at their passage; sentence spans lie inside it.
    CHECK(db.count(s + ".mentions m LEFT JOIN " + s + ".passages p USING (passage_id) WHERE p.fid IS NULL") == 0);
    CHECK(db.count(s + ".passages WHERE cardinality(sentence_starts) = 0 OR sentence_starts[1] < start OR "
                       "sentence_ends[cardinality(sentence_ends)] > \"end\"") == 0);
    db.drop(s);
}

TEST_CASE("a failed export leaves the previous export as it was") {
    const std::string pg = server_or_skip();
    if (pg.empty()) return;
    Database db(pg);
    REQUIRE_MESSAGE(db.ds, "cannot connect to PLACELINE_TEST_PG=" << pg);
    const std::string s = schema("fault");
    REQUIRE(e2e::run(export_cmd(pg, s, SAMPLE_CORPUS)).status == 0);
    const Counts before = counts(db, s);
    CHECK(before.mentions > 100);

    // One article instead of five, failing after some rows: places and part of the mentions are
    // written inside the transaction when the fault hits.
    const std::string one = std::string(SAMPLE_CORPUS) + "/001_826adcfa53e0aa29.txt";
    ::setenv("PLACELINE_PG_FAIL_AFTER", "40", 1);
    e2e::Run failed = e2e::run(export_cmd(pg, s, one));
    ::unsetenv("PLACELINE_PG_FAIL_AFTER");
    CHECK(failed.status == 1);
    CHECK(failed.err.find("the database is unchanged") != std::string::npos);
    CHECK(counts(db, s) == before);

    // The same export without the fault does replace it: the check above could tell.
    REQUIRE(e2e::run(export_cmd(pg, s, one)).status == 0);
    CHECK(counts(db, s).mentions < before.mentions);
    db.drop(s);

    // A failed first export creates nothing, not even the schema.
    const std::string fresh = schema("fresh");
    ::setenv("PLACELINE_PG_FAIL_AFTER", "5", 1);
    CHECK(e2e::run(export_cmd(pg, fresh, one)).status == 1);
    ::unsetenv("PLACELINE_PG_FAIL_AFTER");
    CHECK(db.value("SELECT count(*) FROM pg_namespace WHERE nspname = '" + fresh + "'") == "0");
}

TEST_CASE("a team's view on the tables survives a new export and shows its rows") {
    const std::string pg = server_or_skip();
    if (pg.empty()) return;
    Database db(pg);
    REQUIRE_MESSAGE(db.ds, "cannot connect to PLACELINE_TEST_PG=" << pg);
    const std::string s = schema("view"), views = schema("views");
    REQUIRE(e2e::run(export_cmd(pg, s, SAMPLE_CORPUS)).status == 0);
    db.value("CREATE SCHEMA " + views);
    db.value("CREATE VIEW " + views + ".busy AS SELECT name FROM " + s + ".places WHERE passages > 1");
    const long busy = db.count(views + ".busy");
    CHECK(busy > 3);
    REQUIRE(e2e::run(export_cmd(pg, s, std::string(SAMPLE_CORPUS) + "/001_826adcfa53e0aa29.txt")).status == 0);
    const long after = db.count(views + ".busy");
    CHECK(after > 0);
    CHECK(after < busy);
    // Rows are numbered from 1 in every export, kept table or not.
    CHECK(db.value("SELECT min(fid) || '-' || max(fid) FROM " + s + ".places") ==
          "1-" + std::to_string(db.count(s + ".places")));
    db.drop(views);
    db.drop(s);
}

TEST_CASE("render --layer PG:...:SCHEMA.places draws the exported places") {
    const std::string pg = server_or_skip();
    if (pg.empty()) return;
    Database db(pg);
    REQUIRE_MESSAGE(db.ds, "cannot connect to PLACELINE_TEST_PG=" << pg);
    const std::string s = schema("render");
    REQUIRE(e2e::run(export_cmd(pg, s, SAMPLE_CORPUS)).status == 0);
    const std::string with = e2e::temp_path("with.png"), without = e2e::temp_path("without.png");
    const std::string view = " --size 400x300 --bbox 44,38.5,48,41 --out ";
    e2e::Run r = e2e::run("render --layer '" + pg + ":" + s + ".places'" + view + with);
    REQUIRE_MESSAGE(r.status == 0, r.err);
    CHECK(r.err.find("error") == std::string::npos);
    REQUIRE(e2e::run("render" + view + without).status == 0);

    int w = 0, h = 0, n = 0, w2 = 0, h2 = 0;
    std::unique_ptr<uint8_t, void (*)(void*)> a(stbi_load(with.c_str(), &w, &h, &n, 4), stbi_image_free);
    std::unique_ptr<uint8_t, void (*)(void*)> b(stbi_load(without.c_str(), &w2, &h2, &n, 4), stbi_image_free);
    REQUIRE((a && b && w == w2 && h == h2));
    long differing = 0;
    for (size_t i = 0; i < size_t(w) * h; ++i)
        differing += std::memcmp(a.get() + 4 * i, b.get() + 4 * i, 4) != 0;
    // Each place in the view is a disc of about 20 pixels; there are more than five in it.
    const long in_view = db.count(s + ".places WHERE ST_Intersects(geom, ST_MakeEnvelope(44, 38.5, 48, 41, 4326))");
    CHECK(in_view > 5);
    CHECK(differing > in_view * 8);

    // The same table through GDAL's tables= option; a missing table is reported, not drawn.
    e2e::Run tables = e2e::run("render --layer '" + pg + " tables=" + s + ".places'" + view + e2e::temp_path("t.png"));
    CHECK(tables.status == 0);
    CHECK(tables.err.find("error") == std::string::npos);
    e2e::Run missing = e2e::run("render --layer '" + pg + ":" + s + ".nothing'" + view + e2e::temp_path("m.png"));
    CHECK(missing.err.find("no layer named '" + s + ".nothing'") != std::string::npos);
    db.drop(s);
}

TEST_CASE("bad --pg options exit with 2 before reading anything") {
    e2e::Run not_pg = e2e::run("export --pg out.sqlite " SAMPLE_CORPUS);
    CHECK(not_pg.status == 2);
    CHECK(not_pg.err.find("PG:dbname=") != std::string::npos);
    e2e::Run reserved = e2e::run("export --pg PG:dbname=x --pg-corpus public " SAMPLE_CORPUS);
    CHECK(reserved.status == 2);
    CHECK(reserved.err.find("'public'") != std::string::npos);
    e2e::Run upper = e2e::run("export --pg PG:dbname=x --pg-corpus News " SAMPLE_CORPUS);
    CHECK(upper.status == 2);
    CHECK(e2e::run("export --pg-corpus news " SAMPLE_CORPUS).status == 2);
}
