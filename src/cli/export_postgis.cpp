#include "export_postgis.hpp"

#include <cstdio>

#include "placeline/geo/postgis_export.hpp"
#include "placeline/geo/postgres_source.hpp"

namespace placeline::cli {

int check_pg_options(const std::string& pg, const std::string& pg_corpus) {
    if (pg.empty()) {
        if (pg_corpus.empty()) return 0;
        std::fprintf(stderr, "placeline export: --pg-corpus needs --pg PG:...\n");
        return 2;
    }
    if (!geo::is_postgres_source(pg)) {
        std::fprintf(stderr, "placeline export: --pg takes a PostgreSQL connection string, \"PG:dbname=...\" (got '%s')\n",
                     pg.c_str());
        return 2;
    }
    if (!pg_corpus.empty()) {
        if (std::string why = geo::check_pg_corpus(pg_corpus); !why.empty()) {
            std::fprintf(stderr, "placeline export: --pg-corpus '%s': %s\n", pg_corpus.c_str(), why.c_str());
            return 2;
        }
    }
    return 0;
}

bool export_to_postgis(const Atlas& atlas, const std::string& pg, const std::string& pg_corpus,
                       const std::vector<std::string>& corpus) {
    const std::string schema = pg_corpus.empty() ? geo::default_pg_corpus(corpus) : pg_corpus;
    if (std::string error = geo::export_postgis(atlas, pg, schema); !error.empty()) {
        std::fprintf(stderr, "placeline export: PostGIS, corpus '%s': %s; the database is unchanged\n", schema.c_str(),
                     error.c_str());
        return false;
    }
    std::fprintf(stderr, "placeline export: PostGIS schema '%s': %zu places, %zu mentions, %zu passages\n",
                 schema.c_str(), atlas.places().size(), atlas.mentions().size(), atlas.corpus().passages.size());
    return true;
}

}  // namespace placeline::cli
