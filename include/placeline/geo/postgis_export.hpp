#pragma once
// The read model into PostgreSQL/PostGIS through GDAL's PostgreSQL driver, for a team that shares
// one database: each corpus gets its own schema holding three tables (places, mentions, passages),
// and a new export of a corpus replaces its tables in one transaction, so readers see either the
// previous export or the new one, never a mix, and a failed export leaves the previous one as it was.
#include <string>
#include <vector>

#include "placeline/atlas/atlas.hpp"

namespace placeline::geo {

// The schema a corpus is exported into when --pg-corpus is not given: the name of the first
// corpus path's folder (a file's parent folder), lower-cased, every run of characters other than
// a-z, 0-9 and _ turned into one _, prefixed with "corpus_" when it does not start with a letter,
// cut to PostgreSQL's 63 bytes. "../shared/corpus" -> "corpus"; "News 2023/" -> "news_2023".
std::string default_pg_corpus(const std::vector<std::string>& corpus_paths);

// Empty when `name` can be a corpus schema: a lower-case letter, then lower-case letters, digits
// or _, at most 63 bytes, and not a schema PostgreSQL or PostGIS own (public, pg_*,
// information_schema, topology, tiger). Otherwise why not.
std::string check_pg_corpus(const std::string& name);

// Writes `atlas` into the schema `corpus` of the database `connection` ("PG:dbname=..."), creating
// the schema when missing and replacing its tables places, mentions and passages, all in one
// transaction. Returns an empty string on success, else the reason (nothing is changed then).
// PLACELINE_PG_FAIL_AFTER=N (for tests) makes the export fail after writing N rows.
std::string export_postgis(const Atlas& atlas, const std::string& connection, const std::string& corpus);

}  // namespace placeline::geo
