#pragma once
// `placeline export --pg PG:... [--pg-corpus NAME]`: the option checks and the call, kept apart
// from cmd_export.cpp so that the file exports and the database export change independently.
#include <string>
#include <vector>

#include "placeline/atlas/atlas.hpp"

namespace placeline::cli {

// 0 when the options can work (or --pg is not given), else 2 after saying why on stderr.
int check_pg_options(const std::string& pg, const std::string& pg_corpus);

// Exports into the corpus's schema (--pg-corpus, else derived from the first corpus path) and
// reports what it wrote, or why it failed, on stderr. False on failure.
bool export_to_postgis(const Atlas& atlas, const std::string& pg, const std::string& pg_corpus,
                       const std::vector<std::string>& corpus);

}  // namespace placeline::cli
