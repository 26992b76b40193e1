// PostGIS sources without a server: how a "PG:..." --layer splits into connection and table, and
// the schema a corpus is exported into.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>

#include "placeline/geo/layer_read.hpp"
#include "placeline/geo/postgis_export.hpp"
#include "placeline/geo/postgres_source.hpp"

using namespace placeline;

TEST_CASE("a PG: layer spec keeps its spaces and colons and splits off only a table name") {
    auto spec = geo::parse_layer_spec("PG:host=/run/pg dbname=news:karabakh.places");
    CHECK(spec.path == "PG:host=/run/pg dbname=news");
    CHECK(spec.layer == "karabakh.places");
    spec = geo::parse_layer_spec("PG:dbname=news");  // no table: not "PG" and "dbname=news"
    CHECK(spec.path == "PG:dbname=news");
    CHECK(spec.layer.empty());
    spec = geo::parse_layer_spec("PG:dbname=news tables=karabakh.places");
    CHECK(spec.path == "PG:dbname=news tables=karabakh.places");
    CHECK(spec.layer.empty());
    spec = geo::parse_layer_spec("pg:dbname=news host=::1");  // an address, not a table
    CHECK(spec.path == "pg:dbname=news host=::1");
    CHECK(spec.layer.empty());
    // Files keep their PATH:LAYER.
    spec = geo::parse_layer_spec("roads.gpkg:roads");
    CHECK(spec.path == "roads.gpkg");
    CHECK(spec.layer == "roads");
}

TEST_CASE("connection strings get a connect timeout unless they set one") {
    CHECK(geo::is_postgres_source("PG:dbname=x"));
    CHECK(geo::is_postgres_source("pg:dbname=x"));
    CHECK_FALSE(geo::is_postgres_source("PGdata.gpkg"));
    CHECK(geo::postgres_connection("PG:dbname=x") == "PG:dbname=x connect_timeout=10");
    CHECK(geo::postgres_connection("PG:dbname=x connect_timeout=3") == "PG:dbname=x connect_timeout=3");
    CHECK(geo::postgres_connection("roads.gpkg") == "roads.gpkg");
}

TEST_CASE("the default corpus schema comes from the corpus folder's name") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("placeline-pgname-" + std::to_string(::getpid())) / "News 2023";
    fs::create_directories(dir);
    CHECK(geo::default_pg_corpus({dir.string()}) == "news_2023");
    CHECK(geo::default_pg_corpus({dir.string() + "/"}) == "news_2023");
    CHECK(geo::default_pg_corpus({(dir / "a.txt").string()}) == "news_2023");  // a file: its folder
    fs::path odd = dir.parent_path() / "2023-Ärchiv";
    fs::create_directories(odd);
    CHECK(geo::default_pg_corpus({odd.string()}) == "corpus_2023_rchiv");
    fs::path pub = dir.parent_path() / "Public";
    fs::create_directories(pub);
    CHECK(geo::default_pg_corpus({pub.string()}) == "corpus_public");
    fs::remove_all(dir.parent_path());
    for (const char* name : {"news_2023", "corpus_public", "k"}) CHECK(geo::check_pg_corpus(name).empty());
    for (const char* name : {"", "News", "2023", "public", "pg_temp", "topology", "a-b", "a b"})
        CHECK_FALSE(geo::check_pg_corpus(name).empty());
}
